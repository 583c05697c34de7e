// The canteen charts' monthly figures (storage/canteen/CanteenStats) and the day screens' supplier
// suggestions (storage/canteen/DeliveryQueries), on a real database file.
#include "storage/canteen/CanteenStats.h"

#include "TestSupport.h"
#include "domain/canteen/CanteenAccounts.h"
#include "domain/canteen/PesticideTests.h"
#include "domain/canteen/Suppliers.h"
#include "storage/Query.h"
#include "storage/RecordRepository.h"
#include "storage/SettingsStore.h"
#include "storage/canteen/DeliveryQueries.h"
#include "storage/plan/SemesterService.h"

#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::canteen;

namespace {

Record pesticide(QDate date, double rate) {
    Record r;
    r.set(QStringLiteral("date"), date);
    r.set(QStringLiteral("sample"), QStringLiteral("菠菜"));
    r.set(QStringLiteral("inhibition_pct"), rate);
    r.set(QStringLiteral("tester"), QStringLiteral("王老师"));
    return r;
}

Record account(QDate month, qint64 income, qint64 staple, qint64 vegetables) {
    Record r;
    r.set(QStringLiteral("month"), month);
    r.set(QStringLiteral("income"), QVariant::fromValue(income));
    for (const QString& key : expenseFields())
        r.set(key, QVariant::fromValue<qint64>(0));
    r.set(QStringLiteral("staple_food"), QVariant::fromValue(staple));
    r.set(QStringLiteral("vegetables"), QVariant::fromValue(vegetables));
    return r;
}

Record supplier(const QString& name, bool inUse) {
    Record r;
    r.set(QStringLiteral("name"), name);
    r.set(QStringLiteral("licence_no"), QStringLiteral("JY-") + name);
    r.set(QStringLiteral("licence_expiry"), QDate(2027, 12, 31));
    r.set(QStringLiteral("in_use"), inUse);
    return r;
}

class CanteenStatsTest : public ::testing::Test {
protected:
    test::TempDb t{QDateTime(QDate(2026, 10, 15), QTime(10, 0))};

    void insertAll(const RecordKind& kind, const QList<Record>& records) {
        auto ids = RecordRepository(t.db(), kind).insertAll(records, test::tester());
        ASSERT_TRUE(ids.ok()) << ids.error().message.toStdString();
    }

    void delivery(const QString& date, const QString& direction, const QVariant& supplier) {
        Query q(t.db(),
                QStringLiteral(
                    "INSERT INTO deliveries (created_at, created_by, updated_at, updated_by, "
                    "date, direction, supplier, received_by, checked_by) VALUES ('2026-10-15T08:00:00', "
                    "'t', '2026-10-15T08:00:00', 't', :date, :direction, :supplier, '甲', '乙')"));
        q.bind(QStringLiteral(":date"), date)
            .bind(QStringLiteral(":direction"), direction)
            .bind(QStringLiteral(":supplier"), supplier);
        const Status s = q.exec();
        ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
    }
};

} // namespace

TEST_F(CanteenStatsTest, TestsAreCountedInTheirCalendarMonth) {
    insertAll(pesticideTestsKind(), {pesticide(QDate(2026, 8, 31), 10), pesticide(QDate(2026, 9, 1), 10),
                                     pesticide(QDate(2026, 9, 30), 10), pesticide(QDate(2026, 10, 1), 10),
                                     pesticide(QDate(2026, 10, 1), 20), pesticide(QDate(2026, 11, 1), 10)});
    auto months = pesticideTestsByMonth(t.db(), QDate(2026, 9, 15), QDate(2026, 10, 3));
    ASSERT_TRUE(months.ok()) << months.error().message.toStdString();
    ASSERT_EQ(months->size(), 2);
    EXPECT_EQ(months->at(0).month, QDate(2026, 9, 1));
    EXPECT_EQ(months->at(0).tests, 2); // the 1st and the 30th; not 31 August
    EXPECT_EQ(months->at(1).month, QDate(2026, 10, 1));
    EXPECT_EQ(months->at(1).tests, 2); // both on the 1st; not 1 November
}

