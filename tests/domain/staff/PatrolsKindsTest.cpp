// The staff-and-training module's walk-throughs, mentor pairs, competitions and awards: their rules on both
// sides of every boundary, the round-by-round prefill, and which lines open a hazard.
#include "../canteen/CanteenTestSupport.h"
#include "domain/KindRegistry.h"
#include "domain/safety/Checklists.h"
#include "domain/safety/Hazards.h"
#include "domain/safety/SafetyKinds.h"
#include "domain/staff/Mentoring.h"
#include "domain/staff/Patrols.h"

#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::staff;
using houqin::test::hasErrorOn;
namespace pt = houqin::staff::patrol;
namespace mt = houqin::staff::mentoring;

namespace {
const QDate kToday(2026, 11, 18);

Record finding(const QString& kind, const QString& area = QStringLiteral("食堂"),
               const QString& note = QStringLiteral("操作间地面湿滑")) {
    Record line;
    line.set(pt::kFinding, kind);
    line.set(pt::kArea, area);
    line.set(pt::kNote, note);
    return line;
}

Record patrolOf(const QString& round, const QString& admin = QStringLiteral("王芳")) {
    Record r;
    r.set(pt::kDate, kToday);
    r.set(pt::kRound, round);
    r.set(pt::kAdministrator, admin);
    r.set(pt::kCampus, KindergartenSettings::defaultCampus());
    r.set(pt::kAreas, QStringLiteral("校园、教室、食堂"));
    return r;
}

Record pair(QDate start, QDate end = {}) {
    Record r;
    r.set(mt::kMentor, QStringLiteral("张霞"));
    r.set(mt::kApprentice, QStringLiteral("陈文静"));
    r.set(mt::kStart, start);
    if (end.isValid())
        r.set(mt::kEnd, end);
    return r;
}
} // namespace

TEST(PatrolsKinds, AreRegisteredUnderTheIssueKeys) {
    for (const char* key : {"patrols", "mentor-pairs", "competitions", "awards"})
        EXPECT_NE(findKind(QLatin1String(key)), nullptr) << key;
}

