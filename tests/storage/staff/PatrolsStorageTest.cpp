// The walk-throughs and mentor pairs on a real database: a problem opens a linked hazard through the one
// mechanism, one patrol per date, round and administrator, and the dashboard items on both sides of each
// round's time, with two and three rounds on a day.
#include "TestSupport.h"
#include "domain/safety/Hazards.h"
#include "domain/staff/Mentoring.h"
#include "domain/staff/Patrols.h"
#include "domain/staff/StaffKind.h"
#include "storage/AttentionService.h"
#include "storage/RecordRepository.h"
#include "storage/SettingsStore.h"
#include "storage/safety/LineHazards.h"

#include <gtest/gtest.h>

using namespace houqin;
namespace pt = houqin::staff::patrol;
namespace mt = houqin::staff::mentoring;
namespace hz = houqin::safety::hazard;

namespace {
const QDate kWednesday(2026, 11, 18);

class PatrolsStorageTest : public ::testing::Test {
protected:
    test::TempDb t{QDateTime(kWednesday, QTime(10, 0))};

    void SetUp() override {
        addStaff(QStringLiteral("王芳"), QStringLiteral("administrator"));
        addStaff(QStringLiteral("李强"), QStringLiteral("administrator"));
        addStaff(QStringLiteral("赵离"), QStringLiteral("administrator"), QStringLiteral("left"));
        addStaff(QStringLiteral("张霞"), QStringLiteral("childcare"));
    }
    void addStaff(const QString& name, const QString& post,
                  const QString& status = QStringLiteral("active")) {
        Record r;
        r.set(QStringLiteral("name"), name);
        r.set(QStringLiteral("post"), post);
        r.set(QStringLiteral("campus"), t->settings().campuses.first());
        r.set(QStringLiteral("status"), status);
        auto id = RecordRepository(t.db(), staff::staffKind()).insert(r, test::tester());
        ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    }
    Record patrol(int round, const QString& admin, QDate day = kWednesday) {
        Record r;
        r.set(pt::kDate, day);
        r.set(pt::kRound, pt::roundKey(round));
        r.set(pt::kAdministrator, admin);
        r.set(pt::kCampus, t->settings().campuses.first());
        r.set(pt::kAreas, QStringLiteral("校园、教室、食堂"));
        return r;
    }
    qint64 record(int round, const QString& admin, QDate day = kWednesday) {
        auto id =
            RecordRepository(t.db(), staff::patrolsKind()).insert(patrol(round, admin, day), test::tester());
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
    AttentionState round(int n) { return state(QStringLiteral("staff.patrol-round-%1-missing").arg(n)); }
    void at(QDate day, QTime time) { t.setNow(QDateTime(day, time)); }
};
} // namespace

TEST_F(PatrolsStorageTest, AProblemOpensOneLinkedHazardNamingThePatrolAndItsArea) {
    Record r = patrol(2, QStringLiteral("王芳"));
    Record merit, problem;
    merit.set(pt::kFinding, pt::kMerit);
    merit.set(pt::kArea, QStringLiteral("教室"));
    merit.set(pt::kNote, QStringLiteral("物品摆放整齐"));
    problem.set(pt::kFinding, pt::kProblem);
    problem.set(pt::kArea, QStringLiteral("食堂"));
    problem.set(pt::kNote, QStringLiteral("生熟砧板混放"));
    r.lines << merit << problem;
    auto id = RecordRepository(t.db(), staff::patrolsKind()).insert(r, test::tester());
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();

    auto opened = safety::openHazardsForLines(t.db(), staff::patrolsKind(), *id, test::tester());
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    ASSERT_EQ(opened->hazardIds.size(), 1);
    auto hazard = RecordRepository(t.db(), safety::hazardsKind()).get(opened->hazardIds.first());
    ASSERT_TRUE(hazard.ok());
    EXPECT_EQ(hazard->value(hz::kSource).toString(), QStringLiteral("patrols/%1#2").arg(*id));
    EXPECT_EQ(hazard->value(hz::kPlace).toString(), QStringLiteral("食堂"));
    EXPECT_EQ(hazard->value(hz::kCategory).toString(), QStringLiteral("food"));
    EXPECT_EQ(hazard->value(hz::kDescription).toString(), QStringLiteral("生熟砧板混放"));
    EXPECT_EQ(hazard->value(hz::kReportedBy).toString(), QStringLiteral("王芳"));
    EXPECT_EQ(hazard->value(hz::kCampus).toString(), t->settings().campuses.first());
    EXPECT_EQ(hazard->value(hz::kFoundOn).toDate(), kWednesday);
    EXPECT_EQ(hazard->value(hz::kState).toString(), hz::kReported);
    auto stored = RecordRepository(t.db(), staff::patrolsKind()).get(*id);
    ASSERT_TRUE(stored.ok());
    EXPECT_TRUE(stored->lines.at(0).isEmpty(pt::kHazardId)); // the merit opened nothing
    EXPECT_EQ(safety::linkedHazards(*stored), opened->hazardIds);
    auto again = safety::openHazardsForLines(t.db(), staff::patrolsKind(), *id, test::tester());
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->hazardIds.isEmpty());
    EXPECT_EQ(again->alreadyOpen, 1);
    EXPECT_EQ(RecordRepository(t.db(), safety::hazardsKind()).count().value(), 1);
}