TEST_F(CanteenStatsTest, PositiveUsesTheThresholdFromTheSettings) {
    insertAll(pesticideTestsKind(),
              {pesticide(QDate(2026, 9, 10), 49.9), pesticide(QDate(2026, 9, 11), 50.0),
               pesticide(QDate(2026, 9, 12), 80.0), pesticide(QDate(2026, 9, 13), 0.0)});
    auto months = pesticideTestsByMonth(t.db(), QDate(2026, 9, 1), QDate(2026, 9, 1));
    ASSERT_TRUE(months.ok());
    ASSERT_EQ(months->size(), 1);
    EXPECT_EQ(months->first().tests, 4);
    EXPECT_EQ(months->first().positive, 2); // 50.0 and 80.0; 49.9 passes
    ASSERT_TRUE(months->first().positivePercent().has_value());
    EXPECT_DOUBLE_EQ(*months->first().positivePercent(), 50.0);

    // A stricter limit turns 49.9 positive; a laxer one lets 50.0 pass.
    KindergartenSettings s = t->settings();
    s.pesticideThresholdPct = 49.9;
    ASSERT_TRUE(SettingsStore::save(t.db(), s, test::tester()).ok());
    EXPECT_EQ(pesticideTestsByMonth(t.db(), QDate(2026, 9, 1), QDate(2026, 9, 1))->first().positive, 3);
    s.pesticideThresholdPct = 50.1;
    ASSERT_TRUE(SettingsStore::save(t.db(), s, test::tester()).ok());
    EXPECT_EQ(pesticideTestsByMonth(t.db(), QDate(2026, 9, 1), QDate(2026, 9, 1))->first().positive, 1);
}

TEST_F(CanteenStatsTest, MonthsWithoutTestsAreListedWithZeros) {
    insertAll(pesticideTestsKind(), {pesticide(QDate(2026, 7, 3), 60.0)});
    auto months = pesticideTestsByMonth(t.db(), QDate(2026, 5, 1), QDate(2026, 8, 31));
    ASSERT_TRUE(months.ok());
    ASSERT_EQ(months->size(), 4);
    EXPECT_EQ(months->at(0).month, QDate(2026, 5, 1));
    EXPECT_EQ(months->at(0).tests, 0);
    EXPECT_FALSE(months->at(0).positivePercent().has_value());
    EXPECT_EQ(months->at(2).tests, 1);
    EXPECT_EQ(months->at(2).positive, 1);
    EXPECT_EQ(months->at(3).month, QDate(2026, 8, 1));
    EXPECT_EQ(months->at(3).tests, 0);
}

