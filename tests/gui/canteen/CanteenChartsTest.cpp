#include "gui/canteen/CanteenCharts.h"

#include "CanteenGuiTestSupport.h"
#include "domain/canteen/CanteenAccounts.h"
#include "domain/canteen/PesticideTests.h"

#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineSeries>

using namespace houqin;
using gui::canteen::CanteenCharts;

namespace {
const QDateTime kNow(QDate(2026, 11, 20), QTime(10, 0));

Record pesticideTest(QDate date, double rate) {
    Record r;
    r.set(QStringLiteral("date"), date);
    r.set(QStringLiteral("sample"), QStringLiteral("菠菜"));
    r.set(QStringLiteral("inhibition_pct"), rate);
    r.set(QStringLiteral("tester"), QStringLiteral("王老师"));
    if (rate >= 50)
        r.set(QStringLiteral("handling"), QStringLiteral("returned"));
    return r;
}

Record account(QDate month, qint64 income, qint64 spent) {
    Record r;
    r.set(QStringLiteral("month"), month);
    r.set(QStringLiteral("income"), QVariant::fromValue(income));
    for (const QString& key : canteen::expenseFields())
        r.set(key, QVariant::fromValue<qint64>(0));
    r.set(QStringLiteral("vegetables"), QVariant::fromValue(spent));
    return r;
}
} // namespace

class CanteenChartsTest : public ::testing::Test {
protected:
    void SetUp() override {
        // September: 3 tests, one positive; October: none; November: 2 passes.
        auto tests =
            RecordRepository(t.db(), canteen::pesticideTestsKind())
                .insertAll({pesticideTest(QDate(2026, 9, 1), 10), pesticideTest(QDate(2026, 9, 30), 55),
                            pesticideTest(QDate(2026, 9, 15), 20), pesticideTest(QDate(2026, 11, 2), 49.9),
                            pesticideTest(QDate(2026, 11, 3), 5)},
                           test::tester());
        ASSERT_TRUE(tests.ok()) << tests.error().message.toStdString();
        auto accounts = RecordRepository(t.db(), canteen::canteenAccountsKind())
                            .insertAll({account(QDate(2026, 9, 1), 4'000'000, 3'950'000),
                                        account(QDate(2026, 10, 1), 4'200'000, 4'250'000)},
                                       test::tester());
        ASSERT_TRUE(accounts.ok()) << accounts.error().message.toStdString();
    }
    test::TempDb t{kNow};
};

TEST_F(CanteenChartsTest, TheSemesterHasOnePointPerMonthInEverySeries) {
    CanteenCharts charts(t.db());
    charts.resize(1100, 600);
    charts.show(); // shown: the view reads the figures, just after it is on screen
    QCoreApplication::processEvents();
    // TempDb's settings start the semester on 1 September: September to November.
    ASSERT_EQ(charts.categories().size(), 3);
    ASSERT_NE(charts.testsSet(), nullptr);
    EXPECT_EQ(charts.testsSet()->count(), 3);
    EXPECT_EQ(charts.positiveSeries()->count(), 3);
    EXPECT_EQ(charts.incomeSet()->count(), 3);
    EXPECT_EQ(charts.expensesSet()->count(), 3);
    EXPECT_EQ(charts.testsSet()->at(0), 3);
    EXPECT_EQ(charts.testsSet()->at(1), 0);
    EXPECT_EQ(charts.testsSet()->at(2), 2);
    EXPECT_NEAR(charts.positiveSeries()->at(0).y(), 33.3, 1e-9); // one of three, to one decimal
    EXPECT_EQ(charts.positiveSeries()->at(2).y(), 0.0);          // 49.9 passes
    EXPECT_EQ(charts.incomeSet()->at(0), 40000.0);               // yuan
    EXPECT_EQ(charts.expensesSet()->at(1), 42500.0);
    EXPECT_EQ(charts.incomeSet()->at(2), 0.0); // November's account is not drawn up yet
    EXPECT_TRUE(charts.summaryLabel()->text().contains(QStringLiteral("5")));
    EXPECT_EQ(charts.pesticideChart()->chart()->axes().size(), 3); // months, tests, share
}

TEST_F(CanteenChartsTest, TheLastTwelveMonthsEndWithThisMonth) {
    CanteenCharts charts(t.db());
    charts.show();
    QCoreApplication::processEvents();
    charts.periodCombo()->setCurrentIndex(charts.periodCombo()->findData(CanteenCharts::LastTwelveMonths));
    ASSERT_EQ(charts.pesticideMonths().size(), 12);
    EXPECT_EQ(charts.pesticideMonths().first().month, QDate(2025, 12, 1));
    EXPECT_EQ(charts.pesticideMonths().last().month, QDate(2026, 11, 1));
    EXPECT_EQ(charts.testsSet()->count(), 12);
    EXPECT_EQ(charts.positiveSeries()->count(), 12);
    EXPECT_EQ(charts.incomeSet()->count(), 12);
    EXPECT_EQ(charts.categories().size(), 12);
    EXPECT_EQ(charts.categories().removeDuplicates(), 0);
    EXPECT_EQ(charts.testsSet()->at(9), 3); // September
}
