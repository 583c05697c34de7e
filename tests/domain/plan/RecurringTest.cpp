#include "domain/plan/Recurring.h"

#include "domain/plan/PlanTasks.h"
#include "domain/plan/PlanTemplate.h"

#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::plan;
namespace tf = houqin::plan::taskfield;

namespace {

// Months of this semester by the Thursday of each week: September weeks 1-4, October 5-9, November
// 10-13, December 14-18, January 19-20.
const Semester kAutumn{1, QStringLiteral("2026学年第一学期"), QDate(2026, 9, 1), QDate(2027, 1, 17), true};

QList<Record> templateTasks() {
    auto t = builtinTemplate();
    EXPECT_TRUE(t.ok());
    return tasksFromTemplate(t.ok() ? *t : QList<TemplateTask>(), kAutumn);
}

QList<int> weeksOf(const QList<Record>& tasks, const QString& titlePart) {
    QList<int> out;
    for (const Record& r : tasks)
        if (r.value(tf::kTitle).toString().contains(titlePart))
            out << int(r.value(tf::kWeek).toLongLong());
    return out;
}

} // namespace

TEST(Recurring, SafetyThemesOfThePlan) {
    EXPECT_EQ(safetyTheme(9), QStringLiteral("开学安全第一课"));
    EXPECT_EQ(safetyTheme(10), QStringLiteral("食品安全"));
    EXPECT_EQ(safetyTheme(11), QStringLiteral("消防安全"));
    EXPECT_EQ(safetyTheme(12), QStringLiteral("交通安全“一盔一带”"));
    EXPECT_EQ(safetyTheme(1), QStringLiteral("居家安全、假期安全"));
    EXPECT_EQ(safetyTheme(3), QString());
}

TEST(Recurring, AnEmptySemesterGetsEveryCadence) {
    const QList<Record> p = proposeRecurring(kAutumn, {});
    EXPECT_EQ(weeksOf(p, QStringLiteral("后勤理论学习")), (QList<int>{2, 4, 6, 8, 10, 12, 14, 16, 18, 20}));
    EXPECT_EQ(weeksOf(p, QStringLiteral("理论考试")), (QList<int>{4, 9, 13, 18, 20}));
    EXPECT_EQ(weeksOf(p, QStringLiteral("月考核")), (QList<int>{4, 9, 13, 18, 20}));
    EXPECT_EQ(weeksOf(p, QStringLiteral("技能培训")), (QList<int>{6, 15}));
    EXPECT_EQ(weeksOf(p, QStringLiteral("安全主题教育")), (QList<int>{1, 5, 10, 14, 19}));
    EXPECT_EQ(weeksOf(p, QStringLiteral("学期结束安全大检查")), QList<int>{20});
    EXPECT_EQ(weeksOf(p, QStringLiteral("清点")), QList<int>{20});
    EXPECT_EQ(weeksOf(p, QStringLiteral("归还出借物品")), QList<int>{20});
    EXPECT_EQ(p.size(), 30);
    // Each month's theme in the title, the month and week set, and in week order.
    EXPECT_EQ(weeksOf(p, QStringLiteral("食品安全")), QList<int>{5});
    EXPECT_EQ(weeksOf(p, QStringLiteral("一盔一带")), QList<int>{14});
    EXPECT_EQ(weeksOf(p, QStringLiteral("居家安全")), QList<int>{19});
    int previous = 0;
    for (const Record& r : p) {
        const int week = int(r.value(tf::kWeek).toLongLong());
        EXPECT_GE(week, previous);
        previous = week;
        EXPECT_EQ(r.value(tf::kSemester).toString(), kAutumn.name);
        EXPECT_EQ(r.value(tf::kStatus).toString(), taskstatus::kNotStarted);
        EXPECT_EQ(r.value(tf::kDueDate).toDate(), kAutumn.calendar().sundayOfWeek(week));
        EXPECT_TRUE(
            monthFitsWeek(int(r.value(tf::kMonth).toLongLong()), week, r.value(tf::kDueDate).toDate()));
    }
}

TEST(Recurring, TheTemplatesOwnSessionsAreNotProposedAgain) {
    const QList<Record> p = proposeRecurring(kAutumn, templateTasks());
    // The template studies in weeks 2, 6, 10 and 14; examines and appraises in September to December;
    // holds the September to November themes, December's skills, and the stocktake and returns.
    EXPECT_EQ(weeksOf(p, QStringLiteral("后勤理论学习")), (QList<int>{4, 8, 12, 16, 18, 20}));
    EXPECT_EQ(weeksOf(p, QStringLiteral("理论考试")), QList<int>{20});
    EXPECT_EQ(weeksOf(p, QStringLiteral("月考核")), QList<int>{20});
    EXPECT_EQ(weeksOf(p, QStringLiteral("技能培训")), QList<int>{6});
    EXPECT_EQ(weeksOf(p, QStringLiteral("安全主题教育")), (QList<int>{14, 19}));
    EXPECT_EQ(weeksOf(p, QStringLiteral("安全大检查")), QList<int>{20});
    EXPECT_TRUE(weeksOf(p, QStringLiteral("清点")).isEmpty());
    EXPECT_TRUE(weeksOf(p, QStringLiteral("归还")).isEmpty());
    EXPECT_EQ(p.size(), 12);
}

TEST(Recurring, ProposingAgainAfterAddingProposesNothing) {
    QList<Record> existing = templateTasks();
    existing << proposeRecurring(kAutumn, existing);
    EXPECT_TRUE(proposeRecurring(kAutumn, existing).isEmpty());
}

TEST(Recurring, SameWeekAndTitleIsADuplicateWhateverTheKeywords) {
    const QList<Record> all = proposeRecurring(kAutumn, {});
    Record one = all.first(); // week 1 safety theme
    const QList<Record> rest = proposeRecurring(kAutumn, {one});
    EXPECT_EQ(rest.size(), all.size() - 1);
    // The same title in another week does not cover a biweekly session.
    Record moved = all.first();
    for (const Record& r : all)
        if (r.value(tf::kTitle).toString().contains(QStringLiteral("后勤理论学习"))) {
            moved = r;
            break;
        }
    moved.set(tf::kWeek, qint64(5)); // window of the week-2 session is weeks 1 and 2
    EXPECT_EQ(proposeRecurring(kAutumn, {moved}).size(), all.size() - 1); // covers week 6 only
}

TEST(Recurring, ASemesterWithoutAStartGetsNothing) {
    EXPECT_TRUE(proposeRecurring(Semester{}, {}).isEmpty());
}
