#include "domain/safety/SafetyKinds.h"

#include "../canteen/CanteenTestSupport.h"
#include "domain/KindRegistry.h"
#include "domain/Workflow.h"
#include "domain/safety/Checklists.h"
#include "domain/safety/Hazards.h"
#include "domain/safety/SafetyCommon.h"

#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::safety;
using houqin::test::hasErrorOn;
using houqin::test::hasWarningOn;
namespace hz = houqin::safety::hazard;

namespace {
const QDate kToday(2026, 11, 16);

RuleContext ctx(QDate today = kToday) {
    return test::ctxOn(today);
}

Record hazardIn(const QString& state, QDate deadline = QDate(2026, 11, 20)) {
    Record r;
    r.set(hz::kFoundOn, QDate(2026, 11, 10));
    r.set(hz::kPlace, QStringLiteral("中二班"));
    r.set(hz::kCategory, QStringLiteral("facility"));
    r.set(hz::kDescription, QStringLiteral("窗户限位器松动"));
    r.set(hz::kSeverity, QStringLiteral("general"));
    r.set(hz::kState, state);
    if (state != hz::kReported) {
        r.set(hz::kOwner, QStringLiteral("王师傅"));
        r.set(hz::kDeadline, deadline);
    }
    return r;
}

Record visitorAt(double temperature) {
    Record r;
    r.set(QStringLiteral("time_in"), QDateTime(kToday, QTime(9, 5)));
    r.set(QStringLiteral("name"), QStringLiteral("张三"));
    r.set(QStringLiteral("purpose"), QStringLiteral("维修空调"));
    r.set(QStringLiteral("temperature_c"), temperature);
    return r;
}

Record pickup() {
    Record r;
    r.set(QStringLiteral("arrived_at"), QDateTime(kToday, QTime(14, 0)));
    r.set(QStringLiteral("child"), QStringLiteral("李小明"));
    r.set(QStringLiteral("class_name"), QStringLiteral("中一班"));
    r.set(QStringLiteral("collector"), QStringLiteral("李军"));
    r.set(QStringLiteral("relation"), QStringLiteral("父亲"));
    return r;
}
} // namespace

TEST(SafetyKinds, EveryKindIsRegisteredUnderItsIssueKey) {
    for (const char* key :
         {"hazards", "inspections", "responsibility-agreements", "emergency-plans", "drills", "duty-rosters",
          "visitors", "early-pickups", "guard-logs", "closing-checks", "safety-education", "hygiene-zones",
          "hygiene-checks", "greenery", "checklist-items", "classes"})
        EXPECT_NE(findKind(QLatin1String(key)), nullptr) << key;
    EXPECT_NE(hazardsKind().field(QStringLiteral("found_on")), nullptr);
    EXPECT_NE(hazardsKind().field(QStringLiteral("deadline")), nullptr);
    EXPECT_NE(visitorsKind().field(QStringLiteral("temperature_c")), nullptr);
    EXPECT_NE(earlyPickupsKind().field(QStringLiteral("teacher_signed_by")), nullptr);
    EXPECT_NE(earlyPickupsKind().field(QStringLiteral("left_at")), nullptr);
}

TEST(Hazards, OverdueTheDayAfterItsDeadlineNotOnIt) {
    const Record h = hazardIn(hz::kInProgress, QDate(2026, 11, 20));
    EXPECT_FALSE(isOverdue(h, QDate(2026, 11, 20)));
    EXPECT_TRUE(isOverdue(h, QDate(2026, 11, 21)));
    EXPECT_EQ(test::derived(hazardsKind(), h, ctx(QDate(2026, 11, 20)), hz::kOverdue), QString());
    EXPECT_EQ(test::derived(hazardsKind(), h, ctx(QDate(2026, 11, 21)), hz::kOverdue),
              QStringLiteral("overdue"));
    // Closed is never overdue.
    Record closed = hazardIn(hz::kClosed, QDate(2026, 11, 20));
    closed.set(hz::kVerifiedBy, QStringLiteral("李主任"));
    EXPECT_FALSE(isOverdue(closed, QDate(2026, 12, 1)));
}

