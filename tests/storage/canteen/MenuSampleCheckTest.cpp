// The food-samples check against the menu: a meal with dishes on the day's menu but no sample that day.
#include "storage/canteen/MenuSampleCheck.h"

#include "TestSupport.h"
#include "domain/canteen/FoodSamples.h"
#include "domain/canteen/Menus.h"
#include "storage/RecordRepository.h"
#include "storage/SettingsStore.h"

#include <gtest/gtest.h>

using namespace houqin;

namespace {
const QDate kMonday(2026, 9, 7);

Record menuLine(int weekday, const QString& meal, const QString& dishes) {
    Record l;
    l.set(QStringLiteral("weekday"), QString::number(weekday));
    l.set(QStringLiteral("meal"), meal);
    l.set(QStringLiteral("dishes"), dishes);
    return l;
}

Record sample(QDate day, const QString& meal) {
    Record r;
    r.set(QStringLiteral("date"), day);
    r.set(QStringLiteral("meal"), meal);
    r.set(QStringLiteral("dish"), QStringLiteral("米饭"));
    r.set(QStringLiteral("weight_g"), 130.0);
    r.set(QStringLiteral("stored_at"), QDateTime(day, QTime(11, 40)));
    r.set(QStringLiteral("fridge_temp_c"), 3.0);
    r.set(QStringLiteral("sampled_by"), QStringLiteral("王老师"));
    return r;
}
} // namespace

TEST(MenuSampleCheck, FlagsAMealOnTheMenuWithoutASampleThatDay) {
    test::TempDb t(QDateTime(kMonday.addDays(4), QTime(16, 0)));
    Record m;
    m.set(QStringLiteral("week_start"), kMonday);
    m.lines << menuLine(1, QStringLiteral("lunch"), QStringLiteral("米饭、番茄炒蛋"))
            << menuLine(2, QStringLiteral("lunch"), QStringLiteral("面条"))
            << menuLine(3, QStringLiteral("afternoon-snack"), QStringLiteral("银耳羹"));
    ASSERT_TRUE(RecordRepository(t.db(), canteen::menusKind()).insert(m, test::tester()).ok());
    ASSERT_TRUE(
        RecordRepository(t.db(), canteen::foodSamplesKind())
            .insertAll({sample(kMonday, QStringLiteral("lunch")),
                        sample(kMonday.addDays(1), QStringLiteral("breakfast")),        // not the menu's meal
                        sample(kMonday.addDays(3), QStringLiteral("afternoon-snack"))}, // wrong day
                       test::tester())
            .ok());
    auto gaps = canteen::mealsWithoutSamples(t.db(), kMonday, kMonday.addDays(6));
    ASSERT_TRUE(gaps.ok()) << gaps.error().message.toStdString();
    ASSERT_EQ(gaps->size(), 2);
    EXPECT_EQ(gaps->at(0).date, kMonday.addDays(1));
    EXPECT_EQ(gaps->at(0).meal, QStringLiteral("lunch"));
    EXPECT_EQ(gaps->at(0).dishes, QStringLiteral("面条"));
    EXPECT_EQ(gaps->at(1).date, kMonday.addDays(2));
    EXPECT_EQ(gaps->at(1).meal, QStringLiteral("afternoon-snack"));

    // The range is inclusive on both ends and cuts inside a week.
    auto tuesdayOnly = canteen::mealsWithoutSamples(t.db(), kMonday.addDays(1), kMonday.addDays(1));
    ASSERT_TRUE(tuesdayOnly.ok());
    EXPECT_EQ(tuesdayOnly->size(), 1);
    auto mondayOnly = canteen::mealsWithoutSamples(t.db(), kMonday, kMonday);
    ASSERT_TRUE(mondayOnly.ok());
    EXPECT_TRUE(mondayOnly->isEmpty()) << "Monday's lunch was sampled";
}

TEST(MenuSampleCheck, EachCampusMenuNeedsThatCampusSample) {
    test::TempDb t(QDateTime(kMonday.addDays(4), QTime(16, 0)));
    KindergartenSettings s = t->settings();
    s.campuses = {QStringLiteral("滨豪"), QStringLiteral("新港")};
    ASSERT_TRUE(SettingsStore::save(t.db(), s, test::tester()).ok());
    RecordRepository menus(t.db(), canteen::menusKind());
    for (const QString& campus : {QStringLiteral("滨豪"), QStringLiteral("新港")}) {
        Record m;
        m.set(QStringLiteral("week_start"), kMonday);
        m.set(QStringLiteral("campus"), campus);
        m.lines << menuLine(1, QStringLiteral("lunch"), QStringLiteral("米饭"))
                << menuLine(2, QStringLiteral("lunch"), QStringLiteral("面条"));
        ASSERT_TRUE(menus.insert(m, test::tester()).ok());
    }
    Record binhao = sample(kMonday, QStringLiteral("lunch"));
    binhao.set(QStringLiteral("campus"), QStringLiteral("滨豪"));
    Record unknown = sample(kMonday.addDays(1), QStringLiteral("lunch")); // no campus: covers both
    ASSERT_TRUE(RecordRepository(t.db(), canteen::foodSamplesKind())
                    .insertAll({binhao, unknown}, test::tester())
                    .ok());

    auto gaps = canteen::mealsWithoutSamples(t.db(), kMonday, kMonday.addDays(1));
    ASSERT_TRUE(gaps.ok());
    ASSERT_EQ(gaps->size(), 1); // Monday's 新港 lunch: the 滨豪 sample does not cover it
    EXPECT_EQ(gaps->first().date, kMonday);
    EXPECT_EQ(gaps->first().campus, QStringLiteral("新港"));
}
