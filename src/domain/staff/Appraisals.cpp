#include "TrainingKinds.h"

#include <QCoreApplication>
#include <cmath>

namespace houqin::staff {

namespace t = training;

namespace {

std::shared_ptr<const RecordKind> itemLines() {
    auto k = std::make_shared<RecordKind>();
    k->key = QStringLiteral("appraisal-items");
    k->table = QStringLiteral("appraisal_items");
    k->label = QT_TRANSLATE_NOOP("Fields", "Appraisal items");
    k->fields = {
        field::text(t::kItem, QT_TRANSLATE_NOOP("Fields", "Appraisal item")).req().maxLen(20),
        field::decimal(t::kWeight, QT_TRANSLATE_NOOP("Fields", "Weight"), 1)
            .req()
            .range(0.1, 100)
            .unitText(QStringLiteral("%")),
        field::decimal(t::kScore, QT_TRANSLATE_NOOP("Fields", "Score"), 1).req().range(0, 100),
    };
    k->titleField = t::kItem;
    return k;
}

void rules(const Record& r, const RuleContext&, Issues& out) {
    const QDate month = r.value(t::kMonth).toDate();
    if (month.isValid() && month.day() != 1)
        out << Issue::error(t::kMonth, QCoreApplication::translate(
                                           "Training", "The month is given by its first day, such as %1.")
                                           .arg(firstOfMonth(month).toString(Qt::ISODate)));
    double weights = 0;
    QStringList seen;
    for (int i = 0; i < r.lines.size(); ++i) {
        const Record& line = r.lines.at(i);
        weights += line.value(t::kWeight).toDouble();
        const QString item = line.value(t::kItem).toString();
        if (seen.contains(item))
            out << Issue::error(lineIssueField(i, t::kItem),
                                QCoreApplication::translate("Training", "%1 is listed twice.").arg(item));
        seen << item;
    }
    if (!r.lines.isEmpty() && std::llround(weights * 10) != 1000)
        out << Issue::error(
            kLinesIssueField,
            QCoreApplication::translate("Training", "The items' weights total %1%; they must total 100%.")
                .arg(QString::number(weights, 'g', 6)));
}

RecordKind declare() {
    RecordKind k;
    k.key = QStringLiteral("appraisals");
    k.table = QStringLiteral("appraisals");
    k.label = QT_TRANSLATE_NOOP("Fields", "Monthly appraisals");
    k.fields = {
        field::date(t::kMonth, QT_TRANSLATE_NOOP("Fields", "Month (first day)")).req().carry(),
        field::person(t::kPerson, QT_TRANSLATE_NOOP("Fields", "Person")).req(),
        field::longText(t::kFeedback, QT_TRANSLATE_NOOP("Fields", "Feedback")).maxLen(1000),
    };
    k.derived = {
        {field::decimal(t::kTotal, QT_TRANSLATE_NOOP("Fields", "Weighted total"), 1),
         [](const Record& r, const RuleContext&) {
             const auto total = weightedTotal(r.lines);
             return total ? QVariant(*total) : QVariant();
         }},
        {field::choice(
             t::kGrade, QT_TRANSLATE_NOOP("Fields", "Grade"),
             {
                 {QStringLiteral("excellent"),
                  QT_TRANSLATE_NOOP("Fields", "Excellent"),
                  {QStringLiteral("优秀")}},
                 {QStringLiteral("good"), QT_TRANSLATE_NOOP("Fields", "Good"), {QStringLiteral("良好")}},
                 {QStringLiteral("pass"),
                  QT_TRANSLATE_NOOP("Fields", "Satisfactory"),
                  {QStringLiteral("合格")}},
                 {QStringLiteral("fail"),
                  QT_TRANSLATE_NOOP("Fields", "Unsatisfactory"),
                  {QStringLiteral("不合格")}},
             }),
         [](const Record& r, const RuleContext& c) {
             const auto total = weightedTotal(r.lines);
             return total ? QVariant(gradeOf(*total, c.settings)) : QVariant();
         }},
    };
    k.lines = itemLines();
    k.linesParentColumn = QStringLiteral("appraisal_id");
    k.minLines = 1;
    k.listColumns = {t::kMonth, t::kPerson, t::kTotal, t::kGrade, t::kFeedback};
    k.dateField = t::kMonth;
    k.defaultSort = t::kMonth;
    k.titleField = t::kPerson;
    k.searchFields = {t::kPerson, t::kFeedback};
    using Op = Condition::Op;
    k.filters = {
        {QStringLiteral("this-month"),
         QT_TRANSLATE_NOOP("Fields", "This month"),
         {{t::kMonth, Op::Eq, [](const RuleContext& c) { return QVariant(firstOfMonth(c.now.date())); }}}},
    };
    k.constraints = {
        //: zh_CN "此人本月已有考核记录，请修改原记录。"
        {QStringLiteral("UNIQUE constraint failed: appraisals.month, appraisals.person"), t::kPerson,
         QT_TRANSLATE_NOOP("Constraints",
                           "This person already has an appraisal for that month; edit it instead.")},
    };
    k.rules = rules;
    // A new appraisal: this month, the rubric's items with their weights, scores to fill in.
    k.prefill = [](Record& r, const Record*, const RuleContext& c) {
        if (r.isEmpty(t::kMonth))
            r.set(t::kMonth, firstOfMonth(c.now.date()));
        r.lines = rubricLines(c.settings);
    };
    return k;
}

} // namespace

const RecordKind& appraisalsKind() {
    static const RecordKind k = declare();
    return k;
}

} // namespace houqin::staff