TEST_F(CanteenStatsTest, AccountsAddUpIncomeAndEveryExpense) {
    insertAll(canteenAccountsKind(), {account(QDate(2026, 8, 1), 999, 1, 1),
                                      account(QDate(2026, 9, 1), 4'300'000, 2'000'000, 2'250'000),
                                      account(QDate(2026, 11, 1), 4'000'000, 3'000'000, 1'100'000)});
    auto months = canteenAccountsByMonth(t.db(), QDate(2026, 9, 1), QDate(2026, 11, 30));
    ASSERT_TRUE(months.ok()) << months.error().message.toStdString();
    ASSERT_EQ(months->size(), 3);
    EXPECT_TRUE(months->at(0).recorded);
    EXPECT_EQ(months->at(0).incomeFen, 4'300'000);
    EXPECT_EQ(months->at(0).expensesFen, 4'250'000);
    EXPECT_EQ(months->at(0).balanceFen(), 50'000);
    EXPECT_FALSE(months->at(1).recorded); // October: no account yet
    EXPECT_EQ(months->at(1).incomeFen, 0);
    EXPECT_EQ(months->at(2).balanceFen(), -100'000);
}

TEST_F(CanteenStatsTest, TheSemesterRunsFromItsFirstMonthToThisMonth) {
    plan::NewSemester n;
    n.name = QStringLiteral("2026学年第一学期");
    n.start = QDate(2026, 9, 1);
    n.makeCurrent = true;
    ASSERT_TRUE(plan::SemesterService(t.db()).create(n, test::tester()).ok());
    auto period = semesterToDate(t.db());
    ASSERT_TRUE(period.ok());
    EXPECT_EQ(period->semester, n.name);
    EXPECT_EQ(period->from, QDate(2026, 9, 1));
    EXPECT_EQ(period->to, QDate(2026, 10, 1));
    // After the semester's end (the Sunday of week 20) the period stops at its last month.
    t.setNow(QDateTime(QDate(2027, 2, 20), QTime(9, 0)));
    period = semesterToDate(t.db());
    ASSERT_TRUE(period.ok());
    EXPECT_EQ(period->from, QDate(2026, 9, 1));
    EXPECT_EQ(period->to, QDate(2027, 1, 1));
}

TEST_F(CanteenStatsTest, WithoutASemesterTheSettingsStartOrTwelveMonths) {
    // TempDb's settings start the semester on 1 September 2026.
    auto period = semesterToDate(t.db());
    ASSERT_TRUE(period.ok());
    EXPECT_TRUE(period->semester.isEmpty());
    EXPECT_EQ(period->from, QDate(2026, 9, 1));
    EXPECT_EQ(period->to, QDate(2026, 10, 1));
    t.setNow(QDateTime(QDate(2027, 4, 2), QTime(9, 0))); // seven months on: the start is stale
    period = semesterToDate(t.db());
    ASSERT_TRUE(period.ok());
    EXPECT_EQ(period->from, QDate(2026, 5, 1));
    EXPECT_EQ(period->to, QDate(2027, 4, 1));
    EXPECT_EQ(monthsBetween(period->from, period->to).size(), 12);
}

TEST_F(CanteenStatsTest, MonthsBetweenIncludesBothEnds) {
    EXPECT_EQ(monthsBetween(QDate(2026, 11, 30), QDate(2027, 2, 1)),
              (QList<QDate>{QDate(2026, 11, 1), QDate(2026, 12, 1), QDate(2027, 1, 1), QDate(2027, 2, 1)}));
    EXPECT_EQ(monthsBetween(QDate(2026, 3, 5), QDate(2026, 3, 31)).size(), 1);
    EXPECT_TRUE(monthsBetween(QDate(2026, 4, 1), QDate(2026, 3, 31)).isEmpty());
}

TEST_F(CanteenStatsTest, SuppliersDeliveredOnADayAreTheIncomingOnesOnce) {
    EXPECT_TRUE(suppliersDeliveredOn(t.db(), QDate(2026, 10, 15)).isEmpty());
    delivery(QStringLiteral("2026-10-15"), QStringLiteral("in"), QStringLiteral("绿源蔬菜"));
    delivery(QStringLiteral("2026-10-15"), QStringLiteral("in"), QStringLiteral("安心肉联"));
    delivery(QStringLiteral("2026-10-15"), QStringLiteral("in"), QStringLiteral("绿源蔬菜"));
    delivery(QStringLiteral("2026-10-15"), QStringLiteral("out"), QStringLiteral("退货商行"));
    delivery(QStringLiteral("2026-10-15"), QStringLiteral("in"), QVariant());
    delivery(QStringLiteral("2026-10-14"), QStringLiteral("in"), QStringLiteral("昨日粮油"));
    delivery(QStringLiteral("2026-10-16"), QStringLiteral("in"), QStringLiteral("明日粮油"));
    QStringList expected{QStringLiteral("安心肉联"), QStringLiteral("绿源蔬菜")};
    expected.sort(); // SQLite's ORDER BY compares bytes, as QString does for these
    EXPECT_EQ(suppliersDeliveredOn(t.db(), QDate(2026, 10, 15)), expected);
    EXPECT_EQ(suppliersDeliveredOn(t.db(), QDate(2026, 10, 14)), QStringList{QStringLiteral("昨日粮油")});
}

TEST_F(CanteenStatsTest, SuppliersInUseLeaveOutTheOnesNoLongerUsed) {
    insertAll(suppliersKind(),
              {supplier(QStringLiteral("B蔬菜"), true), supplier(QStringLiteral("A粮油"), true),
               supplier(QStringLiteral("C旧商"), false)});
    EXPECT_EQ(suppliersInUse(t.db()), (QStringList{QStringLiteral("A粮油"), QStringLiteral("B蔬菜")}));
}
