#include "domain/canteen/FoodSamples.h"

#include "domain/RecordKind.h"
#include "domain/ValueFormat.h"

#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::canteen;

namespace {
const QDateTime kStored(QDate(2026, 9, 7), QTime(11, 30));

Record sample(double weight = 130, double fridge = 4) {
    Record r;
    r.set(QStringLiteral("date"), kStored.date());
    r.set(QStringLiteral("meal"), QStringLiteral("lunch"));
    r.set(QStringLiteral("dish"), QStringLiteral("番茄炒蛋"));
    r.set(QStringLiteral("weight_g"), weight);
    r.set(QStringLiteral("stored_at"), kStored);
    r.set(QStringLiteral("fridge_temp_c"), fridge);
    r.set(QStringLiteral("sampled_by"), QStringLiteral("王老师"));
    return r;
}

RuleContext ctxAt(const QDateTime& now) {
    return {KindergartenSettings{}, now, {}};
}

Issues issuesFor(const Record& r, const QDateTime& now = kStored.addDays(5)) {
    return validateRecord(foodSamplesKind(), r, ctxAt(now));
}

bool hasErrorOn(const Issues& issues, const QString& field) {
    for (const Issue& i : issues)
        if (i.isError() && i.field == field)
            return true;
    return false;
}
bool hasWarningOn(const Issues& issues, const QString& field) {
    for (const Issue& i : issues)
        if (!i.isError() && i.field == field)
            return true;
    return false;
}
} // namespace

TEST(FoodSampleRules, WeightBelowMinimumIsRefused) {
    const Issues issues = issuesFor(sample(124.9));
    EXPECT_TRUE(hasErrorOn(issues, QStringLiteral("weight_g")));
}

TEST(FoodSampleRules, WeightAtMinimumIsAccepted) {
    EXPECT_FALSE(hasErrors(issuesFor(sample(125.0))));
}

TEST(FoodSampleRules, MinimumWeightComesFromSettings) {
    RuleContext ctx = ctxAt(kStored);
    ctx.settings.minSampleWeightG = 200;
    EXPECT_TRUE(hasErrors(validateRecord(foodSamplesKind(), sample(199.9), ctx)));
    EXPECT_FALSE(hasErrors(validateRecord(foodSamplesKind(), sample(200), ctx)));
}

TEST(FoodSampleRules, FridgeOutsideRangeWarnsButDoesNotRefuse) {
    const Issues above = issuesFor(sample(130, 8.1));
    EXPECT_FALSE(hasErrors(above));
    EXPECT_TRUE(hasWarningOn(above, QStringLiteral("fridge_temp_c")));
    EXPECT_FALSE(hasWarningOn(issuesFor(sample(130, 8.0)), QStringLiteral("fridge_temp_c")));
    EXPECT_FALSE(hasWarningOn(issuesFor(sample(130, 0.0)), QStringLiteral("fridge_temp_c")));
    EXPECT_TRUE(hasWarningOn(issuesFor(sample(130, -0.1)), QStringLiteral("fridge_temp_c")));
}

TEST(FoodSampleRules, DueAtIsStoredPlusHoldTime) {
    EXPECT_EQ(disposalDueAt(sample(), KindergartenSettings{}), kStored.addSecs(48 * 3600));
    KindergartenSettings s;
    s.sampleHoldHours = 72;
    EXPECT_EQ(disposalDueAt(sample(), s), kStored.addSecs(72 * 3600));
}

TEST(FoodSampleRules, DisposalOneMinuteBeforeDueIsRefusedWithTheAllowedTime) {
    Record r = sample();
    r.set(QStringLiteral("disposed_at"), kStored.addSecs(48 * 3600 - 60));
    r.set(QStringLiteral("disposed_by"), QStringLiteral("李师傅"));
    const Issues issues = issuesFor(r);
    ASSERT_TRUE(hasErrorOn(issues, QStringLiteral("disposed_at")));
    bool mentionsTime = false;
    for (const Issue& i : issues)
        mentionsTime |= i.message.contains(QStringLiteral("2026-09-09 11:30"));
    EXPECT_TRUE(mentionsTime);
}

TEST(FoodSampleRules, DisposalExactlyAtDueIsAccepted) {
    Record r = sample();
    r.set(QStringLiteral("disposed_at"), kStored.addSecs(48 * 3600));
    r.set(QStringLiteral("disposed_by"), QStringLiteral("李师傅"));
    EXPECT_FALSE(hasErrors(issuesFor(r)));
}

TEST(FoodSampleRules, DisposalBeforeStorageIsRefused) {
    Record r = sample();
    r.set(QStringLiteral("disposed_at"), kStored.addSecs(-60));
    r.set(QStringLiteral("disposed_by"), QStringLiteral("李师傅"));
    EXPECT_TRUE(hasErrorOn(issuesFor(r), QStringLiteral("disposed_at")));
}

