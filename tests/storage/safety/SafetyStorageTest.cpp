// The safety module on a real database: the seeded checklists, hazards opened from failed items, the
// database's own refusals and the dashboard items on both sides of their boundaries.
#include "TestSupport.h"
#include "domain/safety/Checklists.h"
#include "domain/safety/Hazards.h"
#include "domain/safety/SafetyKinds.h"
#include "domain/staff/StaffKind.h"
#include "storage/AttentionService.h"
#include "storage/Query.h"
#include "storage/RecordRepository.h"
#include "storage/SettingsStore.h"
#include "storage/WorkflowService.h"
#include "storage/safety/LineHazards.h"

#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::safety;
namespace hz = houqin::safety::hazard;

namespace {
const QDate kMonday(2026, 11, 16); // the second month of the fourth quarter

class SafetyStorageTest : public ::testing::Test {
protected:
    test::TempDb t{QDateTime(kMonday, QTime(10, 0))};

    qint64 insert(const RecordKind& kind, const QVariantMap& values, bool fromTemplate = false) {
        Record r = fromTemplate ? newRecord(kind, nullptr, t->ruleContext()) : Record();
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            r.set(it.key(), it.value());
        auto id = RecordRepository(t.db(), kind).insert(r, test::tester());
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? *id : 0;
    }
    AttentionState state(const QString& key) {
        const AttentionItem* item = findAttentionItem(key);
        EXPECT_NE(item, nullptr) << key.toStdString();
        if (!item)
            return {};
        auto s = AttentionService(t.db()).evaluate(*item);
        EXPECT_TRUE(s.ok()) << (s.ok() ? std::string() : s.error().message.toStdString());
        return s.ok() ? *s : AttentionState{};
    }
    void setNow(QDate day) { t.setNow(QDateTime(day, QTime(10, 0))); }
};
} // namespace

TEST_F(SafetyStorageTest, ANewDatabaseHasTheDefaultChecklists) {
    const Record inspection = newRecord(inspectionsKind(), nullptr, t->ruleContext());
    QStringList areas;
    for (const Record& line : inspection.lines)
        if (!areas.contains(line.value(QStringLiteral("area")).toString()))
            areas << line.value(QStringLiteral("area")).toString();
    for (const char* area : {"消防器材", "疏散通道", "用电安全", "门窗", "大型玩具", "食堂燃气"})
        EXPECT_TRUE(areas.contains(QString::fromUtf8(area))) << area;
    EXPECT_FALSE(newRecord(closingChecksKind(), nullptr, t->ruleContext()).lines.isEmpty());
    EXPECT_FALSE(newRecord(hygieneChecksKind(), nullptr, t->ruleContext()).lines.isEmpty());
}

TEST_F(SafetyStorageTest, FailedItemsOpenLinkedHazardsOnceAndAllOrNothing) {
    Record check = newRecord(inspectionsKind(), nullptr, t->ruleContext());
    check.set(QStringLiteral("inspectors"), QStringLiteral("李主任、王老师"));
    check.lines[0].set(QStringLiteral("result"), QStringLiteral("fail"));
    check.lines[0].set(QStringLiteral("note"), QStringLiteral("二楼灭火器压力不足"));
    check.lines[4].set(QStringLiteral("result"), QStringLiteral("fail"));
    auto id = RecordRepository(t.db(), inspectionsKind()).insert(check, test::tester());
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();

    auto opened = openHazardsForLines(t.db(), inspectionsKind(), *id, test::tester());
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    ASSERT_EQ(opened->hazardIds.size(), 2);
    auto hazard = RecordRepository(t.db(), hazardsKind()).get(opened->hazardIds.first());
    ASSERT_TRUE(hazard.ok());
    EXPECT_EQ(hazard->value(hz::kSource).toString(), QStringLiteral("inspections/%1#1").arg(*id));
    EXPECT_EQ(hazard->value(hz::kState).toString(), hz::kReported);
    EXPECT_EQ(hazard->value(hz::kReportedBy).toString(), QStringLiteral("李主任"));
    EXPECT_TRUE(hazard->value(hz::kDescription).toString().contains(QStringLiteral("压力不足")));
    EXPECT_EQ(hazard->value(hz::kFoundOn).toDate(), kMonday);
    auto stored = RecordRepository(t.db(), inspectionsKind()).get(*id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(linkedHazards(*stored), opened->hazardIds);
    // Again: nothing new.
    auto again = openHazardsForLines(t.db(), inspectionsKind(), *id, test::tester());
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->hazardIds.isEmpty());
    EXPECT_EQ(again->alreadyOpen, 2);
    EXPECT_EQ(RecordRepository(t.db(), hazardsKind()).count().value(), 2);
}

