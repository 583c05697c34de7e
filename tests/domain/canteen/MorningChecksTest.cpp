#include "domain/canteen/MorningChecks.h"

#include "CanteenTestSupport.h"
#include "domain/ValueFormat.h"

#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::canteen;
using houqin::test::hasErrorOn;
using houqin::test::hasWarningOn;

namespace {
const QDate kDay(2026, 9, 8);

Record check(double temperature) {
    Record r = newRecord(morningChecksKind(), nullptr, test::ctxOn(kDay));
    r.set(QStringLiteral("person"), QStringLiteral("李师傅"));
    r.set(QStringLiteral("checked_by"), QStringLiteral("王老师"));
    r.set(QStringLiteral("temperature_c"), temperature);
    return r;
}

QString verdict(const Record& r, KindergartenSettings s = {}) {
    return test::derived(morningChecksKind(), r, test::ctxOn(kDay, std::move(s)), QStringLiteral("verdict"));
}
} // namespace

TEST(MorningChecks, NewCheckStartsTodayWithEveryItemInOrder) {
    const Record r = check(36.5);
    EXPECT_EQ(r.value(QStringLiteral("date")).toDate(), kDay);
    EXPECT_FALSE(r.value(QStringLiteral("diarrhoea")).toBool());
    EXPECT_TRUE(r.value(QStringLiteral("nails_ok")).toBool());
    EXPECT_EQ(verdict(r), QStringLiteral("fit"));
    EXPECT_FALSE(hasErrors(validateRecord(morningChecksKind(), r, test::ctxOn(kDay))));
}

TEST(MorningChecks, FeverStartsAtTheThreshold) {
    EXPECT_EQ(verdict(check(37.2)), QStringLiteral("fit"));
    EXPECT_EQ(verdict(check(37.3)), QStringLiteral("unfit"));
    KindergartenSettings s;
    s.feverThresholdC = 37.5;
    EXPECT_EQ(verdict(check(37.4), s), QStringLiteral("fit"));
    EXPECT_EQ(verdict(check(37.5), s), QStringLiteral("unfit"));
}

TEST(MorningChecks, AnySymptomMakesTheWorkerUnfit) {
    for (const QString& key :
         {QStringLiteral("diarrhoea"), QStringLiteral("skin_wound"), QStringLiteral("sore_throat")}) {
        Record r = check(36.6);
        r.set(key, true);
        EXPECT_EQ(verdict(r), QStringLiteral("unfit")) << key.toStdString();
        EXPECT_EQ(unfitReasons(r, {}).size(), 1);
    }
}

TEST(MorningChecks, NailsRingsAndUniformFailuresAreUnfitUntilPutRight) {
    for (const QString& key :
         {QStringLiteral("nails_ok"), QStringLiteral("no_rings"), QStringLiteral("uniform_ok")}) {
        Record r = check(36.6);
        r.set(key, false);
        EXPECT_EQ(verdict(r), QStringLiteral("unfit")) << key.toStdString();
        r.set(key, true);
        EXPECT_EQ(verdict(r), QStringLiteral("fit")) << key.toStdString();
    }
}

TEST(MorningChecks, ReasonsListEveryFailure) {
    Record r = check(38.1);
    r.set(QStringLiteral("sore_throat"), true);
    r.set(QStringLiteral("no_rings"), false);
    const QStringList reasons = unfitReasons(r, {});
    ASSERT_EQ(reasons.size(), 3);
    EXPECT_TRUE(reasons[0].contains(QStringLiteral("38.1")));
    // Derived: keys, language-neutral; shown as the translated reasons.
    const QVariant keys = test::derived(morningChecksKind(), r, test::ctxOn(kDay), QStringLiteral("reasons"));
    EXPECT_EQ(keys.toString(), QStringLiteral("fever;sore_throat;rings"));
    const FieldDef& field = morningChecksKind().derivedField(QStringLiteral("reasons"))->field;
    EXPECT_EQ(valuefmt::display(field, keys), QStringLiteral("fever; sore throat; wearing a ring"));
    EXPECT_TRUE(test::derived(morningChecksKind(), check(36.5), test::ctxOn(kDay), QStringLiteral("reasons"))
                    .isEmpty());
}

TEST(MorningChecks, UnfitWithoutActionWarnsAndImplausibleTemperaturesAreRefused) {
    const auto ctx = test::ctxOn(kDay);
    Record r = check(37.8);
    EXPECT_TRUE(hasWarningOn(validateRecord(morningChecksKind(), r, ctx), QStringLiteral("action")));
    r.set(QStringLiteral("action"), QStringLiteral("回家休息，就医"));
    EXPECT_FALSE(hasWarningOn(validateRecord(morningChecksKind(), r, ctx), QStringLiteral("action")));
    EXPECT_TRUE(
        hasErrorOn(validateRecord(morningChecksKind(), check(33.9), ctx), QStringLiteral("temperature_c")));
    EXPECT_TRUE(
        hasErrorOn(validateRecord(morningChecksKind(), check(43.1), ctx), QStringLiteral("temperature_c")));
}

TEST(MorningChecks, FeverFilterUsesTheSetting) {
    KindergartenSettings s;
    s.feverThresholdC = 37.5;
    const FilterDef* f = morningChecksKind().filter(QStringLiteral("fever"));
    ASSERT_NE(f, nullptr);
    EXPECT_DOUBLE_EQ(f->conditions.first().value(test::ctxOn(kDay, s)).toDouble(), 37.5);
}