TEST(Hazards, RectificationNeedsAnOwnerAndADeadlineNotBeforeTheFinding) {
    EXPECT_FALSE(hasErrors(validateRecord(hazardsKind(), hazardIn(hz::kReported), ctx())));
    Record noOwner = hazardIn(hz::kInProgress);
    noOwner.set(hz::kOwner, QVariant());
    EXPECT_TRUE(hasErrorOn(validateRecord(hazardsKind(), noOwner, ctx()), hz::kOwner));
    EXPECT_TRUE(hasErrorOn(
        validateRecord(hazardsKind(), hazardIn(hz::kInProgress, QDate(2026, 11, 9)), ctx()), hz::kDeadline));
    EXPECT_FALSE(
        hasErrors(validateRecord(hazardsKind(), hazardIn(hz::kInProgress, QDate(2026, 11, 10)), ctx())));
}

TEST(Hazards, TheVerifierIsNotTheOwner) {
    const RecordKind& k = hazardsKind();
    const WorkflowStep* verify = k.workflow->step(QStringLiteral("verify"));
    ASSERT_NE(verify, nullptr);
    Record toVerify = hazardIn(hz::kToVerify);
    toVerify.set(hz::kMeasures, QStringLiteral("更换限位器"));
    const StepOutcome byOwner =
        applyStep(k, toVerify, *verify, {}, QStringLiteral("王师傅"), QStringLiteral("已验收"), ctx());
    EXPECT_TRUE(hasErrors(byOwner.issues));
    const StepOutcome byOther =
        applyStep(k, toVerify, *verify, {}, QStringLiteral("李主任"), QStringLiteral("已验收"), ctx());
    EXPECT_FALSE(hasErrors(byOther.issues));
    EXPECT_EQ(byOther.record.value(hz::kState).toString(), hz::kClosed);
    EXPECT_EQ(byOther.record.value(hz::kVerifiedBy).toString(), QStringLiteral("李主任"));
    // Closing needs a note.
    EXPECT_TRUE(
        hasErrors(applyStep(k, toVerify, *verify, {}, QStringLiteral("李主任"), QString(), ctx()).issues));
    // The stored rule says the same for a closed hazard that comes in by import.
    Record imported = hazardIn(hz::kClosed);
    imported.set(hz::kVerifiedBy, QStringLiteral("王师傅"));
    EXPECT_TRUE(hasErrorOn(validateRecord(k, imported, ctx()), hz::kVerifiedBy));
}

TEST(Hazards, AssignNeedsOwnerAndDeadlineAndSendBackNeedsANote) {
    const RecordKind& k = hazardsKind();
    const Record reported = hazardIn(hz::kReported);
    const WorkflowStep* assign = k.workflow->step(QStringLiteral("assign"));
    EXPECT_TRUE(hasErrors(applyStep(k, reported, *assign, {}, QStringLiteral("李主任"), {}, ctx()).issues));
    const StepOutcome assigned = applyStep(
        k, reported, *assign, {{hz::kOwner, QStringLiteral("王师傅")}, {hz::kDeadline, QDate(2026, 11, 20)}},
        QStringLiteral("李主任"), {}, ctx());
    EXPECT_FALSE(hasErrors(assigned.issues));
    EXPECT_EQ(assigned.record.value(hz::kState).toString(), hz::kInProgress);
    Record toVerify = assigned.record;
    toVerify.set(hz::kState, hz::kToVerify);
    const WorkflowStep* back = k.workflow->step(QStringLiteral("send-back"));
    EXPECT_TRUE(hasErrors(applyStep(k, toVerify, *back, {}, QStringLiteral("李主任"), {}, ctx()).issues));
    EXPECT_FALSE(hasErrors(
        applyStep(k, toVerify, *back, {}, QStringLiteral("李主任"), QStringLiteral("未完成"), ctx()).issues));
}

