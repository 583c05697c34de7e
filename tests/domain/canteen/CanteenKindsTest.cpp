// Meal accompaniments, solar-term dishes, the meal committee and kitchen hygiene checks, plus what every
// canteen kind must declare.
#include "CanteenTestSupport.h"
#include "domain/KindRegistry.h"
#include "domain/canteen/KitchenHygieneChecks.h"
#include "domain/canteen/MealAccompaniments.h"
#include "domain/canteen/MealCommittee.h"
#include "domain/canteen/SeasonalDishes.h"

#include <QSet>
#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::canteen;
using houqin::test::hasErrorOn;
using houqin::test::hasWarningOn;

namespace {
const QDate kDay(2026, 9, 8);

Record accompaniment(qint64 rating = 4) {
    Record r = newRecord(mealAccompanimentsKind(), nullptr, test::ctxOn(kDay));
    r.set(QStringLiteral("person"), QStringLiteral("张园长"));
    r.set(QStringLiteral("role"), QStringLiteral("director"));
    for (const QString& key : ratingFields())
        r.set(key, QVariant::fromValue(rating));
    return r;
}

Record visit() {
    Record r = newRecord(mealCommitteeVisitsKind(), nullptr, test::ctxOn(kDay));
    r.set(QStringLiteral("date"), kDay);
    r.set(QStringLiteral("parent"), QStringLiteral("陈女士"));
    r.set(QStringLiteral("child_class"), QStringLiteral("大一班"));
    return r;
}

Record hygieneCheck() {
    Record r = newRecord(kitchenHygieneChecksKind(), nullptr, test::ctxOn(kDay));
    r.set(QStringLiteral("area"), QStringLiteral("kitchen"));
    r.set(QStringLiteral("inspector"), QStringLiteral("王老师"));
    return r;
}
} // namespace

TEST(CanteenKinds, EveryKindIsRegisteredWithDistinctLabelsAndKnownColumns) {
    for (const QString& key :
         {QStringLiteral("pesticide-tests"), QStringLiteral("suppliers"),
          QStringLiteral("health-certificates"), QStringLiteral("morning-checks"),
          QStringLiteral("meal-accompaniments"), QStringLiteral("canteen-accounts"),
          QStringLiteral("seasonal-dishes"), QStringLiteral("meal-committee"),
          QStringLiteral("meal-committee-visits"), QStringLiteral("kitchen-hygiene-checks")}) {
        SCOPED_TRACE(key.toStdString());
        const RecordKind* k = findKind(key);
        ASSERT_NE(k, nullptr);
        // CSV headers are matched by label, so two columns of a kind must never share one.
        QSet<QString> labels;
        QList<const FieldDef*> all;
        for (const FieldDef& f : k->fields)
            all << &f;
        for (const DerivedDef& d : k->derived)
            all << &d.field;
        for (const FieldDef* f : all) {
            EXPECT_FALSE(labels.contains(QString::fromUtf8(f->label))) << f->label;
            labels.insert(QString::fromUtf8(f->label));
        }
        for (const QString& c : k->columns()) {
            EXPECT_NE(k->anyField(c), nullptr) << c.toStdString();
        }
        if (!k->dateField.isEmpty()) {
            EXPECT_NE(k->field(k->dateField), nullptr);
        }
        for (const FilterDef& f : k->filters) {
            for (const Condition& c : f.conditions) {
                if (c.op == Condition::Op::AnyOf) {
                    for (const Condition& alternative : c.alternatives)
                        EXPECT_NE(k->field(alternative.field), nullptr) << f.key.toStdString();
                    continue;
                }
                if (c.op == Condition::Op::Exists || c.op == Condition::Op::NotExists)
                    continue; // no field of its own; ConditionSqlDeclarations builds them
                EXPECT_NE(k->field(c.field), nullptr) << f.key.toStdString();
            }
        }
    }
}

TEST(MealAccompaniments, RatingsRunFromOneToFive) {
    const auto ctx = test::ctxOn(kDay);
    for (const QString& key : ratingFields()) {
        Record r = accompaniment();
        r.set(key, QVariant::fromValue<qint64>(0));
        EXPECT_TRUE(hasErrorOn(validateRecord(mealAccompanimentsKind(), r, ctx), key));
        r.set(key, QVariant::fromValue<qint64>(6));
        EXPECT_TRUE(hasErrorOn(validateRecord(mealAccompanimentsKind(), r, ctx), key));
        r.set(key, QVariant::fromValue<qint64>(1));
        EXPECT_FALSE(hasErrorOn(validateRecord(mealAccompanimentsKind(), r, ctx), key));
        r.set(key, QVariant::fromValue<qint64>(5));
        EXPECT_FALSE(hasErrors(validateRecord(mealAccompanimentsKind(), r, ctx)));
    }
}