TEST(PatrolsKinds, ThreeRoundsKeyedOneToThree) {
    const FieldDef* round = patrolsKind().field(pt::kRound);
    ASSERT_NE(round, nullptr);
    QStringList keys;
    for (const ChoiceDef& c : round->choices)
        keys << c.key;
    EXPECT_EQ(keys, (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    const RuleContext c = test::ctxOn(kToday);
    EXPECT_FALSE(hasErrorOn(validateRecord(patrolsKind(), patrolOf(QStringLiteral("3")), c), pt::kRound));
    EXPECT_TRUE(hasErrorOn(validateRecord(patrolsKind(), patrolOf(QStringLiteral("4")), c), pt::kRound));
}

TEST(PatrolsKinds, AFindingNeedsAnAreaAndANote) {
    const RuleContext c = test::ctxOn(kToday);
    Record r = patrolOf(QStringLiteral("1"));
    r.lines << finding(pt::kProblem);
    EXPECT_TRUE(validateRecord(patrolsKind(), r, c).isEmpty());
    r.lines[0].set(pt::kNote, QString());
    EXPECT_TRUE(hasErrorOn(validateRecord(patrolsKind(), r, c), lineIssueField(0, pt::kNote)));
    r.lines[0] = finding(pt::kMerit, QString());
    EXPECT_TRUE(hasErrorOn(validateRecord(patrolsKind(), r, c), lineIssueField(0, pt::kArea)));
}

TEST(PatrolsKinds, AProblemOpensAHazardAMeritDoesNot) {
    Record r = patrolOf(QStringLiteral("2"));
    r.lines << finding(pt::kMerit) << finding(pt::kProblem) << finding(pt::kMerit) << finding(pt::kProblem);
    EXPECT_TRUE(safety::linesOpenHazards(patrolsKind()));
    EXPECT_EQ(safety::hazardLines(patrolsKind(), r), (QList<int>{1, 3}));
    EXPECT_EQ(deriveValues(patrolsKind(), r, test::ctxOn(kToday)).value(pt::kProblems).toInt(), 2);
    // The checklists keep their rule: a failed item, not a passed one.
    Record inspection;
    Record passed, failed;
    passed.set(safety::checklist::kResult, safety::checklist::kPass);
    failed.set(safety::checklist::kResult, safety::checklist::kFail);
    inspection.lines << passed << failed;
    EXPECT_EQ(safety::hazardLines(safety::inspectionsKind(), inspection), QList<int>{1});
    // Kinds whose lines open none.
    EXPECT_FALSE(safety::linesOpenHazards(mentorPairsKind()));
    EXPECT_TRUE(safety::hazardLines(mentorPairsKind(), inspection).isEmpty());
}

TEST(PatrolsKinds, AFindingsAreaSuggestsTheHazardsCategory) {
    EXPECT_EQ(safety::categoryForArea(QStringLiteral("食堂")), QStringLiteral("food"));
    EXPECT_EQ(safety::categoryForArea(QStringLiteral("教室")), QStringLiteral("facility"));
    EXPECT_EQ(safety::categoryForArea(QStringLiteral("校园")), QStringLiteral("facility"));
    EXPECT_EQ(safety::categoryForArea(QStringLiteral("保洁区")), QStringLiteral("hygiene"));
    // The checklists' areas read as before.
    EXPECT_EQ(safety::categoryForArea(QStringLiteral("用电安全")), QStringLiteral("electrical"));
    EXPECT_EQ(safety::categoryForArea(QStringLiteral("消防器材")), QStringLiteral("fire"));
    EXPECT_EQ(safety::categoryForArea(QStringLiteral("食堂燃气")), QStringLiteral("facility"));
    EXPECT_EQ(safety::categoryForArea(QStringLiteral("门窗")), QStringLiteral("facility"));
}

TEST(PatrolsKinds, TheDaysSheetIsFilledRoundByRound) {
    EXPECT_EQ(nextRound({}), 1);
    EXPECT_EQ(nextRound({QStringLiteral("1")}), 2);
    EXPECT_EQ(nextRound({QStringLiteral("1"), QStringLiteral("2")}), 3);
    EXPECT_EQ(nextRound({QStringLiteral("2")}), 1); // a round skipped is offered first
    EXPECT_EQ(nextRound({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}), 0);

    // Recorded today: 王芳's first and second rounds, 李强's first.
    QList<Record> stored{patrolOf(QStringLiteral("1")), patrolOf(QStringLiteral("2")),
                         patrolOf(QStringLiteral("1"), QStringLiteral("李强"))};
    RuleContext c = test::ctxOn(kToday);
    c.findRecords = [&](const QString& kind, const QString& field, const QVariant& value, const QString&) {
        QList<Record> out;
        if (kind == patrolsKind().key)
            for (const Record& r : stored)
                if (r.value(field) == value)
                    out << r;
        return out;
    };
    Record previous = patrolOf(QStringLiteral("2"));
    previous.set(pt::kDate, kToday.addDays(-1));
    Record fresh = newRecord(patrolsKind(), &previous, c);
    EXPECT_EQ(fresh.value(pt::kDate).toDate(), kToday);
    EXPECT_EQ(fresh.value(pt::kAdministrator).toString(), QStringLiteral("王芳"));
    EXPECT_EQ(fresh.value(pt::kRound).toString(), QStringLiteral("3"));
    previous.set(pt::kAdministrator, QStringLiteral("李强"));
    EXPECT_EQ(newRecord(patrolsKind(), &previous, c).value(pt::kRound).toString(), QStringLiteral("2"));
    // All three done: no round is guessed.
    stored << patrolOf(QStringLiteral("3"));
    previous.set(pt::kAdministrator, QStringLiteral("王芳"));
    EXPECT_TRUE(newRecord(patrolsKind(), &previous, c).isEmpty(pt::kRound));
    // The very first patrol: today, no administrator yet.
    Record first = newRecord(patrolsKind(), nullptr, c);
    EXPECT_EQ(first.value(pt::kDate).toDate(), kToday);
    EXPECT_TRUE(first.isEmpty(pt::kAdministrator));
}

TEST(PatrolsKinds, TheUniqueRoundIsDeclaredAndTranslatable) {
    const StoredConstraint* c = patrolsKind().constraintFor(
        QStringLiteral("UNIQUE constraint failed: patrols.administrator, patrols.date, patrols.round"));
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->field, pt::kRound);
}

TEST(MentorPairs, MentorAndApprenticeAreDifferentPeople) {
    const RuleContext c = test::ctxOn(kToday);
    Record r = pair(QDate(2026, 9, 1));
    EXPECT_FALSE(hasErrorOn(validateRecord(mentorPairsKind(), r, c), mt::kApprentice));
    r.set(mt::kApprentice, QStringLiteral("张霞"));
    EXPECT_TRUE(hasErrorOn(validateRecord(mentorPairsKind(), r, c), mt::kApprentice));
    r.set(mt::kApprentice, QStringLiteral(" 张霞 "));
    EXPECT_TRUE(hasErrorOn(validateRecord(mentorPairsKind(), r, c), mt::kApprentice));
}

TEST(MentorPairs, TheEndIsNotBeforeTheStart) {
    const RuleContext c = test::ctxOn(kToday);
    EXPECT_TRUE(hasErrorOn(validateRecord(mentorPairsKind(), pair(QDate(2026, 9, 1), QDate(2026, 8, 31)), c),
                           mt::kEnd));
    EXPECT_FALSE(hasErrorOn(validateRecord(mentorPairsKind(), pair(QDate(2026, 9, 1), QDate(2026, 9, 1)), c),
                            mt::kEnd));
    EXPECT_FALSE(hasErrorOn(validateRecord(mentorPairsKind(), pair(QDate(2026, 9, 1)), c), mt::kEnd));
}

TEST(MentorPairs, AReviewNamesAMonthOnce) {
    const RuleContext c = test::ctxOn(kToday);
    Record r = pair(QDate(2026, 9, 1));
    Record review;
    review.set(mt::kMonth, QStringLiteral("2026-11"));
    review.set(mt::kNote, QStringLiteral("进步明显"));
    r.lines << review;
    EXPECT_TRUE(validateRecord(mentorPairsKind(), r, c).isEmpty());
    r.lines << review;
    EXPECT_TRUE(hasErrorOn(validateRecord(mentorPairsKind(), r, c), lineIssueField(1, mt::kMonth)));
    r.lines[1].set(mt::kMonth, QStringLiteral("2026-12"));
    EXPECT_TRUE(validateRecord(mentorPairsKind(), r, c).isEmpty());
    for (const char* bad : {"2026-13", "2026-00", "2026-1", "11/2026"}) {
        r.lines[1].set(mt::kMonth, QLatin1String(bad));
        EXPECT_TRUE(hasErrorOn(validateRecord(mentorPairsKind(), r, c), lineIssueField(1, mt::kMonth)))
            << bad;
    }
}

TEST(Recognition, CompetitionsAndAwardsNeedTheirPeople) {
    const RuleContext c = test::ctxOn(kToday);
    Record contest;
    contest.set(QStringLiteral("date"), kToday);
    contest.set(QStringLiteral("title"), QStringLiteral("保育员技能竞赛"));
    EXPECT_TRUE(hasErrorOn(validateRecord(competitionsKind(), contest, c), QStringLiteral("participants")));
    contest.set(QStringLiteral("participants"), QStringLiteral("张霞、陈文静"));
    EXPECT_TRUE(validateRecord(competitionsKind(), contest, c).isEmpty());
    Record award;
    award.set(QStringLiteral("date"), kToday);
    award.set(QStringLiteral("title"), QStringLiteral("优秀保育员"));
    EXPECT_TRUE(hasErrorOn(validateRecord(awardsKind(), award, c), QStringLiteral("winner")));
    award.set(QStringLiteral("winner"), QStringLiteral("张霞"));
    EXPECT_TRUE(validateRecord(awardsKind(), award, c).isEmpty());
}