TEST(Hazards, SourceReferencesReadBack) {
    EXPECT_EQ(sourceRef(QStringLiteral("inspections"), 12, 3), QStringLiteral("inspections/12#3"));
    const SourceRef s = parseSourceRef(QStringLiteral("inspections/12#3"));
    EXPECT_EQ(s.kindKey, QStringLiteral("inspections"));
    EXPECT_EQ(s.id, 12);
    EXPECT_EQ(s.lineNo, 3);
    EXPECT_TRUE(parseSourceRef(QStringLiteral("closing-checks/7")).isValid());
    EXPECT_FALSE(parseSourceRef(QStringLiteral("第12号")).isValid());
    Record bad = hazardIn(hz::kReported);
    bad.set(hz::kSource, QStringLiteral("第12号"));
    EXPECT_TRUE(hasErrorOn(validateRecord(hazardsKind(), bad, ctx()), hz::kSource));
}

TEST(Visitors, AdmittedBelowTheFeverThresholdRefusedAtIt) {
    const KindergartenSettings s;
    EXPECT_TRUE(visitorAdmitted(37.2, s));
    EXPECT_FALSE(visitorAdmitted(37.3, s));
    EXPECT_EQ(test::derived(visitorsKind(), visitorAt(37.2), ctx(), QStringLiteral("admission")),
              QStringLiteral("admitted"));
    EXPECT_EQ(test::derived(visitorsKind(), visitorAt(37.3), ctx(), QStringLiteral("admission")),
              QStringLiteral("refused"));
    // Refused is kept on record: a warning, not an error.
    const Issues refused = validateRecord(visitorsKind(), visitorAt(37.3), ctx());
    EXPECT_FALSE(hasErrors(refused));
    EXPECT_TRUE(hasWarningOn(refused, QStringLiteral("temperature_c")));
    KindergartenSettings strict;
    strict.feverThresholdC = 37.0;
    EXPECT_FALSE(visitorAdmitted(37.0, strict));
    EXPECT_TRUE(visitorAdmitted(36.9, strict));
}

TEST(Visitors, IdNumbersAreMaskedInListsAndCheckedWhenTyped) {
    EXPECT_EQ(maskedIdNumber(QStringLiteral("11010519491231002X")), QStringLiteral("1101**********002X"));
    const FieldDef* id = visitorsKind().field(QStringLiteral("id_number"));
    ASSERT_NE(id, nullptr);
    ASSERT_NE(id->displayAs, nullptr);
    EXPECT_EQ(id->displayAs(QStringLiteral("11010519491231002X")), QStringLiteral("1101**********002X"));
    Record r = visitorAt(36.5);
    r.set(QStringLiteral("id_number"), QStringLiteral("1101051949123100"));
    EXPECT_TRUE(hasErrorOn(validateRecord(visitorsKind(), r, ctx()), QStringLiteral("id_number")));
    r.set(QStringLiteral("id_number"), QStringLiteral("11010519491231002X"));
    EXPECT_FALSE(hasErrors(validateRecord(visitorsKind(), r, ctx())));
}

// What an import recognises as a masked number (and so does not read): the mask's own shape, and only it.
TEST(Visitors, AMaskedIdNumberIsRecognisedAndNothingElse) {
    const FieldDef* id = visitorsKind().field(QStringLiteral("id_number"));
    ASSERT_NE(id, nullptr);
    EXPECT_TRUE(id->hidesValue());
    EXPECT_EQ(id->isMasked, &isMaskedIdNumber);
    EXPECT_TRUE(isMaskedIdNumber(maskedIdNumber(QStringLiteral("11010519491231002X"))));
    EXPECT_TRUE(isMaskedIdNumber(QStringLiteral("1101*0626"))); // one star is a mask too
    EXPECT_FALSE(isMaskedIdNumber(QStringLiteral("11010519491231002X")));
    EXPECT_FALSE(isMaskedIdNumber(QStringLiteral("11010626"))); // 8 characters: nothing hidden
    EXPECT_FALSE(isMaskedIdNumber(QStringLiteral("1101")));
    EXPECT_FALSE(isMaskedIdNumber(QString()));
    EXPECT_FALSE(isMaskedIdNumber(QStringLiteral("1101*******1*0626"))); // a digit among the stars
    EXPECT_FALSE(isMaskedIdNumber(QStringLiteral("*101**********0626")));
    EXPECT_FALSE(isMaskedIdNumber(QStringLiteral("1101**********062*")));
    // Fields that show their value as it is hide nothing.
    EXPECT_FALSE(visitorsKind().field(QStringLiteral("name"))->hidesValue());
}

