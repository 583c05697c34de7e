#include "domain/canteen/PesticideTests.h"

#include "CanteenTestSupport.h"
#include "domain/ValueFormat.h"

#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::canteen;
using houqin::test::hasErrorOn;
using houqin::test::hasWarningOn;

namespace {
const QDate kDay(2026, 9, 8);

Record testOf(double rate) {
    return test::recordOf({{QStringLiteral("date"), kDay},
                           {QStringLiteral("sample"), QStringLiteral("青菜")},
                           {QStringLiteral("inhibition_pct"), rate},
                           {QStringLiteral("tester"), QStringLiteral("王老师")}});
}

Issues check(const Record& r, KindergartenSettings s = {}) {
    return validateRecord(pesticideTestsKind(), r, test::ctxOn(kDay, std::move(s)));
}

QString result(const Record& r, KindergartenSettings s = {}) {
    return test::derived(pesticideTestsKind(), r, test::ctxOn(kDay, std::move(s)), QStringLiteral("result"));
}
} // namespace

TEST(PesticideTests, BelowTheThresholdPassesAtItFails) {
    EXPECT_EQ(result(testOf(49.9)), QStringLiteral("pass"));
    EXPECT_EQ(result(testOf(50.0)), QStringLiteral("fail"));
    EXPECT_EQ(result(testOf(0)), QStringLiteral("pass"));
    EXPECT_EQ(result(testOf(100)), QStringLiteral("fail"));
}

TEST(PesticideTests, RateOutsideZeroToHundredIsRefused) {
    EXPECT_TRUE(hasErrorOn(check(testOf(100.1)), QStringLiteral("inhibition_pct")));
    EXPECT_TRUE(hasErrorOn(check(testOf(-0.1)), QStringLiteral("inhibition_pct")));
    Record handled = testOf(100);
    handled.set(QStringLiteral("handling"), QStringLiteral("returned"));
    EXPECT_FALSE(hasErrors(check(handled)));
    EXPECT_FALSE(hasErrors(check(testOf(100))));
    EXPECT_FALSE(hasErrors(check(testOf(0))));
}

TEST(PesticideTests, ThresholdComesFromSettings) {
    KindergartenSettings strict;
    strict.pesticideThresholdPct = 40;
    EXPECT_EQ(result(testOf(39.9), strict), QStringLiteral("pass"));
    EXPECT_EQ(result(testOf(40.0), strict), QStringLiteral("fail"));
    EXPECT_TRUE(isPositive(45, strict));
    EXPECT_FALSE(isPositive(45, KindergartenSettings{}));
}

TEST(PesticideTests, PositiveWithoutHandlingWarnsAndNeedsHandling) {
    const Issues issues = check(testOf(62.5));
    EXPECT_FALSE(hasErrors(issues));
    EXPECT_TRUE(hasWarningOn(issues, QStringLiteral("handling")));
    EXPECT_TRUE(needsHandling(testOf(62.5), {}));
    EXPECT_FALSE(needsHandling(testOf(49.9), {}));
    Record handled = testOf(62.5);
    handled.set(QStringLiteral("handling"), QStringLiteral("withheld"));
    EXPECT_FALSE(needsHandling(handled, {}));
    EXPECT_FALSE(hasWarningOn(check(handled), QStringLiteral("handling")));
}

TEST(PesticideTests, HandlingANegativeResultWarns) {
    Record r = testOf(20);
    r.set(QStringLiteral("handling"), QStringLiteral("withheld"));
    EXPECT_FALSE(hasErrors(check(r)));
    EXPECT_TRUE(hasWarningOn(check(r), QStringLiteral("handling")));
}

TEST(PesticideTests, RetestNeedsItsRateAndMustPassToCloseTheCase) {
    Record r = testOf(55);
    r.set(QStringLiteral("handling"), QStringLiteral("retested"));
    EXPECT_TRUE(hasErrorOn(check(r), QStringLiteral("retest_pct")));
    r.set(QStringLiteral("retest_pct"), 30.0);
    EXPECT_FALSE(hasErrors(check(r)));
    EXPECT_EQ(test::derived(pesticideTestsKind(), r, test::ctxOn(kDay), QStringLiteral("retest_result")),
              QStringLiteral("pass"));
    // A positive retest leaves the batch positive: "retested" is not a final handling then.
    r.set(QStringLiteral("retest_pct"), 50.0);
    EXPECT_TRUE(hasErrorOn(check(r), QStringLiteral("handling")));
    r.set(QStringLiteral("handling"), QStringLiteral("returned"));
    EXPECT_FALSE(hasErrors(check(r)));
    EXPECT_EQ(test::derived(pesticideTestsKind(), r, test::ctxOn(kDay), QStringLiteral("retest_result")),
              QStringLiteral("fail"));
}

TEST(PesticideTests, RetestRateWithoutHandlingIsRefused) {
    Record r = testOf(55);
    r.set(QStringLiteral("retest_pct"), 20.0);
    EXPECT_TRUE(hasErrorOn(check(r), QStringLiteral("handling")));
    r.set(QStringLiteral("retest_pct"), 100.1);
    r.set(QStringLiteral("handling"), QStringLiteral("sent-to-lab"));
    EXPECT_TRUE(hasErrorOn(check(r), QStringLiteral("retest_pct")));
}