TEST_F(PatrolsStorageTest, AKindWhoseLinesOpenNoHazardIsRefused) {
    auto r = safety::openHazardsForLines(t.db(), staff::mentorPairsKind(), 1, test::tester());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::Usage);
}

TEST_F(PatrolsStorageTest, OnePatrolPerDateRoundAndAdministrator) {
    record(1, QStringLiteral("王芳"));
    RecordRepository repo(t.db(), staff::patrolsKind());
    auto twice = repo.insert(patrol(1, QStringLiteral("王芳")), test::tester());
    ASSERT_FALSE(twice.ok());
    bool onRound = false;
    for (const Issue& i : twice.error().issues)
        onRound = onRound || i.field == pt::kRound;
    EXPECT_TRUE(onRound) << twice.error().message.toStdString();
    // Another round, another administrator or another day is a patrol of its own.
    EXPECT_TRUE(repo.insert(patrol(2, QStringLiteral("王芳")), test::tester()).ok());
    EXPECT_TRUE(repo.insert(patrol(1, QStringLiteral("李强")), test::tester()).ok());
    EXPECT_TRUE(repo.insert(patrol(1, QStringLiteral("王芳"), kWednesday.addDays(1)), test::tester()).ok());
}

TEST_F(PatrolsStorageTest, ANewPatrolOffersTheAdministratorsNextRoundToday) {
    const qint64 first = record(1, QStringLiteral("王芳"));
    auto previous = RecordRepository(t.db(), staff::patrolsKind()).get(first);
    ASSERT_TRUE(previous.ok());
    Record fresh = newRecord(staff::patrolsKind(), &*previous, t->ruleContext());
    EXPECT_EQ(fresh.value(pt::kRound).toString(), QStringLiteral("2"));
    EXPECT_EQ(fresh.value(pt::kAdministrator).toString(), QStringLiteral("王芳"));
    EXPECT_EQ(fresh.value(pt::kDate).toDate(), kWednesday);
}

TEST_F(PatrolsStorageTest, EachRoundIsMissingFromItsTimeOn) {
    const struct {
        int round;
        QTime due;
    } rounds[] = {{1, QTime(10, 0)}, {2, QTime(14, 0)}, {3, QTime(17, 0)}};
    for (const auto& r : rounds) {
        SCOPED_TRACE(r.round);
        at(kWednesday, r.due.addSecs(-60));
        EXPECT_FALSE(round(r.round).raised);
        at(kWednesday, r.due);
        EXPECT_TRUE(round(r.round).raised);
        EXPECT_EQ(round(r.round).count, 2); // two active administrators; the one who left is not asked
    }
}

