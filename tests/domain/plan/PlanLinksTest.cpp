// Which plan tasks a record completes (the plan as a live checklist), on both sides of each condition.
#include "domain/plan/PlanLinks.h"

#include "domain/plan/PlanTasks.h"

#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::plan;
namespace tf = houqin::plan::taskfield;

namespace {

Record task(qint64 id, int month, int week, QDate due, const QString& title,
            const QString& category = taskcategory::kSafety,
            const QString& status = taskstatus::kNotStarted) {
    Record t;
    t.id = id;
    t.set(tf::kMonth, qint64(month));
    t.set(tf::kWeek, qint64(week));
    t.set(tf::kDueDate, due);
    t.set(tf::kTitle, title);
    t.set(tf::kCategory, category);
    t.set(tf::kStatus, status);
    return t;
}

QList<qint64> ids(const QList<Record>& tasks) {
    QList<qint64> out;
    for (const Record& t : tasks)
        out << t.id;
    return out;
}

} // namespace

TEST(PlanLinks, MatchesOpenTasksOfTheCategoryMonthAndWordsWithItsWeekFirst) {
    const PlanLinkRule* rule = planLinkRule(QStringLiteral("safety-education"));
    ASSERT_NE(rule, nullptr);
    const QDate day(2026, 9, 10); // Thursday; its week ends on Sunday 13 September
    const QList<Record> tasks{
        task(1, 9, 1, QDate(2026, 9, 6), QStringLiteral("上好开学安全第一课的活动。")),
        task(2, 9, 2, QDate(2026, 9, 13), QStringLiteral("各年龄段开展交通安全教育活动")),
        task(3, 9, 2, QDate(2026, 9, 13), QStringLiteral("完善录入门禁系统")),               // no word
        task(4, 9, 2, QDate(2026, 9, 13), QStringLiteral("安全教育"), taskcategory::kStaff), // category
        task(5, 9, 2, QDate(2026, 9, 13), QStringLiteral("安全教育"), taskcategory::kSafety,
             taskstatus::kDone),
        task(6, 10, 5, QDate(2026, 10, 4), QStringLiteral("食品安全安全教育活动")), // month
        task(7, 9, 2, QDate(2025, 9, 14), QStringLiteral("交通安全教育")),          // last year
        task(8, 9, 0, QDate(2026, 8, 10), QStringLiteral("安全教育 31 days before")),
        task(9, 9, 0, QDate(2026, 8, 9), QStringLiteral("安全教育 32 days before")),
        task(10, 10, 2, QDate(2026, 9, 13), QStringLiteral("居家安全教育 filed under October")), // same week
        task(11, 10, 3, QDate(2026, 9, 20), QStringLiteral("居家安全教育 next week, October")),
    };
    EXPECT_EQ(ids(matchingTasks(*rule, Record(), day, tasks)), (QList<qint64>{2, 10, 8, 1}));
}

TEST(PlanLinks, ARuleMayDependOnTheRecord) {
    const PlanLinkRule* rule = planLinkRule(QStringLiteral("inspections"));
    ASSERT_NE(rule, nullptr);
    const QList<Record> tasks{
        task(1, 8, 0, QDate(2026, 8, 30), QStringLiteral("做好开学安全隐患大排查工作"))};
    Record routine, preTerm;
    routine.set(QStringLiteral("inspection_type"), QStringLiteral("routine"));
    preTerm.set(QStringLiteral("inspection_type"), QStringLiteral("pre-term"));
    EXPECT_TRUE(matchingTasks(*rule, routine, QDate(2026, 8, 28), tasks).isEmpty());
    EXPECT_EQ(ids(matchingTasks(*rule, preTerm, QDate(2026, 8, 28), tasks)), QList<qint64>{1});
    EXPECT_EQ(planLinkRule(QStringLiteral("food-samples")), nullptr);
}

