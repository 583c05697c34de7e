#include "domain/canteen/CanteenAccounts.h"

#include "CanteenTestSupport.h"

#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::canteen;
using houqin::test::hasErrorOn;

namespace {
// Income and one lump of expenses, in fen.
Record account(QDate month, qint64 income, qint64 staple, qint64 other = 0) {
    Record r = newRecord(canteenAccountsKind(), nullptr, test::ctxOn(month.addMonths(1)));
    r.set(QStringLiteral("month"), month);
    r.set(QStringLiteral("income"), QVariant::fromValue(income));
    r.set(QStringLiteral("staple_food"), QVariant::fromValue(staple));
    r.set(QStringLiteral("other_expenses"), QVariant::fromValue(other));
    return r;
}
const QDate kSep(2026, 9, 1);
} // namespace

TEST(CanteenAccounts, BalanceIsIncomeLessEveryExpense) {
    Record r = account(kSep, 100000, 60000, 5000);
    r.set(QStringLiteral("vegetables"), QVariant::fromValue<qint64>(20000));
    EXPECT_EQ(totalExpenses(r), 85000);
    EXPECT_EQ(balance(r), 15000);
    const QVariantMap d = deriveValues(canteenAccountsKind(), r, test::ctxOn(kSep));
    EXPECT_EQ(d.value(QStringLiteral("total_expenses")).toLongLong(), 85000);
    EXPECT_EQ(d.value(QStringLiteral("balance")).toLongLong(), 15000);
    EXPECT_DOUBLE_EQ(d.value(QStringLiteral("balance_pct")).toDouble(), 15.0);
}

TEST(CanteenAccounts, TwoPercentIsWithinTheLimitTwoPointZeroOneIsNot) {
    // Income 1000.00 yuan: a balance of 20.00 yuan is exactly 2.00%.
    EXPECT_TRUE(balanceWithinTolerance(2000, 100000, 2.0));
    EXPECT_FALSE(balanceWithinTolerance(2010, 100000, 2.0));
    EXPECT_TRUE(balanceWithinTolerance(-2000, 100000, 2.0));
    EXPECT_FALSE(balanceWithinTolerance(-2010, 100000, 2.0));
    EXPECT_EQ(*balanceBasisPoints(2010, 100000), 201);
    EXPECT_EQ(*balanceBasisPoints(-2010, 100000), -201);
    EXPECT_EQ(*balanceBasisPoints(-2000, 100000), -200);
}

TEST(CanteenAccounts, SemesterSummaryAddsTheMonthsUp) {
    // +3% in one month and -1% in the next: +1% over both.
    const QList<Record> months{account(kSep, 100000, 97000), account(kSep.addMonths(1), 100000, 101000)};
    const AccountsSummary s = summariseAccounts(months, 2.0);
    EXPECT_EQ(s.months, 2);
    EXPECT_EQ(s.income, 200000);
    EXPECT_EQ(s.expenses, 198000);
    EXPECT_EQ(s.balance, 2000);
    EXPECT_EQ(*s.basisPoints, 100);
    EXPECT_DOUBLE_EQ(*s.percent(), 1.0);
    EXPECT_TRUE(s.withinTolerance);
}

TEST(CanteenAccounts, SemesterBoundariesAtPlusAndMinusTwoPercent) {
    const auto within = [](qint64 expenses) {
        return summariseAccounts({account(kSep, 100000, expenses)}, 2.0).withinTolerance;
    };
    EXPECT_TRUE(within(98000));   // +2.00%
    EXPECT_FALSE(within(97990));  // +2.01%
    EXPECT_TRUE(within(102000));  // -2.00%
    EXPECT_FALSE(within(102010)); // -2.01%
    EXPECT_FALSE(summariseAccounts({account(kSep, 100000, 98000)}, 1.5).withinTolerance);
}

TEST(CanteenAccounts, ZeroIncomeHasNoPercentage) {
    const AccountsSummary none = summariseAccounts({}, 2.0);
    EXPECT_FALSE(none.basisPoints.has_value());
    EXPECT_TRUE(none.withinTolerance);
    const AccountsSummary spentOnly = summariseAccounts({account(kSep, 0, 500)}, 2.0);
    EXPECT_FALSE(spentOnly.basisPoints.has_value());
    EXPECT_FALSE(spentOnly.withinTolerance);
    EXPECT_TRUE(deriveValues(canteenAccountsKind(), account(kSep, 0, 500), test::ctxOn(kSep))
                    .value(QStringLiteral("balance_pct"))
                    .isNull());
}

TEST(CanteenAccounts, MonthMustBeTheFirstDay) {
    const auto ctx = test::ctxOn(QDate(2026, 10, 5));
    EXPECT_FALSE(hasErrors(validateRecord(canteenAccountsKind(), account(kSep, 100000, 90000), ctx)));
    const Issues issues =
        validateRecord(canteenAccountsKind(), account(QDate(2026, 9, 2), 100000, 90000), ctx);
    ASSERT_TRUE(hasErrorOn(issues, QStringLiteral("month")));
    EXPECT_TRUE(issues.first().message.contains(QStringLiteral("2026-09-01")));
}

TEST(CanteenAccounts, NegativeAmountsAndEarlyPublicationAreRefused) {
    const auto ctx = test::ctxOn(QDate(2026, 10, 5));
    EXPECT_TRUE(hasErrorOn(validateRecord(canteenAccountsKind(), account(kSep, 100000, -1), ctx),
                           QStringLiteral("staple_food")));
    Record r = account(kSep, 100000, 90000);
    r.set(QStringLiteral("published_on"), QDate(2026, 8, 31));
    EXPECT_TRUE(hasErrorOn(validateRecord(canteenAccountsKind(), r, ctx), QStringLiteral("published_on")));
    r.set(QStringLiteral("published_on"), QDate(2026, 10, 3));
    EXPECT_FALSE(hasErrors(validateRecord(canteenAccountsKind(), r, ctx)));
}

TEST(CanteenAccounts, NewAccountIsForLastMonthAndLastMonthFilterFollowsTheClock) {
    const auto ctx = test::ctxOn(QDate(2026, 10, 5));
    EXPECT_EQ(newRecord(canteenAccountsKind(), nullptr, ctx).value(QStringLiteral("month")).toDate(), kSep);
    const FilterDef* f = canteenAccountsKind().filter(QStringLiteral("last-month-published"));
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->conditions.first().value(ctx).toDate(), kSep);
    EXPECT_EQ(f->conditions.first().value(test::ctxOn(QDate(2027, 1, 1))).toDate(), QDate(2026, 12, 1));
}