TEST_F(SafetyStorageTest, AStoredHazardGoesRoundTheWorkflowAndTheOwnerCannotVerifyIt) {
    const qint64 id = insert(hazardsKind(), {{hz::kFoundOn, kMonday},
                                             {hz::kPlace, QStringLiteral("大型玩具区")},
                                             {hz::kCategory, QStringLiteral("facility")},
                                             {hz::kDescription, QStringLiteral("滑梯护栏螺丝松动")},
                                             {hz::kSeverity, QStringLiteral("major")},
                                             {hz::kState, hz::kReported}});
    WorkflowService wf(t.db());
    const Actor director{QStringLiteral("李主任")}, owner{QStringLiteral("王师傅")};
    ASSERT_TRUE(wf.take(hazardsKind(), id, QStringLiteral("assign"),
                        {{hz::kOwner, owner.name}, {hz::kDeadline, kMonday.addDays(3)}}, {}, director)
                    .ok());
    ASSERT_TRUE(wf.take(hazardsKind(), id, QStringLiteral("submit"),
                        {{hz::kMeasures, QStringLiteral("已紧固")}}, {}, owner)
                    .ok());
    EXPECT_FALSE(
        wf.take(hazardsKind(), id, QStringLiteral("verify"), {}, QStringLiteral("好了"), owner).ok());
    ASSERT_TRUE(
        wf.take(hazardsKind(), id, QStringLiteral("verify"), {}, QStringLiteral("复查合格"), director).ok());
    auto closed = RecordRepository(t.db(), hazardsKind()).get(id);
    ASSERT_TRUE(closed.ok());
    EXPECT_EQ(closed->value(hz::kState).toString(), hz::kClosed);
    EXPECT_EQ(closed->value(hz::kVerifiedBy).toString(), QStringLiteral("李主任"));
    EXPECT_EQ(wf.history(hazardsKind(), id)->size(), 3);
}

TEST_F(SafetyStorageTest, TheDatabaseRefusesAChildLeavingWithoutTheTeachersSignature) {
    Query q(t.db(),
            QStringLiteral("INSERT INTO early_pickups (created_at, created_by, updated_at, updated_by, "
                           "arrived_at, child, class_name, collector, relation, left_at) VALUES ('x', 'x', "
                           "'x', 'x', '2026-11-16T14:00:00', '李小明', '中一班', '李军', '父亲', "
                           "'2026-11-16T14:10:00')"));
    EXPECT_FALSE(q.exec().ok());
}

TEST_F(SafetyStorageTest, OverdueHazardsAreRaisedTheDayAfterTheirDeadline) {
    insert(hazardsKind(), {{hz::kFoundOn, kMonday.addDays(-7)},
                           {hz::kPlace, QStringLiteral("门卫室")},
                           {hz::kCategory, QStringLiteral("electrical")},
                           {hz::kDescription, QStringLiteral("插座破损")},
                           {hz::kSeverity, QStringLiteral("general")},
                           {hz::kState, hz::kInProgress},
                           {hz::kOwner, QStringLiteral("王师傅")},
                           {hz::kDeadline, kMonday}});
    EXPECT_FALSE(state(QStringLiteral("safety.hazards-overdue")).raised); // on the deadline day
    setNow(kMonday.addDays(1));
    const AttentionState s = state(QStringLiteral("safety.hazards-overdue"));
    EXPECT_TRUE(s.raised);
    EXPECT_EQ(s.count, 1);
}

TEST_F(SafetyStorageTest, AQuarterWithoutADrillIsRaisedFromItsSecondMonth) {
    setNow(QDate(2026, 10, 31)); // first month of the quarter: not yet
    EXPECT_FALSE(state(QStringLiteral("safety.no-drill-this-quarter")).raised);
    setNow(QDate(2026, 11, 1));
    EXPECT_TRUE(state(QStringLiteral("safety.no-drill-this-quarter")).raised);
    // A drill in the quarter before does not count; one in this quarter does.
    insert(drillsKind(), {{QStringLiteral("date"), QDate(2026, 9, 30)},
                          {QStringLiteral("drill_kind"), QStringLiteral("fire")},
                          {QStringLiteral("campus"), QStringLiteral("滨豪园区")}});
    EXPECT_TRUE(state(QStringLiteral("safety.no-drill-this-quarter")).raised);
    insert(drillsKind(), {{QStringLiteral("date"), QDate(2026, 10, 1)},
                          {QStringLiteral("drill_kind"), QStringLiteral("earthquake")},
                          {QStringLiteral("campus"), QStringLiteral("滨豪园区")}});
    EXPECT_FALSE(state(QStringLiteral("safety.no-drill-this-quarter")).raised);
}

