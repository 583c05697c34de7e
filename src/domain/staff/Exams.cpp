#include "TrainingKinds.h"

#include <QCoreApplication>

namespace houqin::staff {

namespace t = training;

namespace {

double passMarkOf(const RuleContext& ctx) {
    if (ctx.parent && !ctx.parent->isEmpty(t::kPassMark))
        return ctx.parent->value(t::kPassMark).toDouble();
    return ctx.settings.examPassMark;
}

FieldDef resultField() {
    return field::choice(
        t::kResult, QT_TRANSLATE_NOOP("Fields", "Exam result"),
        {
            {t::kPass, QT_TRANSLATE_NOOP("Fields", "Passed the exam"), {QStringLiteral("及格")}},
            {t::kFail, QT_TRANSLATE_NOOP("Fields", "Failed the exam"), {QStringLiteral("不及格")}},
            {t::kAbsent, QT_TRANSLATE_NOOP("Fields", "Did not sit"), {QStringLiteral("缺考")}},
        });
}

std::shared_ptr<const RecordKind> scoreLines() {
    auto k = std::make_shared<RecordKind>();
    k->key = QStringLiteral("exam-scores");
    k->table = QStringLiteral("exam_scores");
    k->label = QT_TRANSLATE_NOOP("Fields", "Scores");
    k->fields = {
        field::person(t::kPerson, QT_TRANSLATE_NOOP("Fields", "Person")).req(),
        field::decimal(t::kScore, QT_TRANSLATE_NOOP("Fields", "Score"), 1).range(0, 100),
        field::text(QStringLiteral("note"), QT_TRANSLATE_NOOP("Fields", "Note")).maxLen(100),
    };
    // A line without a score is someone who did not sit the exam: they stay listed as 缺考, so the
    // results show who still has to take it.
    k->derived = {{resultField(), [](const Record& line, const RuleContext& c) {
                       return QVariant(examResult(line.value(t::kScore), passMarkOf(c)));
                   }}};
    k->titleField = t::kPerson;
    return k;
}

qint64 countResult(const Record& exam, const QString& result) {
    const double passMark = exam.value(t::kPassMark).toDouble();
    qint64 n = 0;
    for (const Record& line : exam.lines)
        n += examResult(line.value(t::kScore), passMark) == result ? 1 : 0;
    return n;
}

void rules(const Record& r, const RuleContext&, Issues& out) {
    const QDate month = r.value(t::kMonth).toDate();
    if (month.isValid() && month.day() != 1)
        out << Issue::error(t::kMonth, QCoreApplication::translate(
                                           "Training", "The month is given by its first day, such as %1.")
                                           .arg(firstOfMonth(month).toString(Qt::ISODate)));
    const QDate date = r.value(t::kDate).toDate();
    if (month.isValid() && date.isValid() && firstOfMonth(date) != firstOfMonth(month))
        out << Issue::error(
            t::kDate, QCoreApplication::translate("Training", "The exam's date must lie in its month."));
    QStringList seen;
    for (int i = 0; i < r.lines.size(); ++i) {
        const QString person = r.lines.at(i).value(t::kPerson).toString();
        if (seen.contains(person))
            out << Issue::error(lineIssueField(i, t::kPerson),
                                QCoreApplication::translate("Training", "%1 is listed twice.").arg(person));
        seen << person;
    }
}

DerivedDef counted(const QString& key, const char* label, const QString& result) {
    return {field::integer(key, label), [result](const Record& r, const RuleContext&) {
                return r.lines.isEmpty() ? QVariant() : QVariant(countResult(r, result));
            }};
}

RecordKind declare() {
    RecordKind k;
    k.key = QStringLiteral("exams");
    k.table = QStringLiteral("exams");
    k.label = QT_TRANSLATE_NOOP("Fields", "Exams");
    k.fields = {
        field::date(t::kMonth, QT_TRANSLATE_NOOP("Fields", "Month (first day)")).req(),
        field::date(t::kDate, QT_TRANSLATE_NOOP("Fields", "Date")).req(),
        field::text(t::kSubject, QT_TRANSLATE_NOOP("Fields", "Subject"))
            .req()
            .maxLen(100)
            .offer(planTopics()),
        field::decimal(t::kPassMark, QT_TRANSLATE_NOOP("Fields", "Pass mark"), 1).req().range(0, 100),
        field::longText(QStringLiteral("notes"), QT_TRANSLATE_NOOP("Fields", "Notes")),
    };
    k.derived = {
        counted(QStringLiteral("passed_count"), QT_TRANSLATE_NOOP("Fields", "Number passed"), t::kPass),
        counted(QStringLiteral("failed_count"), QT_TRANSLATE_NOOP("Fields", "Number failed"), t::kFail),
        counted(QStringLiteral("absent_count"), QT_TRANSLATE_NOOP("Fields", "Did not sit"), t::kAbsent),
    };
    k.lines = scoreLines();
    k.linesParentColumn = QStringLiteral("exam_id");
    k.minLines = 1;
    k.listColumns = {t::kMonth,
                     t::kDate,
                     t::kSubject,
                     t::kPassMark,
                     QStringLiteral("passed_count"),
                     QStringLiteral("failed_count"),
                     QStringLiteral("absent_count")};
    k.dateField = t::kDate;
    k.defaultSort = t::kDate;
    k.titleField = t::kSubject;
    k.searchFields = {t::kSubject, QStringLiteral("notes")};
    using Op = Condition::Op;
    k.filters = {
        {QStringLiteral("this-month"),
         QT_TRANSLATE_NOOP("Fields", "This month"),
         {{t::kMonth, Op::Eq, [](const RuleContext& c) { return QVariant(firstOfMonth(c.now.date())); }}}},
        {QStringLiteral("with-absent"),
         QT_TRANSLATE_NOOP("Fields", "With people who did not sit"),
         {{Op::Exists,
           [] {
               auto q = std::make_shared<RelatedQuery>();
               q->kindKey = QStringLiteral("exams");
               q->lines = true;
               q->conditions = {{t::kScore, Op::IsNull}};
               return q;
           }()}}},
    };
    k.rules = rules;
    // A new exam: today, this month, the settings' pass mark, and a line for every active staff member
    // whose score is filled in from the papers.
    k.prefill = [](Record& r, const Record*, const RuleContext& c) {
        r.set(t::kDate, c.now.date());
        r.set(t::kMonth, firstOfMonth(c.now.date()));
        r.set(t::kPassMark, c.settings.examPassMark);
        r.lines.clear();
        for (const QString& name : activeStaff(c)) {
            Record line;
            line.set(t::kPerson, name);
            r.lines << line;
        }
    };
    return k;
}

} // namespace

const RecordKind& examsKind() {
    static const RecordKind k = declare();
    return k;
}

} // namespace houqin::staff
