#include "MealAccompaniments.h"

#include "CanteenCommon.h"

#include <QCoreApplication>

namespace houqin::canteen {

namespace {

const QString kDate = QStringLiteral("date");
const QString kMeal = QStringLiteral("meal");
const QString kPerson = QStringLiteral("person");
const QString kRole = QStringLiteral("role");
const QString kProblems = QStringLiteral("problems");
const QString kFollowUp = QStringLiteral("follow_up");

// A rating of 2 or less says something was wrong; the record should say what.
constexpr int kLowRating = 2;

FieldDef rating(const QString& key, const char* label) {
    return field::integer(key, label).req().range(1, 5);
}

void rules(const Record& r, const RuleContext&, Issues& out) {
    bool low = false;
    for (const QString& key : ratingFields())
        low = low || (!r.isEmpty(key) && r.value(key).toLongLong() <= kLowRating);
    if (low && r.isEmpty(kProblems))
        out << Issue::warning(
            kProblems, QCoreApplication::translate("MealAccompaniments",
                                                   "A low rating: describe the problem that was found."));
    if (!r.isEmpty(kProblems) && r.isEmpty(kFollowUp))
        out << Issue::warning(
            kFollowUp,
            QCoreApplication::translate("MealAccompaniments", "Record the follow-up of the problems found."));
}

void prefill(Record& r, const Record*, const RuleContext& ctx) {
    r.set(kDate, ctx.now.date());
}

RecordKind declare() {
    RecordKind k;
    k.key = QStringLiteral("meal-accompaniments");
    k.table = QStringLiteral("meal_accompaniments");
    k.label = QT_TRANSLATE_NOOP("Fields", "Meal accompaniments");
    k.fields = {
        field::date(kDate, QT_TRANSLATE_NOOP("Fields", "Date")).req(),
        mealField().req().def(QStringLiteral("lunch")),
        field::person(kPerson, QT_TRANSLATE_NOOP("Fields", "Accompanied by")).req(),
        field::choice(
            kRole, QT_TRANSLATE_NOOP("Fields", "Role"),
            {
                {QStringLiteral("duty-admin"),
                 QT_TRANSLATE_NOOP("Fields", "Administrator on duty"),
                 {QStringLiteral("值班行政")}},
                {QStringLiteral("grade-leader"),
                 QT_TRANSLATE_NOOP("Fields", "Grade leader"),
                 {QStringLiteral("级组长")}},
                {QStringLiteral("director"),
                 QT_TRANSLATE_NOOP("Fields", "Director"),
                 {QStringLiteral("园长")}},
                {QStringLiteral("other"), QT_TRANSLATE_NOOP("Fields", "Other"), {QStringLiteral("其他")}},
            })
            .req(),
        rating(QStringLiteral("taste"), QT_TRANSLATE_NOOP("Fields", "Taste")),
        rating(QStringLiteral("portion"), QT_TRANSLATE_NOOP("Fields", "Portion")),
        rating(QStringLiteral("temperature"), QT_TRANSLATE_NOOP("Fields", "Food temperature")),
        rating(QStringLiteral("hygiene"), QT_TRANSLATE_NOOP("Fields", "Hygiene")),
        field::longText(kProblems, QT_TRANSLATE_NOOP("Fields", "Problems found")),
        field::longText(kFollowUp, QT_TRANSLATE_NOOP("Fields", "Follow-up")),
    };
    k.derived = {
        {field::decimal(QStringLiteral("average"), QT_TRANSLATE_NOOP("Fields", "Average rating"), 1),
         [](const Record& r, const RuleContext&) {
             const auto avg = averageRating(r);
             return avg ? QVariant(*avg) : QVariant();
         }},
    };
    k.listColumns = {kDate,
                     kMeal,
                     kPerson,
                     kRole,
                     QStringLiteral("taste"),
                     QStringLiteral("portion"),
                     QStringLiteral("temperature"),
                     QStringLiteral("hygiene"),
                     QStringLiteral("average"),
                     kProblems,
                     kFollowUp};
    k.dateField = kDate;
    k.defaultSort = kDate;
    k.titleField = kPerson;
    k.searchFields = {kPerson, kRole, kProblems, kFollowUp};
    using Op = Condition::Op;
    k.filters = {
        {QStringLiteral("today"), QT_TRANSLATE_NOOP("Fields", "Today"), {isToday(kDate)}},
        {QStringLiteral("follow-up-missing"),
         QT_TRANSLATE_NOOP("Fields", "Problems without follow-up"),
         {{kProblems, Op::NotNull, {}}, {kFollowUp, Op::IsNull, {}}}},
    };
    k.rules = rules;
    k.prefill = prefill;
    return k;
}

} // namespace

const RecordKind& mealAccompanimentsKind() {
    static const RecordKind k = declare();
    return k;
}

const QStringList& ratingFields() {
    static const QStringList keys{QStringLiteral("taste"), QStringLiteral("portion"),
                                  QStringLiteral("temperature"), QStringLiteral("hygiene")};
    return keys;
}

std::optional<double> averageRating(const Record& r) {
    double sum = 0;
    int n = 0;
    for (const QString& key : ratingFields())
        if (!r.isEmpty(key)) {
            sum += double(r.value(key).toLongLong());
            ++n;
        }
    if (n == 0)
        return std::nullopt;
    return sum / n;
}

} // namespace houqin::canteen