TEST(MealAccompaniments, LunchByDefaultWithTheFoodSampleMeals) {
    const Record r = accompaniment();
    EXPECT_EQ(r.value(QStringLiteral("meal")).toString(), QStringLiteral("lunch"));
    EXPECT_EQ(r.value(QStringLiteral("date")).toDate(), kDay);
    const FieldDef* meal = mealAccompanimentsKind().field(QStringLiteral("meal"));
    ASSERT_NE(meal, nullptr);
    EXPECT_NE(meal->choice(QStringLiteral("afternoon-snack")), nullptr);
}

TEST(MealAccompaniments, AverageAndWarningsForLowRatingsAndMissingFollowUp) {
    Record r = accompaniment(4);
    r.set(QStringLiteral("hygiene"), QVariant::fromValue<qint64>(2));
    EXPECT_DOUBLE_EQ(*averageRating(r), 3.5);
    const auto ctx = test::ctxOn(kDay);
    EXPECT_TRUE(hasWarningOn(validateRecord(mealAccompanimentsKind(), r, ctx), QStringLiteral("problems")));
    r.set(QStringLiteral("problems"), QStringLiteral("餐桌未擦干净"));
    EXPECT_TRUE(hasWarningOn(validateRecord(mealAccompanimentsKind(), r, ctx), QStringLiteral("follow_up")));
    r.set(QStringLiteral("follow_up"), QStringLiteral("已提醒保育员"));
    EXPECT_TRUE(validateRecord(mealAccompanimentsKind(), r, ctx).isEmpty());
    EXPECT_TRUE(validateRecord(mealAccompanimentsKind(), accompaniment(3), ctx).isEmpty());
}

TEST(SeasonalDishes, SolarTermsFallInTheirMonths) {
    ASSERT_EQ(solarTermKeys().size(), 24);
    EXPECT_EQ(solarTermMonth(QStringLiteral("lichun")), 2);
    EXPECT_EQ(solarTermMonth(QStringLiteral("bailu")), 9);
    EXPECT_EQ(solarTermMonth(QStringLiteral("dongzhi")), 12);
    EXPECT_EQ(solarTermMonth(QStringLiteral("dahan")), 1);
    EXPECT_EQ(solarTermMonth(QStringLiteral("nope")), 0);
}

TEST(SeasonalDishes, MonthIsAFirstDayAndAMismatchedTermWarns) {
    const auto ctx = test::ctxOn(kDay);
    Record r = newRecord(seasonalDishesKind(), nullptr, ctx);
    EXPECT_EQ(r.value(QStringLiteral("month")).toDate(), QDate(2026, 9, 1));
    r.set(QStringLiteral("solar_term"), QStringLiteral("bailu"));
    r.set(QStringLiteral("dish"), QStringLiteral("白露银耳羹"));
    EXPECT_TRUE(validateRecord(seasonalDishesKind(), r, ctx).isEmpty());
    r.set(QStringLiteral("solar_term"), QStringLiteral("lichun"));
    EXPECT_TRUE(hasWarningOn(validateRecord(seasonalDishesKind(), r, ctx), QStringLiteral("solar_term")));
    r.set(QStringLiteral("month"), QDate(2026, 9, 15));
    EXPECT_TRUE(hasErrorOn(validateRecord(seasonalDishesKind(), r, ctx), QStringLiteral("month")));
}

TEST(MealCommitteeVisits, AVisitInspectsEatsOrBoth) {
    const auto ctx = test::ctxOn(kDay);
    Record r = visit();
    EXPECT_FALSE(hasErrors(validateRecord(mealCommitteeVisitsKind(), r, ctx)));
    r.set(QStringLiteral("inspect_food"), false);
    EXPECT_FALSE(hasErrors(validateRecord(mealCommitteeVisitsKind(), r, ctx)));
    r.set(QStringLiteral("eat_with_children"), false);
    EXPECT_TRUE(
        hasErrorOn(validateRecord(mealCommitteeVisitsKind(), r, ctx), QStringLiteral("inspect_food")));
}

