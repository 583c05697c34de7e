#include "gui/canteen/CanteenCharts.h"

#include "CanteenGuiTestSupport.h"
#include "domain/canteen/CanteenAccounts.h"
#include "domain/canteen/PesticideTests.h"
#include "gui/chart/ChartView.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>

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
    const gui::ChartSpec& pesticide = charts.pesticideChart()->spec();
    const gui::ChartSpec& accounts = charts.accountsChart()->spec();
    ASSERT_EQ(pesticide.series.size(), 2);
    ASSERT_EQ(accounts.series.size(), 2);
    const QList<double>& tests = pesticide.series[0].values;
    const QList<double>& positive = pesticide.series[1].values;
    EXPECT_EQ(pesticide.series[1].kind, gui::ChartSeries::Kind::Line);
    EXPECT_TRUE(pesticide.series[1].onRightAxis);
    EXPECT_EQ(pesticide.categories, charts.categories());
    EXPECT_EQ(tests, QList<double>({3, 0, 2}));
    ASSERT_EQ(positive.size(), 3);
    EXPECT_NEAR(positive[0], 33.3, 1e-9); // one of three, to one decimal
    EXPECT_EQ(positive[2], 0.0);          // 49.9 passes
    EXPECT_EQ(accounts.series[0].values.size(), 3);
    EXPECT_EQ(accounts.series[0].values[0], 40000.0); // income, yuan
    EXPECT_EQ(accounts.series[1].values[1], 42500.0); // expenses
    EXPECT_EQ(accounts.series[0].values[2], 0.0);     // November's account is not drawn up yet
    EXPECT_TRUE(charts.summaryLabel()->text().contains(QStringLiteral("5")));
    ASSERT_TRUE(pesticide.right.has_value()); // months, tests, and the share on the right
    // Drawn by the charts plugin, not the message that it is missing.
    EXPECT_TRUE(charts.pesticideChart()->drawn()) << gui::ChartView::unavailableReason().toStdString();
    EXPECT_TRUE(charts.accountsChart()->drawn());
}

TEST_F(CanteenChartsTest, TheLastTwelveMonthsEndWithThisMonth) {
    CanteenCharts charts(t.db());
    charts.show();
    QCoreApplication::processEvents();
    charts.periodCombo()->setCurrentIndex(charts.periodCombo()->findData(CanteenCharts::LastTwelveMonths));
    ASSERT_EQ(charts.pesticideMonths().size(), 12);
    EXPECT_EQ(charts.pesticideMonths().first().month, QDate(2025, 12, 1));
    EXPECT_EQ(charts.pesticideMonths().last().month, QDate(2026, 11, 1));
    const gui::ChartSpec& pesticide = charts.pesticideChart()->spec();
    ASSERT_EQ(pesticide.series.size(), 2);
    EXPECT_EQ(pesticide.series[0].values.size(), 12);
    EXPECT_EQ(pesticide.series[1].values.size(), 12);
    EXPECT_EQ(charts.accountsChart()->spec().series[0].values.size(), 12);
    EXPECT_EQ(charts.categories().size(), 12);
    EXPECT_EQ(charts.categories().removeDuplicates(), 0);
    EXPECT_EQ(pesticide.series[0].values[9], 3); // September
}