TEST_F(PatrolsStorageTest, TwoRoundsOnADayLeaveTheThirdMissingThreeLeaveNothing) {
    at(kWednesday, QTime(17, 30));
    for (const QString& admin : {QStringLiteral("王芳"), QStringLiteral("李强")}) {
        record(1, admin);
        record(2, admin);
    }
    EXPECT_FALSE(round(1).raised);
    EXPECT_FALSE(round(2).raised);
    EXPECT_TRUE(round(3).raised);
    EXPECT_EQ(round(3).count, 2);
    record(3, QStringLiteral("王芳"));
    EXPECT_EQ(round(3).count, 1); // 李强 still owes the third round
    record(3, QStringLiteral("李强"));
    EXPECT_FALSE(round(3).raised);
    // Yesterday's rounds do not count for today.
    at(kWednesday.addDays(1), QTime(17, 30));
    EXPECT_TRUE(round(1).raised);
}

TEST_F(PatrolsStorageTest, RoundsAreAskedForOnSchoolDaysOnly) {
    at(QDate(2026, 11, 21), QTime(18, 0)); // a Saturday
    for (int n = 1; n <= 3; ++n)
        EXPECT_FALSE(round(n).raised) << n;
    at(QDate(2026, 11, 20), QTime(18, 0)); // a Friday
    for (int n = 1; n <= 3; ++n)
        EXPECT_TRUE(round(n).raised) << n;
}

TEST_F(PatrolsStorageTest, TheRoundTimesComeFromTheSettings) {
    KindergartenSettings s = t->settings();
    s.name = QStringLiteral("阳光幼儿园");
    s.patrolRoundTimes = {QTime(9, 0), QTime(13, 0), QTime(16, 0)};
    ASSERT_TRUE(SettingsStore::save(t.db(), s, test::tester()).ok());
    at(kWednesday, QTime(8, 59));
    EXPECT_FALSE(round(1).raised);
    at(kWednesday, QTime(9, 0));
    EXPECT_TRUE(round(1).raised);
    at(kWednesday, QTime(15, 59));
    EXPECT_TRUE(round(2).raised);
    EXPECT_FALSE(round(3).raised);
    at(kWednesday, QTime(16, 0));
    EXPECT_TRUE(round(3).raised);
}

TEST_F(PatrolsStorageTest, AnActiveMentorPairWithoutThisMonthsReviewIsRaised) {
    const QString key = QStringLiteral("staff.mentor-pairs-without-review");
    RecordRepository repo(t.db(), staff::mentorPairsKind());
    auto pairFrom = [](QDate start, QDate end, QStringList months) {
        Record r;
        r.set(mt::kMentor, QStringLiteral("张霞"));
        r.set(mt::kApprentice, QStringLiteral("陈文静"));
        r.set(mt::kStart, start);
        if (end.isValid())
            r.set(mt::kEnd, end);
        for (const QString& m : months) {
            Record line;
            line.set(mt::kMonth, m);
            line.set(mt::kNote, QStringLiteral("按计划推进"));
            r.lines << line;
        }
        return r;
    };
    EXPECT_FALSE(state(key).raised);
    // Reviewed last month only: raised.
    auto id = repo.insert(pairFrom(QDate(2026, 9, 1), {}, {QStringLiteral("2026-10")}), test::tester());
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    EXPECT_EQ(state(key).count, 1);
    // This month's review: not raised.
    auto pair = repo.get(*id);
    ASSERT_TRUE(pair.ok());
    Record line;
    line.set(mt::kMonth, QStringLiteral("2026-11"));
    line.set(mt::kNote, QStringLiteral("能独立完成午睡照料"));
    pair->lines << line;
    ASSERT_TRUE(repo.update(*pair, test::tester()).ok());
    EXPECT_FALSE(state(key).raised);
    // A pair that ended yesterday is not asked; one that ends today still is; one that starts tomorrow not.
    ASSERT_TRUE(repo.insert(pairFrom(QDate(2026, 3, 1), kWednesday.addDays(-1), {}), test::tester()).ok());
    EXPECT_FALSE(state(key).raised);
    ASSERT_TRUE(repo.insert(pairFrom(QDate(2026, 3, 1), kWednesday, {}), test::tester()).ok());
    EXPECT_EQ(state(key).count, 1);
    ASSERT_TRUE(repo.insert(pairFrom(kWednesday.addDays(1), {}, {}), test::tester()).ok());
    EXPECT_EQ(state(key).count, 1);
    // Next month, the pair reviewed in November is due again.
    at(QDate(2026, 12, 1), QTime(10, 0));
    EXPECT_EQ(state(key).count, 2);
}
