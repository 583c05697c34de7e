#include "MealCommittee.h"

#include "CanteenCommon.h"

#include <QCoreApplication>

namespace houqin::canteen {

namespace {

const QString kDate = QStringLiteral("date");
const QString kParent = QStringLiteral("parent");
const QString kClass = QStringLiteral("child_class");
const QString kBooked = QStringLiteral("booked_on");
const QString kInspect = QStringLiteral("inspect_food");
const QString kEat = QStringLiteral("eat_with_children");
const QString kFeedback = QStringLiteral("feedback");
const QString kResponse = QStringLiteral("response");

RecordKind declareMeetings() {
    RecordKind k;
    k.key = QStringLiteral("meal-committee");
    k.table = QStringLiteral("meal_committee_meetings");
    k.label = QT_TRANSLATE_NOOP("Fields", "Meal committee meetings");
    k.fields = {
        field::date(kDate, QT_TRANSLATE_NOOP("Fields", "Date")).req(),
        field::longText(QStringLiteral("attendees"), QT_TRANSLATE_NOOP("Fields", "Attendees"))
            .req()
            .maxLen(1000),
        field::longText(QStringLiteral("minutes"), QT_TRANSLATE_NOOP("Fields", "Minutes")),
        field::longText(QStringLiteral("decisions"), QT_TRANSLATE_NOOP("Fields", "Decisions")),
    };
    k.dateField = kDate;
    k.defaultSort = kDate;
    k.titleField = QString(); // a meeting is named by its date
    k.prefill = [](Record& r, const Record*, const RuleContext& c) { r.set(kDate, c.now.date()); };
    return k;
}

void visitRules(const Record& r, const RuleContext& ctx, Issues& out) {
    if (!r.value(kInspect).toBool() && !r.value(kEat).toBool())
        out << Issue::error(
            kInspect, QCoreApplication::translate(
                          "MealCommittee", "A visit inspects the food, eats with the children, or both."));
    if (!r.isEmpty(kBooked) && r.value(kBooked).toDate() > r.value(kDate).toDate())
        out << Issue::error(
            kBooked, QCoreApplication::translate("MealCommittee", "The booking date is after the visit."));
    if (ctx.now.isValid() && r.value(kDate).toDate() > ctx.now.date() && !r.isEmpty(kFeedback))
        out << Issue::warning(
            kFeedback,
            QCoreApplication::translate("MealCommittee", "Feedback is recorded for a visit still to come."));
    if (!r.isEmpty(kFeedback) && r.isEmpty(kResponse))
        out << Issue::warning(
            kResponse, QCoreApplication::translate("MealCommittee",
                                                   "Record the kindergarten's response to the feedback."));
}

RecordKind declareVisits() {
    RecordKind k;
    k.key = QStringLiteral("meal-committee-visits");
    k.table = QStringLiteral("meal_committee_visits");
    k.label = QT_TRANSLATE_NOOP("Fields", "Meal committee visits");
    k.fields = {
        field::date(kDate, QT_TRANSLATE_NOOP("Fields", "Visit date")).req(),
        field::text(kParent, QT_TRANSLATE_NOOP("Fields", "Parent")).req().maxLen(50),
        field::text(kClass, QT_TRANSLATE_NOOP("Fields", "Child's class")).req().maxLen(30),
        field::date(kBooked, QT_TRANSLATE_NOOP("Fields", "Booked on")),
        field::boolean(kInspect, QT_TRANSLATE_NOOP("Fields", "Inspects the food")).req().def(true),
        field::boolean(kEat, QT_TRANSLATE_NOOP("Fields", "Eats with the children")).req().def(true),
        field::longText(kFeedback, QT_TRANSLATE_NOOP("Fields", "Feedback")),
        field::longText(kResponse, QT_TRANSLATE_NOOP("Fields", "Kindergarten's response")),
    };
    k.listColumns = {kDate, kClass, kParent, kInspect, kEat, kFeedback, kResponse, kBooked};
    k.dateField = kDate;
    k.defaultSort = kDate;
    k.titleField = kClass;
    k.searchFields = {kParent, kClass, kFeedback, kResponse};
    using Op = Condition::Op;
    k.filters = {
        {QStringLiteral("upcoming"),
         QT_TRANSLATE_NOOP("Fields", "Booked, still to come"),
         {relativeToToday(kDate, Op::Ge, [](const RuleContext&) { return 0; })}},
        {QStringLiteral("feedback-missing"),
         QT_TRANSLATE_NOOP("Fields", "Visited, feedback not recorded"),
         {relativeToToday(kDate, Op::Lt, [](const RuleContext&) { return 0; }), {kFeedback, Op::IsNull, {}}}},
    };
    k.rules = visitRules;
    k.prefill = [](Record& r, const Record*, const RuleContext& c) { r.set(kBooked, c.now.date()); };
    return k;
}

} // namespace

const RecordKind& mealCommitteeKind() {
    static const RecordKind k = declareMeetings();
    return k;
}

const RecordKind& mealCommitteeVisitsKind() {
    static const RecordKind k = declareVisits();
    return k;
}

QString visitSummary(const Record& visit, const QString& kindergartenName) {
    const QDate date = visit.value(kDate).toDate();
    const QString cls = visit.value(kClass).toString();
    const bool inspect = visit.value(kInspect).toBool(), eat = visit.value(kEat).toBool();
    QStringList lines;
    //: Heading of the text pasted into the parents' groups; %1 the kindergarten, %2 the date
    lines << QCoreApplication::translate("MealCommittee", "%1 meal committee: parent visit on %2")
                 .arg(kindergartenName,
                      date.toString(QCoreApplication::translate("MealCommittee", "d MMMM yyyy")));
    QString what;
    if (inspect && eat)
        what = QCoreApplication::translate(
            "MealCommittee", "A parent of class %1 inspected the food and ate with the children.");
    else if (inspect)
        what = QCoreApplication::translate("MealCommittee", "A parent of class %1 inspected the food.");
    else
        what = QCoreApplication::translate("MealCommittee", "A parent of class %1 ate with the children.");
    lines << what.arg(cls);
    const QString feedback = visit.value(kFeedback).toString().trimmed();
    const QString response = visit.value(kResponse).toString().trimmed();
    lines << QCoreApplication::translate("MealCommittee", "Feedback: %1")
                 .arg(feedback.isEmpty() ? QCoreApplication::translate("MealCommittee", "not recorded yet")
                                         : feedback);
    if (!response.isEmpty())
        lines << QCoreApplication::translate("MealCommittee", "Our response: %1").arg(response);
    lines << QCoreApplication::translate(
        "MealCommittee", "Thank you for taking part. Every family is welcome to book a visit.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace houqin::canteen