TEST_F(SafetyStorageTest, StaffWithoutTheSemestersAgreementFromWeekTwo) {
    KindergartenSettings s = t->settings();
    s.semesterStart = QDate(2026, 9, 1);
    ASSERT_TRUE(SettingsStore::save(t.db(), s, test::tester()).ok());
    insert(staff::staffKind(), {{QStringLiteral("name"), QStringLiteral("王丽")},
                                {QStringLiteral("post"), QStringLiteral("childcare")},
                                {QStringLiteral("campus"), QStringLiteral("滨豪园区")},
                                {QStringLiteral("status"), QStringLiteral("active")}});
    setNow(QDate(2026, 9, 6)); // week 1
    EXPECT_FALSE(state(QStringLiteral("safety.staff-without-agreements")).raised);
    setNow(QDate(2026, 9, 7)); // week 2
    EXPECT_TRUE(state(QStringLiteral("safety.staff-without-agreements")).raised);
    // Last semester's agreement does not count; this one's (signed before term) does.
    insert(responsibilityAgreementsKind(), {{QStringLiteral("person"), QStringLiteral("王丽")},
                                            {QStringLiteral("agreement_kind"), QStringLiteral("safety")},
                                            {QStringLiteral("signed_on"), QDate(2026, 3, 2)}});
    EXPECT_TRUE(state(QStringLiteral("safety.staff-without-agreements")).raised);
    insert(responsibilityAgreementsKind(), {{QStringLiteral("person"), QStringLiteral("王丽")},
                                            {QStringLiteral("agreement_kind"), QStringLiteral("safety")},
                                            {QStringLiteral("signed_on"), QDate(2026, 8, 28)}});
    EXPECT_FALSE(state(QStringLiteral("safety.staff-without-agreements")).raised);
}

TEST_F(SafetyStorageTest, NoClosingCheckOnTheLastSchoolDay) {
    // Monday 16 November: the last school day is Friday the 13th.
    EXPECT_TRUE(state(QStringLiteral("safety.no-closing-check")).raised);
    Record check = newRecord(closingChecksKind(), nullptr, t->ruleContext());
    check.set(QStringLiteral("date"), QDate(2026, 11, 12)); // Thursday: not the last school day
    check.set(QStringLiteral("checker"), QStringLiteral("门卫老张"));
    ASSERT_TRUE(RecordRepository(t.db(), closingChecksKind()).insert(check, test::tester()).ok());
    EXPECT_TRUE(state(QStringLiteral("safety.no-closing-check")).raised);
    check.set(QStringLiteral("date"), QDate(2026, 11, 13));
    ASSERT_TRUE(RecordRepository(t.db(), closingChecksKind()).insert(check, test::tester()).ok());
    EXPECT_FALSE(state(QStringLiteral("safety.no-closing-check")).raised);
}

TEST_F(SafetyStorageTest, VisitorsNotSignedOutByTheEndOfTheDay) {
    insert(visitorsKind(), {{QStringLiteral("time_in"), QDateTime(kMonday, QTime(9, 0))},
                            {QStringLiteral("name"), QStringLiteral("张三")},
                            {QStringLiteral("purpose"), QStringLiteral("送货")}});
    EXPECT_FALSE(state(QStringLiteral("safety.visitors-not-signed-out")).raised); // still the same day
    setNow(kMonday.addDays(1));
    EXPECT_TRUE(state(QStringLiteral("safety.visitors-not-signed-out")).raised);
}

