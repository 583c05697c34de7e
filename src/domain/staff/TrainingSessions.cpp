#include "TrainingKinds.h"

#include <QCoreApplication>

namespace houqin::staff {

namespace t = training;

namespace {

std::shared_ptr<const RecordKind> attendanceLines() {
    auto k = std::make_shared<RecordKind>();
    k->key = QStringLiteral("training-attendance");
    k->table = QStringLiteral("training_attendance");
    k->label = QT_TRANSLATE_NOOP("Fields", "Attendance");
    k->fields = {
        field::person(t::kPerson, QT_TRANSLATE_NOOP("Fields", "Person")).req(),
        field::choice(
            t::kAttendance, QT_TRANSLATE_NOOP("Fields", "Attendance"),
            {
                {t::kPresent, QT_TRANSLATE_NOOP("Fields", "Present"), {QStringLiteral("出席")}},
                {QStringLiteral("leave"), QT_TRANSLATE_NOOP("Fields", "On leave"), {QStringLiteral("请假")}},
                {QStringLiteral("absent"), QT_TRANSLATE_NOOP("Fields", "Absent"), {QStringLiteral("缺席")}},
            })
            .req()
            .def(t::kPresent),
        field::text(QStringLiteral("note"), QT_TRANSLATE_NOOP("Fields", "Note")).maxLen(100),
    };
    k->titleField = t::kPerson;
    return k;
}

void rules(const Record& r, const RuleContext&, Issues& out) {
    QStringList seen;
    for (int i = 0; i < r.lines.size(); ++i) {
        const QString person = r.lines.at(i).value(t::kPerson).toString();
        if (seen.contains(person))
            out << Issue::error(lineIssueField(i, t::kPerson),
                                QCoreApplication::translate("Training", "%1 is listed twice.").arg(person));
        seen << person;
    }
}

RecordKind declare() {
    RecordKind k;
    k.key = QStringLiteral("training-sessions");
    k.table = QStringLiteral("training_sessions");
    k.label = QT_TRANSLATE_NOOP("Fields", "Study and training sessions");
    k.fields = {
        field::date(t::kDate, QT_TRANSLATE_NOOP("Fields", "Date")).req(),
        field::choice(
            t::kKind, QT_TRANSLATE_NOOP("Fields", "Session kind"),
            {
                {t::kTheory, QT_TRANSLATE_NOOP("Fields", "Theory study"), {QStringLiteral("理论学习")}},
                {t::kSkills, QT_TRANSLATE_NOOP("Fields", "Skills training"), {QStringLiteral("技能培训")}},
                {t::kCanteenTheory,
                 QT_TRANSLATE_NOOP("Fields", "Canteen theory study"),
                 {QStringLiteral("食堂理论学习")}},
            })
            .req()
            .def(t::kTheory)
            .carry(),
        field::text(t::kTopic, QT_TRANSLATE_NOOP("Fields", "Topic")).req().maxLen(200).offer(planTopics()),
        field::text(t::kPresenter, QT_TRANSLATE_NOOP("Fields", "Presenter"))
            .maxLen(50)
            .suggest(QStringLiteral("staff"), QStringLiteral("name"))
            .carry(),
        field::campus(QStringLiteral("campus"), QT_TRANSLATE_NOOP("Fields", "Campus")).carry(),
        field::longText(QStringLiteral("notes"), QT_TRANSLATE_NOOP("Fields", "Notes")),
    };
    k.derived = {
        {field::integer(QStringLiteral("present_count"), QT_TRANSLATE_NOOP("Fields", "Number present")),
         [](const Record& r, const RuleContext&) {
             qint64 n = 0;
             for (const Record& line : r.lines)
                 n += line.value(t::kAttendance).toString() == t::kPresent ? 1 : 0;
             return r.lines.isEmpty() ? QVariant() : QVariant(n);
         }},
    };
    k.lines = attendanceLines();
    k.linesParentColumn = QStringLiteral("session_id");
    k.listColumns = {t::kDate,
                     t::kKind,
                     t::kTopic,
                     t::kPresenter,
                     QStringLiteral("present_count"),
                     QStringLiteral("campus")};
    k.dateField = t::kDate;
    k.defaultSort = t::kDate;
    k.titleField = t::kTopic;
    k.searchFields = {t::kTopic, t::kPresenter, QStringLiteral("notes")};
    using Op = Condition::Op;
    const auto kindIs = [](const QString& key) {
        return Condition{t::kKind, Op::Eq, [key](const RuleContext&) { return QVariant(key); }};
    };
    // "No study session in the last 14 days" (the settings' study interval, 14 by default): a study session
    // (theory or canteen theory) dated today or in the interval's other days before. With 14, one held 13
    // days ago still counts; one 14 days ago no longer does. The key keeps the default's number.
    k.filters = {
        {QStringLiteral("study-last-14-days"),
         //: zh_CN "学习间隔期内的业务学习"
         QT_TRANSLATE_NOOP("Fields", "Study sessions within the study interval"),
         {Condition::anyOf({kindIs(t::kTheory), kindIs(t::kCanteenTheory)}),
          {t::kDate, Op::Ge,
           [](const RuleContext& c) {
               return QVariant(c.now.date().addDays(1 - c.settings.studyIntervalDays));
           }},
          {t::kDate, Op::Le, [](const RuleContext& c) { return QVariant(c.now.date()); }}}},
        {t::kTheory, QT_TRANSLATE_NOOP("Fields", "Theory study"), {kindIs(t::kTheory)}},
        {t::kSkills, QT_TRANSLATE_NOOP("Fields", "Skills training"), {kindIs(t::kSkills)}},
        {t::kCanteenTheory, QT_TRANSLATE_NOOP("Fields", "Canteen theory study"), {kindIs(t::kCanteenTheory)}},
    };
    k.rules = rules;
    // A new session is dated today and lists every active staff member as present: the sign-in round
    // marks who was on leave or absent.
    k.prefill = [](Record& r, const Record*, const RuleContext& c) {
        r.set(t::kDate, c.now.date());
        r.lines.clear();
        for (const QString& name : activeStaff(c)) {
            Record line;
            line.set(t::kPerson, name);
            line.set(t::kAttendance, t::kPresent);
            r.lines << line;
        }
    };
    return k;
}

} // namespace

const RecordKind& trainingSessionsKind() {
    static const RecordKind k = declare();
    return k;
}

} // namespace houqin::staff