TEST(FoodSampleRules, DisposalNeedsBothTimeAndPerson) {
    Record onlyTime = sample();
    onlyTime.set(QStringLiteral("disposed_at"), kStored.addDays(3));
    EXPECT_TRUE(hasErrorOn(issuesFor(onlyTime), QStringLiteral("disposed_by")));
    Record onlyPerson = sample();
    onlyPerson.set(QStringLiteral("disposed_by"), QStringLiteral("李师傅"));
    EXPECT_TRUE(hasErrorOn(issuesFor(onlyPerson), QStringLiteral("disposed_at")));
}

TEST(FoodSampleRules, DisposalInTheFutureIsRefused) {
    Record r = sample();
    r.set(QStringLiteral("disposed_at"), kStored.addDays(3));
    r.set(QStringLiteral("disposed_by"), QStringLiteral("李师傅"));
    EXPECT_TRUE(hasErrorOn(issuesFor(r, kStored.addDays(2)), QStringLiteral("disposed_at")));
}

TEST(FoodSampleRules, RequiredFieldsAreRefusedWhenMissing) {
    Record r = sample();
    r.values.remove(QStringLiteral("dish"));
    r.set(QStringLiteral("sampled_by"), QStringLiteral("  "));
    const Issues issues = issuesFor(r);
    EXPECT_TRUE(hasErrorOn(issues, QStringLiteral("dish")));
    EXPECT_TRUE(hasErrorOn(issues, QStringLiteral("sampled_by")));
}

TEST(FoodSampleStatus, HeldUntilDueThenDisposableThenOverdueAfterGrace) {
    const Record r = sample();
    const QDateTime due = kStored.addSecs(48 * 3600);
    EXPECT_EQ(sampleStatus(r, ctxAt(due.addSecs(-1))), SampleStatus::Held);
    EXPECT_EQ(sampleStatus(r, ctxAt(due)), SampleStatus::Disposable);
    EXPECT_EQ(sampleStatus(r, ctxAt(due.addSecs(24 * 3600))), SampleStatus::Disposable);
    EXPECT_EQ(sampleStatus(r, ctxAt(due.addSecs(24 * 3600 + 1))), SampleStatus::Overdue);
}

TEST(FoodSampleStatus, DisposedWinsOverTime) {
    Record r = sample();
    r.set(QStringLiteral("disposed_at"), kStored.addDays(2));
    r.set(QStringLiteral("disposed_by"), QStringLiteral("李师傅"));
    EXPECT_EQ(sampleStatus(r, ctxAt(kStored.addDays(30))), SampleStatus::Disposed);
}

TEST(FoodSampleStatus, DerivedValuesIncludeStatusAndTimeLeft) {
    const QVariantMap d = deriveValues(foodSamplesKind(), sample(), ctxAt(kStored.addSecs(3600)));
    EXPECT_EQ(d.value(QStringLiteral("status")).toString(), QStringLiteral("held"));
    EXPECT_EQ(d.value(QStringLiteral("due_at")).toDateTime(), kStored.addSecs(48 * 3600));
    // A number of minutes, language-neutral; only its display text reads "47 h 00 min left".
    EXPECT_EQ(d.value(QStringLiteral("time_left")).toLongLong(), 47 * 60);
    const FieldDef& left = foodSamplesKind().derived.at(2).field;
    ASSERT_EQ(left.key, QStringLiteral("time_left"));
    EXPECT_EQ(valuefmt::canonical(left, d.value(QStringLiteral("time_left"))), QStringLiteral("2820"));
    EXPECT_EQ(valuefmt::display(left, d.value(QStringLiteral("time_left"))),
              QStringLiteral("47 h 00 min left"));
    EXPECT_EQ(valuefmt::display(left, QVariant(qint64(-90))), QStringLiteral("due 1 h 30 min ago"));
    EXPECT_EQ(minutesLeft(sample(), ctxAt(kStored.addSecs(3600))), 47 * 60);
}

TEST(FoodSampleDisposal, DisposeDueTakesOnlyDueUndisposedSamples) {
    Record due = sample();
    due.id = 1;
    Record fresh = sample();
    fresh.id = 2;
    fresh.set(QStringLiteral("stored_at"), kStored.addSecs(3600));
    Record done = sample();
    done.id = 3;
    done.set(QStringLiteral("disposed_at"), kStored.addDays(2));
    done.set(QStringLiteral("disposed_by"), QStringLiteral("李师傅"));
    const QDateTime at = kStored.addSecs(48 * 3600 + 30 * 60); // due for #1, not yet for #2
    const QList<Record> out = disposeDue({due, fresh, done}, at, QStringLiteral("张三"), ctxAt(at));
    ASSERT_EQ(out.size(), 1);
    EXPECT_EQ(out.first().id, 1);
    EXPECT_EQ(out.first().value(QStringLiteral("disposed_at")).toDateTime(), at);
    EXPECT_EQ(out.first().value(QStringLiteral("disposed_by")).toString(), QStringLiteral("张三"));
}