TEST_F(SafetyStorageTest, ClassesWithoutThisMonthsSafetyEducationFromThe20th) {
    insert(classesKind(), {{QStringLiteral("name"), QStringLiteral("中一班")},
                           {QStringLiteral("campus"), QStringLiteral("滨豪园区")},
                           {QStringLiteral("in_use"), true}});
    setNow(QDate(2026, 11, 19));
    EXPECT_FALSE(state(QStringLiteral("safety.classes-without-education")).raised);
    setNow(QDate(2026, 11, 20));
    EXPECT_TRUE(state(QStringLiteral("safety.classes-without-education")).raised);
    insert(safetyEducationKind(), {{QStringLiteral("date"), QDate(2026, 10, 20)},
                                   {QStringLiteral("theme"), QStringLiteral("食品安全")},
                                   {QStringLiteral("class_name"), QStringLiteral("中一班")},
                                   {QStringLiteral("form"), QStringLiteral("lesson")}});
    EXPECT_TRUE(state(QStringLiteral("safety.classes-without-education")).raised); // last month's
    insert(safetyEducationKind(), {{QStringLiteral("date"), QDate(2026, 11, 9)},
                                   {QStringLiteral("theme"), QStringLiteral("消防安全月")},
                                   {QStringLiteral("class_name"), QStringLiteral("中一班")},
                                   {QStringLiteral("form"), QStringLiteral("drill")}});
    EXPECT_FALSE(state(QStringLiteral("safety.classes-without-education")).raised);
}

TEST_F(SafetyStorageTest, AHazardFromAHygieneCheckTakesTheZonesCampus) {
    insert(hygieneZonesKind(), {{QStringLiteral("name"), QStringLiteral("二楼走廊")},
                                {QStringLiteral("campus"), QStringLiteral("新港园区")},
                                {QStringLiteral("responsible"), QStringLiteral("保洁刘阿姨")}});
    Record check = newRecord(hygieneChecksKind(), nullptr, t->ruleContext());
    check.set(QStringLiteral("zone"), QStringLiteral("二楼走廊"));
    check.set(QStringLiteral("inspector"), QStringLiteral("李主任"));
    check.lines[0].set(QStringLiteral("result"), QStringLiteral("fail"));
    check.lines[0].set(QStringLiteral("note"), QStringLiteral("地面有积水"));
    auto id = RecordRepository(t.db(), hygieneChecksKind()).insert(check, test::tester());
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    auto opened = openHazardsForLines(t.db(), hygieneChecksKind(), *id, test::tester());
    ASSERT_TRUE(opened.ok() && opened->hazardIds.size() == 1);
    auto hazard = RecordRepository(t.db(), hazardsKind()).get(opened->hazardIds.first());
    ASSERT_TRUE(hazard.ok());
    EXPECT_EQ(hazard->value(hz::kCampus).toString(), QStringLiteral("新港园区"));
    EXPECT_EQ(hazard->value(hz::kCategory).toString(), QStringLiteral("hygiene"));
    EXPECT_TRUE(hazard->value(hz::kPlace).toString().startsWith(QStringLiteral("二楼走廊")));
}

// The three windows are settings: each item starts on the day the settings give, not a day before.
TEST_F(SafetyStorageTest, TheSafetyReminderWindowsAreSettings) {
    KindergartenSettings s = t->settings();
    s.semesterStart = QDate(2026, 9, 1);
    s.drillRemindFromQuarterMonth = 3;
    s.agreementsRemindFromWeek = 4;
    s.educationRemindFromDay = 10;
    ASSERT_TRUE(SettingsStore::save(t.db(), s, test::tester()).ok());
    insert(staff::staffKind(), {{QStringLiteral("name"), QStringLiteral("王丽")},
                                {QStringLiteral("post"), QStringLiteral("childcare")},
                                {QStringLiteral("campus"), QStringLiteral("滨豪园区")},
                                {QStringLiteral("status"), QStringLiteral("active")}});
    insert(classesKind(), {{QStringLiteral("name"), QStringLiteral("中一班")},
                           {QStringLiteral("campus"), QStringLiteral("滨豪园区")},
                           {QStringLiteral("in_use"), true}});
    setNow(QDate(2026, 9, 20)); // week 3, the 20th
    EXPECT_FALSE(state(QStringLiteral("safety.staff-without-agreements")).raised);
    setNow(QDate(2026, 9, 21)); // week 4
    EXPECT_TRUE(state(QStringLiteral("safety.staff-without-agreements")).raised);
    setNow(QDate(2026, 11, 30)); // second month of the quarter
    EXPECT_FALSE(state(QStringLiteral("safety.no-drill-this-quarter")).raised);
    setNow(QDate(2026, 12, 1)); // third
    EXPECT_TRUE(state(QStringLiteral("safety.no-drill-this-quarter")).raised);
    setNow(QDate(2026, 12, 9));
    EXPECT_FALSE(state(QStringLiteral("safety.classes-without-education")).raised);
    setNow(QDate(2026, 12, 10));
    EXPECT_TRUE(state(QStringLiteral("safety.classes-without-education")).raised);
}
