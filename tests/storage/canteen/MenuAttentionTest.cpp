// The menus' dashboard items: a meal on today's menu without food samples, this week's menu not published,
// next week's menu not published by Monday (reminded from Thursday).
#include "TestSupport.h"
#include "domain/Attention.h"
#include "domain/canteen/FoodSamples.h"
#include "domain/canteen/Menus.h"
#include "storage/AttentionService.h"
#include "storage/RecordRepository.h"
#include "storage/SettingsStore.h"

#include <gtest/gtest.h>

using namespace houqin;

namespace {
const QDate kTuesday(2026, 9, 8);
const QDate kMonday(2026, 9, 7);

class MenuAttentionTest : public ::testing::Test {
protected:
    test::TempDb t{QDateTime(kTuesday, QTime(14, 0))};

    AttentionState state(const QString& key) {
        const AttentionItem* item = findAttentionItem(key);
        EXPECT_NE(item, nullptr) << key.toStdString();
        if (!item)
            return {};
        auto s = AttentionService(t.db()).evaluate(*item);
        EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message.toStdString());
        return s.ok() ? *s : AttentionState{};
    }
    void addMenu(QDate monday, QDate publishedOn, const QList<QPair<int, QString>>& meals) {
        Record m;
        m.set(QStringLiteral("week_start"), monday);
        if (publishedOn.isValid())
            m.set(QStringLiteral("published_on"), publishedOn);
        for (const auto& [day, meal] : meals) {
            Record line;
            line.set(QStringLiteral("weekday"), QString::number(day));
            line.set(QStringLiteral("meal"), meal);
            line.set(QStringLiteral("dishes"), QStringLiteral("米饭、番茄炒蛋"));
            m.lines << line;
        }
        auto id = RecordRepository(t.db(), canteen::menusKind()).insert(m, test::tester());
        ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    }
    void addSample(QDate day, const QString& meal) {
        Record r = newRecord(canteen::foodSamplesKind(), nullptr, t->ruleContext());
        r.set(QStringLiteral("date"), day);
        r.set(QStringLiteral("meal"), meal);
        r.set(QStringLiteral("dish"), QStringLiteral("番茄炒蛋"));
        r.set(QStringLiteral("weight_g"), 130.0);
        r.set(QStringLiteral("stored_at"), QDateTime(day, QTime(11, 40)));
        r.set(QStringLiteral("fridge_temp_c"), 3.0);
        r.set(QStringLiteral("sampled_by"), QStringLiteral("王老师"));
        auto id = RecordRepository(t.db(), canteen::foodSamplesKind()).insert(r, test::tester());
        ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    }
};
} // namespace

TEST_F(MenuAttentionTest, AMealOnTodaysMenuWithoutSamplesIsRaisedUntilSampled) {
    const QString key = QStringLiteral("canteen.meal-without-samples");
    EXPECT_FALSE(state(key).raised) << "no menu, nothing to compare";
    // Tuesday's lunch and snack are on the menu; Monday's breakfast is not today's business.
    addMenu(kMonday, kMonday,
            {{1, QStringLiteral("breakfast")},
             {2, QStringLiteral("lunch")},
             {2, QStringLiteral("afternoon-snack")}});
    EXPECT_TRUE(state(key).raised);
    addSample(kTuesday, QStringLiteral("lunch"));
    EXPECT_TRUE(state(key).raised) << "the snack is still without a sample";
    addSample(kTuesday.addDays(-1), QStringLiteral("afternoon-snack"));
    EXPECT_TRUE(state(key).raised) << "yesterday's sample does not count for today";
    addSample(kTuesday, QStringLiteral("afternoon-snack"));
    EXPECT_FALSE(state(key).raised);
}

TEST_F(MenuAttentionTest, ThisWeeksMenuMustBePublished) {
    const QString key = QStringLiteral("canteen.menu-this-week-unpublished");
    EXPECT_TRUE(state(key).raised);
    addMenu(kMonday, {}, {{1, QStringLiteral("lunch")}});
    EXPECT_TRUE(state(key).raised) << "a draft is not published";
    Record m = RecordRepository(t.db(), canteen::menusKind()).list()->first();
    m.set(QStringLiteral("published_on"), kMonday);
    ASSERT_TRUE(RecordRepository(t.db(), canteen::menusKind()).update(m, test::tester()).ok());
    EXPECT_FALSE(state(key).raised);
}

TEST_F(MenuAttentionTest, NextWeeksMenuIsRemindedFromThursday) {
    const QString key = QStringLiteral("canteen.menu-next-week-unpublished");
    t.setNow(QDateTime(QDate(2026, 9, 9), QTime(10, 0))); // Wednesday
    EXPECT_FALSE(state(key).raised);
    t.setNow(QDateTime(QDate(2026, 9, 10), QTime(10, 0))); // Thursday
    EXPECT_TRUE(state(key).raised);
    addMenu(QDate(2026, 9, 14), QDate(2026, 9, 11), {{1, QStringLiteral("lunch")}});
    EXPECT_FALSE(state(key).raised);
}

TEST_F(MenuAttentionTest, TheMenuReminderWeekdayIsASetting) {
    const QString key = QStringLiteral("canteen.menu-next-week-unpublished");
    KindergartenSettings s = t->settings();
    s.menuRemindFromWeekday = 5; // Friday
    ASSERT_TRUE(SettingsStore::save(t.db(), s, test::tester()).ok());
    t.setNow(QDateTime(QDate(2026, 9, 10), QTime(10, 0))); // Thursday
    EXPECT_FALSE(state(key).raised);
    t.setNow(QDateTime(QDate(2026, 9, 11), QTime(10, 0))); // Friday
    EXPECT_TRUE(state(key).raised);
}