TEST(MealCommitteeVisits, BookingAfterTheVisitIsRefused) {
    const auto ctx = test::ctxOn(kDay);
    Record r = visit();
    r.set(QStringLiteral("booked_on"), kDay.addDays(1));
    EXPECT_TRUE(hasErrorOn(validateRecord(mealCommitteeVisitsKind(), r, ctx), QStringLiteral("booked_on")));
    r.set(QStringLiteral("booked_on"), kDay);
    EXPECT_FALSE(hasErrors(validateRecord(mealCommitteeVisitsKind(), r, ctx)));
}

TEST(MealCommitteeVisits, SummaryNamesTheClassNotTheParent) {
    Record r = visit();
    r.set(QStringLiteral("feedback"), QStringLiteral("饭菜温度合适，青菜偏咸。"));
    r.set(QStringLiteral("response"), QStringLiteral("已请厨房减盐。"));
    const QString text = visitSummary(r, QStringLiteral("阳光幼儿园"));
    EXPECT_TRUE(text.contains(QStringLiteral("阳光幼儿园")));
    EXPECT_TRUE(text.contains(QStringLiteral("大一班")));
    EXPECT_TRUE(text.contains(QStringLiteral("8 September 2026")));
    EXPECT_TRUE(text.contains(QStringLiteral("inspected the food and ate with the children")));
    EXPECT_TRUE(text.contains(QStringLiteral("青菜偏咸")));
    EXPECT_TRUE(text.contains(QStringLiteral("已请厨房减盐")));
    EXPECT_FALSE(text.contains(QStringLiteral("陈女士")));
    EXPECT_GE(text.count(QLatin1Char('\n')), 3);
}

TEST(MealCommitteeVisits, SummaryWithoutFeedbackSaysSoAndSkipsTheResponse) {
    Record r = visit();
    r.set(QStringLiteral("eat_with_children"), false);
    const QString text = visitSummary(r, QStringLiteral("阳光幼儿园"));
    EXPECT_TRUE(text.contains(QStringLiteral("inspected the food.")));
    EXPECT_TRUE(text.contains(QStringLiteral("not recorded yet")));
    EXPECT_FALSE(text.contains(QStringLiteral("Our response")));
}

TEST(MealCommitteeMeetings, AttendeesAreRequired) {
    Record r = newRecord(mealCommitteeKind(), nullptr, test::ctxOn(kDay));
    EXPECT_EQ(r.value(QStringLiteral("date")).toDate(), kDay);
    EXPECT_TRUE(
        hasErrorOn(validateRecord(mealCommitteeKind(), r, test::ctxOn(kDay)), QStringLiteral("attendees")));
    r.set(QStringLiteral("attendees"), QStringLiteral("园长、保健老师、家长代表6人"));
    EXPECT_FALSE(hasErrors(validateRecord(mealCommitteeKind(), r, test::ctxOn(kDay))));
}

TEST(KitchenHygieneChecks, PassedOnlyWithEveryItemAndNoProblems) {
    Record r = hygieneCheck();
    EXPECT_TRUE(hygieneCheckPassed(r));
    EXPECT_EQ(test::derived(kitchenHygieneChecksKind(), r, test::ctxOn(kDay), QStringLiteral("outcome")),
              QStringLiteral("passed"));
    for (const QString& key : hygieneChecklist()) {
        Record failed = hygieneCheck();
        failed.set(key, false);
        EXPECT_FALSE(hygieneCheckPassed(failed)) << key.toStdString();
        EXPECT_TRUE(hasWarningOn(validateRecord(kitchenHygieneChecksKind(), failed, test::ctxOn(kDay)),
                                 QStringLiteral("problems")));
    }
    r.set(QStringLiteral("problems"), QStringLiteral("垃圾桶未加盖"));
    EXPECT_EQ(test::derived(kitchenHygieneChecksKind(), r, test::ctxOn(kDay), QStringLiteral("outcome")),
              QStringLiteral("problems"));
}

TEST(KitchenHygieneChecks, AreaIsOneOfTheKitchenAreas) {
    Record r = hygieneCheck();
    r.set(QStringLiteral("area"), QStringLiteral("playground"));
    EXPECT_TRUE(
        hasErrorOn(validateRecord(kitchenHygieneChecksKind(), r, test::ctxOn(kDay)), QStringLiteral("area")));
}