TEST(PesticideTests, FiltersCompareTheRateWithTheSettingsThreshold) {
    const RecordKind& k = pesticideTestsKind();
    ASSERT_NE(k.filter(QStringLiteral("unhandled")), nullptr);
    ASSERT_NE(k.filter(QStringLiteral("today")), nullptr);
    KindergartenSettings s;
    s.pesticideThresholdPct = 45;
    const RuleContext ctx = test::ctxOn(kDay, s);
    const auto& conditions = k.filter(QStringLiteral("unhandled"))->conditions;
    ASSERT_EQ(conditions.size(), 2);
    EXPECT_EQ(conditions[0].field, QStringLiteral("inhibition_pct"));
    EXPECT_EQ(conditions[0].op, Condition::Op::Ge);
    EXPECT_DOUBLE_EQ(conditions[0].value(ctx).toDouble(), 45.0);
    EXPECT_EQ(conditions[1].op, Condition::Op::IsNull);
    EXPECT_EQ(k.filter(QStringLiteral("today"))->conditions[0].value(ctx).toDate(), kDay);
}

TEST(PesticideTests, DateCarriesOverOnlyWithinTheSameDay) {
    Record prev = testOf(10);
    prev.set(QStringLiteral("date"), kDay.addDays(-1));
    prev.set(QStringLiteral("supplier"), QStringLiteral("绿源净菜"));
    prev.createdAt = QDateTime(kDay, QTime(8, 0));
    const RuleContext sameDay = test::ctxOn(kDay);
    Record next = newRecord(pesticideTestsKind(), &prev, sameDay);
    EXPECT_EQ(next.value(QStringLiteral("date")).toDate(), kDay.addDays(-1));
    EXPECT_EQ(next.value(QStringLiteral("tester")).toString(), QStringLiteral("王老师"));
    EXPECT_EQ(next.value(QStringLiteral("supplier")).toString(), QStringLiteral("绿源净菜"));
    prev.createdAt = QDateTime(kDay.addDays(-1), QTime(8, 0));
    EXPECT_EQ(newRecord(pesticideTestsKind(), &prev, sameDay).value(QStringLiteral("date")).toDate(), kDay);
}

// Instruments print rates with two decimals: 49.99 is typed, stored and judged as 49.99, never rounded up.
TEST(PesticideTests, TwoDecimalRatesAreAcceptedAndJudgedExactly) {
    const FieldDef& rate = *pesticideTestsKind().field(QStringLiteral("inhibition_pct"));
    const valuefmt::Parsed below = valuefmt::parse(rate, QStringLiteral("49.99"));
    ASSERT_TRUE(below.ok()) << below.error.toStdString();
    EXPECT_DOUBLE_EQ(below.value.toDouble(), 49.99);
    EXPECT_EQ(result(testOf(below.value.toDouble())), QStringLiteral("pass"));
    EXPECT_FALSE(hasErrors(check(testOf(below.value.toDouble()))));

    const valuefmt::Parsed at = valuefmt::parse(rate, QStringLiteral("50.00"));
    ASSERT_TRUE(at.ok());
    EXPECT_EQ(result(testOf(at.value.toDouble())), QStringLiteral("fail"));

    // A third decimal is more than any instrument prints: refused, not rounded.
    EXPECT_FALSE(valuefmt::parse(rate, QStringLiteral("49.995")).ok());
    const FieldDef& retest = *pesticideTestsKind().field(QStringLiteral("retest_pct"));
    EXPECT_TRUE(valuefmt::parse(retest, QStringLiteral("12.34")).ok());
    EXPECT_EQ(valuefmt::canonical(rate, 49.99), QStringLiteral("49.99"));
}

TEST(PesticideTests, OnADayWithDeliveriesTheSupplierIsRequired) {
    RuleContext ctx = test::ctxOn(kDay);
    const QDate deliveredOn = kDay;
    ctx.findRecord = [deliveredOn](const QString& kindKey, const QString& fieldKey,
                                   const QVariant& value) -> std::optional<Record> {
        if (kindKey == QStringLiteral("deliveries") && fieldKey == QStringLiteral("date") &&
            value.toDate() == deliveredOn)
            return Record{};
        return std::nullopt;
    };
    Record r = testOf(12);
    EXPECT_TRUE(hasErrorOn(validateRecord(pesticideTestsKind(), r, ctx), QStringLiteral("supplier")));
    r.set(QStringLiteral("supplier"), QStringLiteral("绿源蔬菜"));
    EXPECT_FALSE(hasErrors(validateRecord(pesticideTestsKind(), r, ctx)));
    // The day after, nothing came in: the supplier may stay empty.
    Record nextDay = testOf(12);
    nextDay.set(QStringLiteral("date"), kDay.addDays(1));
    EXPECT_FALSE(hasErrors(validateRecord(pesticideTestsKind(), nextDay, ctx)));
}