TEST(EarlyPickups, AChildLeavesOnlyWithTheTeachersSignature) {
    Record r = pickup();
    EXPECT_FALSE(hasErrors(validateRecord(earlyPickupsKind(), r, ctx()))); // not left yet
    r.set(QStringLiteral("left_at"), QDateTime(kToday, QTime(14, 10)));
    EXPECT_TRUE(
        hasErrorOn(validateRecord(earlyPickupsKind(), r, ctx()), QStringLiteral("teacher_signed_by")));
    r.set(QStringLiteral("teacher_signed_by"), QStringLiteral("赵老师"));
    EXPECT_FALSE(hasErrors(validateRecord(earlyPickupsKind(), r, ctx())));
}

TEST(Checklists, ANewRecordStartsFromTheTemplatesActiveItemsInOrder) {
    RuleContext c = ctx();
    c.findRecords = [](const QString& kind, const QString& field, const QVariant& value,
                       const QString& sort) {
        EXPECT_EQ(kind, QStringLiteral("checklist-items"));
        EXPECT_EQ(field, QStringLiteral("checklist"));
        EXPECT_EQ(value.toString(), QStringLiteral("closing-checks"));
        EXPECT_EQ(sort, QStringLiteral("sort_order"));
        auto item = [](const char* area, const char* text, bool active) {
            Record r;
            r.set(QStringLiteral("area"), QString::fromUtf8(area));
            r.set(QStringLiteral("item"), QString::fromUtf8(text));
            r.set(QStringLiteral("active"), active);
            return r;
        };
        return QList<Record>{item("水", "水龙头已关闭", true), item("电", "旧项目", false),
                             item("门窗", "门窗上锁", true)};
    };
    const Record fresh = newRecord(closingChecksKind(), nullptr, c);
    ASSERT_EQ(fresh.lines.size(), 2);
    EXPECT_EQ(fresh.lines[0].value(QStringLiteral("item")).toString(), QStringLiteral("水龙头已关闭"));
    EXPECT_EQ(fresh.lines[1].value(QStringLiteral("area")).toString(), QStringLiteral("门窗"));
    EXPECT_EQ(fresh.lines[0].value(QStringLiteral("result")).toString(), QStringLiteral("pass"));
    EXPECT_EQ(outcomeOf(fresh), QStringLiteral("passed"));
    Record failed = fresh;
    failed.lines[1].set(QStringLiteral("result"), QStringLiteral("fail"));
    EXPECT_EQ(outcomeOf(failed), QStringLiteral("problems"));
    EXPECT_EQ(hazardLines(inspectionsKind(), failed), QList<int>{1});
    // A failed item without a note is a warning on its line.
    failed.set(QStringLiteral("checker"), QStringLiteral("李四"));
    failed.set(QStringLiteral("campus"), QStringLiteral("滨豪园区"));
    bool warned = false;
    for (const Issue& i : validateRecord(closingChecksKind(), failed, c))
        warned = warned || (!i.isError() && i.field == lineIssueField(1, QStringLiteral("note")));
    EXPECT_TRUE(warned);
}

TEST(SafetyCommon, QuartersAndTheMonthsThemes) {
    EXPECT_EQ(quarterStart(QDate(2026, 11, 16)), QDate(2026, 10, 1));
    EXPECT_EQ(quarterStart(QDate(2026, 9, 30)), QDate(2026, 7, 1));
    EXPECT_EQ(quarterStart(QDate(2026, 1, 1)), QDate(2026, 1, 1));
    EXPECT_EQ(monthTheme(11), QStringLiteral("消防安全月"));
    EXPECT_EQ(monthTheme(12), QStringLiteral("交通安全“一盔一带”"));
    EXPECT_TRUE(monthTheme(7).isEmpty());
}