TEST(PlanLinks, CompletingATaskLinksTheRecordOnceAndKeepsAnOutcome) {
    Record t = task(1, 9, 2, QDate(2026, 9, 13), QStringLiteral("交通安全教育"));
    Record done =
        completedBy(t, QStringLiteral("safety-education"), 12, QStringLiteral("大一班"), QDate(2026, 9, 10));
    EXPECT_EQ(done.value(tf::kStatus).toString(), taskstatus::kDone);
    EXPECT_EQ(done.value(tf::kDoneOn).toDate(), QDate(2026, 9, 10));
    EXPECT_EQ(done.value(tf::kLink).toString(), QStringLiteral("safety-education/12"));
    EXPECT_EQ(done.value(tf::kOutcome).toString(), QStringLiteral("大一班"));
    done.set(tf::kOutcome, QStringLiteral("三个班完成"));
    Record twice =
        completedBy(done, QStringLiteral("safety-education"), 12, QStringLiteral("x"), QDate(2026, 9, 10));
    Record other =
        completedBy(twice, QStringLiteral("safety-education"), 13, QStringLiteral("x"), QDate(2026, 9, 11));
    EXPECT_EQ(other.value(tf::kLink).toString(), QStringLiteral("safety-education/12 safety-education/13"));
    EXPECT_EQ(other.value(tf::kOutcome).toString(), QStringLiteral("三个班完成"));
}

TEST(PlanLinks, AStudySessionDoesTheStudyTaskASkillsSessionTheSkillsOne) {
    const PlanLinkRule* rule = planLinkRule(QStringLiteral("training-sessions"));
    ASSERT_NE(rule, nullptr);
    const QDate day(2026, 12, 9); // week 15 of a semester starting 1 September 2026; Sunday 13 December
    const QList<Record> tasks{
        task(1, 12, 15, QDate(2026, 12, 13), QStringLiteral("后勤业务学习之《幼儿园保育教育质量评估指标》"),
             taskcategory::kStaff),
        task(2, 12, 15, QDate(2026, 12, 13), QStringLiteral("后勤技能学习之彩泥（四）"),
             taskcategory::kStaff),
        task(3, 12, 15, QDate(2026, 12, 13), QStringLiteral("后勤会议：一月一次理论考试。"),
             taskcategory::kStaff),
    };
    Record theory, skills, canteen;
    theory.set(QStringLiteral("kind"), QStringLiteral("theory"));
    canteen.set(QStringLiteral("kind"), QStringLiteral("canteen-theory"));
    skills.set(QStringLiteral("kind"), QStringLiteral("skills"));
    EXPECT_EQ(ids(matchingTasks(*rule, theory, day, tasks)), QList<qint64>{1});
    EXPECT_EQ(ids(matchingTasks(*rule, canteen, day, tasks)), QList<qint64>{1});
    EXPECT_EQ(ids(matchingTasks(*rule, skills, day, tasks)), QList<qint64>{2});
    EXPECT_EQ(ids(matchingTasks(*planLinkRule(QStringLiteral("exams")), Record(), day, tasks)),
              QList<qint64>{3});
}

TEST(PlanLinks, TheMonthsAppraisalsDoTheirTaskTogetherNotOneByOne) {
    const PlanLinkRule* appraisals = planLinkRule(QStringLiteral("appraisals"));
    ASSERT_NE(appraisals, nullptr);
    EXPECT_TRUE(appraisals->wholeMonth);
    EXPECT_FALSE(planLinkRule(QStringLiteral("exams"))->wholeMonth);
    const QList<Record> tasks{
        task(1, 12, 16, QDate(2026, 12, 20), QStringLiteral("做好后勤人员月考核工作"), taskcategory::kStaff),
        task(2, 12, 2, QDate(2026, 12, 20), QStringLiteral("完善修改后勤考核条例。"), taskcategory::kStaff)};
    EXPECT_EQ(ids(matchingTasks(*appraisals, Record(), QDate(2026, 12, 1), tasks)), QList<qint64>{1});
}