TEST(FoodSamplePrefill, CarriesMealSamplerAndFridgeButStartsToday) {
    RuleContext ctx = ctxAt(QDateTime(QDate(2026, 9, 8), QTime(7, 45, 31)));
    Record prev = sample(130, 3.5);
    prev.createdAt = QDateTime(QDate(2026, 9, 7), QTime(12, 0));
    Record fresh = newRecord(foodSamplesKind(), &prev, ctx);
    EXPECT_EQ(fresh.value(QStringLiteral("meal")).toString(), QStringLiteral("lunch"));
    EXPECT_EQ(fresh.value(QStringLiteral("sampled_by")).toString(), QStringLiteral("王老师"));
    EXPECT_DOUBLE_EQ(fresh.value(QStringLiteral("fridge_temp_c")).toDouble(), 3.5);
    EXPECT_EQ(fresh.value(QStringLiteral("date")).toDate(),
              QDate(2026, 9, 8)); // yesterday's date not carried
    EXPECT_EQ(fresh.value(QStringLiteral("stored_at")).toDateTime(),
              QDateTime(QDate(2026, 9, 8), QTime(7, 45)));
    EXPECT_TRUE(fresh.isEmpty(QStringLiteral("dish")));

    // Entered today (demo data, or a backfill of yesterday): the last sample being yesterday's still makes
    // the new one today's, stored now, not yesterday at 21:36.
    prev.createdAt = QDateTime(QDate(2026, 9, 8), QTime(7, 0));
    prev.set(QStringLiteral("stored_at"), QDateTime(QDate(2026, 9, 7), QTime(21, 36)));
    fresh = newRecord(foodSamplesKind(), &prev, ctx);
    EXPECT_EQ(fresh.value(QStringLiteral("date")).toDate(), QDate(2026, 9, 8));
    EXPECT_EQ(fresh.value(QStringLiteral("stored_at")).toDateTime(),
              QDateTime(QDate(2026, 9, 8), QTime(7, 45)));
}

TEST(FoodSamplePrefill, TheNextDishOfAMealSampledTodayKeepsItsTime) {
    RuleContext ctx = ctxAt(QDateTime(QDate(2026, 9, 8), QTime(11, 58)));
    Record prev = sample();
    prev.set(QStringLiteral("date"), QDate(2026, 9, 8));
    prev.set(QStringLiteral("stored_at"), QDateTime(QDate(2026, 9, 8), QTime(11, 40)));
    const Record fresh = newRecord(foodSamplesKind(), &prev, ctx);
    EXPECT_EQ(fresh.value(QStringLiteral("meal")).toString(), QStringLiteral("lunch"));
    EXPECT_EQ(fresh.value(QStringLiteral("date")).toDate(), QDate(2026, 9, 8));
    EXPECT_EQ(fresh.value(QStringLiteral("stored_at")).toDateTime(),
              QDateTime(QDate(2026, 9, 8), QTime(11, 40)));
}

// Stored on the meal's day: fine; the next day: a warning; two days after or the day before: refused.
TEST(FoodSamples, StoredAtFarFromTheMealDateIsRefused) {
    Record sameDay = sample();
    EXPECT_FALSE(hasWarningOn(issuesFor(sameDay), QStringLiteral("stored_at")));
    EXPECT_FALSE(hasErrorOn(issuesFor(sameDay), QStringLiteral("stored_at")));

    Record nextDay = sample();
    nextDay.set(QStringLiteral("stored_at"), QDateTime(kStored.date().addDays(1), QTime(0, 30)));
    EXPECT_TRUE(hasWarningOn(issuesFor(nextDay), QStringLiteral("stored_at")));
    EXPECT_FALSE(hasErrorOn(issuesFor(nextDay), QStringLiteral("stored_at")));

    Record twoDays = sample();
    twoDays.set(QStringLiteral("stored_at"), QDateTime(kStored.date().addDays(2), QTime(0, 30)));
    EXPECT_TRUE(hasErrorOn(issuesFor(twoDays), QStringLiteral("stored_at")));

    Record yearLater = sample();
    yearLater.set(QStringLiteral("stored_at"), kStored.addYears(1));
    EXPECT_TRUE(hasErrorOn(issuesFor(yearLater, kStored.addYears(2)), QStringLiteral("stored_at")));

    Record before = sample();
    before.set(QStringLiteral("stored_at"), QDateTime(kStored.date().addDays(-1), QTime(23, 59)));
    EXPECT_TRUE(hasErrorOn(issuesFor(before), QStringLiteral("stored_at")));
}
