#include "storage/plan/PlanService.h"

#include "TestSupport.h"
#include "domain/plan/PlanTasks.h"
#include "storage/AttentionService.h"
#include "storage/RecordRepository.h"
#include "storage/plan/SemesterService.h"

#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::plan;
namespace tf = houqin::plan::taskfield;
namespace ts = houqin::plan::taskstatus;

namespace {

const QString kAutumn = QStringLiteral("2026学年第一学期");

// Teaching weeks of this semester: week 1 is 31 August to 6 September 2026; week 3 is 14 to 20 September.
class PlanServiceTest : public ::testing::Test {
protected:
    test::TempDb t{QDateTime(QDate(2026, 9, 16), QTime(10, 0))}; // Wednesday of week 3
    PlanService plan{t.db()};
    RecordRepository repo{t.db(), planTasksKind()};

    void SetUp() override {
        NewSemester n;
        n.name = kAutumn;
        n.start = QDate(2026, 9, 1);
        n.tasks = NewSemester::Tasks::FromTemplate;
        auto created = SemesterService(t.db()).create(n, test::tester());
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    }
    Record byTitle(const QString& title) {
        ListQuery q;
        q.equals = {{tf::kTitle, title}};
        auto list = repo.list(q);
        EXPECT_TRUE(list.ok() && !list->isEmpty()) << title.toStdString();
        return list.ok() && !list->isEmpty() ? list->first() : Record();
    }
    qint64 countFilter(const QString& filter) {
        ListQuery q;
        q.filter = filter;
        auto n = repo.count(q);
        EXPECT_TRUE(n.ok());
        return n.ok() ? *n : -1;
    }
    void closeAllBefore(int week) {
        auto all = plan.tasks(kAutumn);
        ASSERT_TRUE(all.ok());
        for (Record r : *all)
            if (r.value(tf::kWeek).toLongLong() < week) {
                r.set(tf::kStatus, ts::kDone);
                r.set(tf::kDoneOn, QDate(2026, 9, 1));
                ASSERT_TRUE(repo.update(r, test::tester()).ok());
            }
    }
};

} // namespace

TEST_F(PlanServiceTest, OverdueAndThisWeekFiltersCountInSql) {
    // Weeks 0 to 2 have passed: 2 + 3 + 4 template tasks, all still open.
    EXPECT_EQ(countFilter(QStringLiteral("overdue")), 9);
    EXPECT_EQ(countFilter(QStringLiteral("this-week")), 1); // week 3: 定期检查设施设备
    EXPECT_EQ(countFilter(QStringLiteral("open")), 34);
    auto overdue = plan.overdue();
    ASSERT_TRUE(overdue.ok());
    ASSERT_EQ(overdue->size(), 9);
    EXPECT_EQ(overdue->first().value(tf::kWeek).toLongLong(), 0); // oldest first
    auto week = plan.thisWeek();
    ASSERT_TRUE(week.ok());
    ASSERT_EQ(week->size(), 1);
    EXPECT_EQ(week->first().value(tf::kTitle).toString(), QStringLiteral("定期检查设施设备"));

    // Done and cancelled tasks are not overdue; postponed and in-progress ones are.
    auto list = *overdue;
    list[0].set(tf::kStatus, ts::kDone);
    list[0].set(tf::kDoneOn, QDate(2026, 8, 28));
    list[1].set(tf::kStatus, ts::kCancelled);
    list[2].set(tf::kStatus, ts::kInProgress);
    ASSERT_TRUE(repo.updateAll({list[0], list[1], list[2]}, test::tester()).ok());
    EXPECT_EQ(countFilter(QStringLiteral("overdue")), 7);
    EXPECT_EQ(countFilter(QStringLiteral("done")), 1);
}

TEST_F(PlanServiceTest, OverdueStartsTheMondayAfterTheWeek) {
    closeAllBefore(3);
    EXPECT_EQ(countFilter(QStringLiteral("overdue")), 0);
    t.setNow(QDateTime(QDate(2026, 9, 20), QTime(23, 59))); // Sunday of week 3
    EXPECT_EQ(countFilter(QStringLiteral("overdue")), 0);
    EXPECT_EQ(countFilter(QStringLiteral("this-week")), 1);
    t.setNow(QDateTime(QDate(2026, 9, 21), QTime(0, 0))); // Monday of week 4
    EXPECT_EQ(countFilter(QStringLiteral("overdue")), 1);
    EXPECT_EQ(countFilter(QStringLiteral("this-week")), 3); // week 4: 理论考试, 月考核, 搬迁
}

TEST_F(PlanServiceTest, MarkDoneNeedsAPastOrPresentDay) {
    const Record r = byTitle(QStringLiteral("定期检查设施设备"));
    const Status future = plan.markDone(r.id, QDate(2026, 9, 17), QStringLiteral("完成"), test::tester());
    ASSERT_FALSE(future.ok());
    EXPECT_EQ(future.error().code, Error::Code::Validation);
    ASSERT_TRUE(
        plan.markDone(r.id, QDate(2026, 9, 16), QStringLiteral("各班设施完好，已记录"), test::tester()).ok());
    const Record done = *repo.get(r.id);
    EXPECT_EQ(done.value(tf::kStatus).toString(), ts::kDone);
    EXPECT_EQ(done.value(tf::kDoneOn).toDate(), QDate(2026, 9, 16));
    EXPECT_EQ(done.value(tf::kOutcome).toString(), QStringLiteral("各班设施完好，已记录"));
    // An empty note keeps the outcome.
    ASSERT_TRUE(plan.markDone(r.id, QDate(2026, 9, 15), QString(), test::tester()).ok());
    EXPECT_EQ(repo.get(r.id)->value(tf::kOutcome).toString(), QStringLiteral("各班设施完好，已记录"));
}

TEST_F(PlanServiceTest, PostponeMovesToALaterWeekAndItsMonth) {
    const Record r = byTitle(QStringLiteral("协助园部做好搬迁工作。")); // week 4, September
    const Status same = plan.postpone(r.id, 4, QString(), test::tester());
    ASSERT_FALSE(same.ok());
    EXPECT_EQ(same.error().code, Error::Code::Validation);
    EXPECT_FALSE(plan.postpone(r.id, 21, QString(), test::tester()).ok()); // after week 20
    ASSERT_TRUE(plan.postpone(r.id, 6, QStringLiteral("新园验收推迟"), test::tester()).ok());
    const Record moved = *repo.get(r.id);
    EXPECT_EQ(moved.value(tf::kWeek).toLongLong(), 6);
    EXPECT_EQ(moved.value(tf::kMonth).toLongLong(), 10);
    EXPECT_EQ(moved.value(tf::kStatus).toString(), ts::kPostponed);
    EXPECT_EQ(moved.value(tf::kDueDate).toDate(), QDate(2026, 10, 11));
    EXPECT_EQ(moved.value(tf::kOutcome).toString(), QStringLiteral("新园验收推迟"));
    ASSERT_TRUE(plan.postpone(r.id, 20, QStringLiteral("再次推迟"), test::tester()).ok());
    EXPECT_EQ(repo.get(r.id)->value(tf::kOutcome).toString(), QStringLiteral("新园验收推迟\n再次推迟"));
    EXPECT_EQ(repo.get(r.id)->value(tf::kMonth).toLongLong(), 1);
}

TEST_F(PlanServiceTest, SaveFillsTheDueDateAndChecksTheSemestersWeeks) {
    auto fresh = plan.newTask(kAutumn);
    ASSERT_TRUE(fresh.ok());
    EXPECT_EQ(fresh->value(tf::kWeek).toLongLong(), 3);
    EXPECT_EQ(fresh->value(tf::kSemester).toString(), kAutumn);
    EXPECT_EQ(fresh->value(tf::kDueDate).toDate(), QDate(2026, 9, 20));
    Record r = *fresh;
    r.set(tf::kTitle, QStringLiteral("检查消防器材"));
    r.set(tf::kWeek, qint64(20));
    r.set(tf::kDueDate, QDate(2026, 9, 20)); // stale: save recomputes it
    auto id = plan.save(r, test::tester());
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    const Record stored = *repo.get(*id);
    EXPECT_EQ(stored.value(tf::kDueDate).toDate(), QDate(2027, 1, 17));
    EXPECT_EQ(stored.value(tf::kMonth).toLongLong(), 1); // September does not fit week 20

    r = stored;
    r.set(tf::kWeek, qint64(21));
    auto issues = plan.validate(r);
    ASSERT_TRUE(issues.ok());
    ASSERT_EQ(issues->size(), 1);
    EXPECT_EQ(issues->first().field, tf::kWeek);
    EXPECT_FALSE(plan.save(r, test::tester()).ok());

    r.set(tf::kWeek, qint64(5));
    r.set(tf::kSemester, QStringLiteral("没有这个学期"));
    auto unknown = plan.save(r, test::tester());
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, Error::Code::Validation);
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("没有这个学期")));
}

TEST_F(PlanServiceTest, TheDatabaseKeepsDueDatesOnEveryWritePath) {
    // A generic update that changes the week but not the due date, as a form or an import would.
    Record r = byTitle(QStringLiteral("定期检查设施设备"));
    r.set(tf::kWeek, qint64(5));
    r.set(tf::kMonth, qint64(10));
    ASSERT_TRUE(repo.update(r, test::tester()).ok());
    EXPECT_EQ(repo.get(r.id)->value(tf::kDueDate).toDate(), QDate(2026, 10, 4));
    // A generic insert without any due date.
    Record n = newRecord(planTasksKind(), nullptr, t->ruleContext());
    n.set(tf::kSemester, kAutumn);
    n.set(tf::kTitle, QStringLiteral("新任务"));
    n.set(tf::kWeek, qint64(0));
    n.set(tf::kMonth, qint64(8));
    n.set(tf::kDueDate, QVariant());
    auto id = repo.insert(n, test::tester());
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    EXPECT_EQ(repo.get(*id)->value(tf::kDueDate).toDate(), QDate(2026, 8, 30));
}

TEST_F(PlanServiceTest, MonthsAndProgress) {
    auto september = plan.tasksOfMonth(kAutumn, 9);
    ASSERT_TRUE(september.ok());
    EXPECT_EQ(september->size(), 11);
    EXPECT_EQ(september->first().value(tf::kTitle).toString(), QStringLiteral("发放教学、生活用品"));

    auto month = plan.monthTasks(QDate(2027, 1, 5));
    ASSERT_TRUE(month.ok());
    ASSERT_EQ(month->size(), 1);
    EXPECT_EQ(month->first().semester.name, kAutumn);
    EXPECT_EQ(month->first().month, QDate(2027, 1, 1));
    EXPECT_EQ(month->first().tasks.size(), 7);
    EXPECT_TRUE(plan.monthTasks(QDate(2026, 1, 5))->isEmpty()); // a year earlier: no semester
    EXPECT_TRUE(plan.monthTasks(QDate(2027, 3, 1))->isEmpty());

    closeAllBefore(2); // weeks 0 and 1 done
    auto progress = plan.progress(kAutumn);
    ASSERT_TRUE(progress.ok());
    ASSERT_EQ(progress->size(), 6);
    EXPECT_EQ(progress->at(0).month, QDate(2026, 8, 1));
    EXPECT_EQ(progress->at(0).total, 2);
    EXPECT_EQ(progress->at(0).done, 2);
    EXPECT_DOUBLE_EQ(progress->at(0).completionRate(), 1.0);
    EXPECT_EQ(progress->at(1).month, QDate(2026, 9, 1));
    EXPECT_EQ(progress->at(1).total, 11);
    EXPECT_EQ(progress->at(1).done, 3);
    EXPECT_EQ(progress->at(1).overdue, 4); // week 2
    EXPECT_EQ(progress->at(5).month, QDate(2027, 1, 1));
    EXPECT_EQ(progress->at(5).total, 7);
    EXPECT_DOUBLE_EQ(progress->at(5).completionRate(), 0.0);
    MonthProgress p{QDate(2026, 9, 1), 4, 1, 2, 0};
    EXPECT_DOUBLE_EQ(p.completionRate(), 0.5);
    EXPECT_DOUBLE_EQ((MonthProgress{QDate(2026, 9, 1), 1, 0, 1, 0}).completionRate(), 0.0);
}

TEST_F(PlanServiceTest, Upcoming) {
    auto next = plan.upcoming(2, QStringLiteral("safety"));
    ASSERT_TRUE(next.ok());
    ASSERT_EQ(next->size(), 2);
    // Nothing of category safety falls in weeks 3 and 4; October's food safety comes next.
    EXPECT_EQ(next->at(0).value(tf::kTitle).toString(), QStringLiteral("各年龄段开展食品安全安全教育活动"));
    EXPECT_EQ(next->at(1).value(tf::kTitle).toString(), QStringLiteral("各年龄段消防安全月主题活动。"));
    auto any = plan.upcoming(1);
    ASSERT_TRUE(any.ok());
    EXPECT_EQ(any->first().value(tf::kTitle).toString(), QStringLiteral("定期检查设施设备"));
}

TEST_F(PlanServiceTest, RecurringTasksAreProposedThenAddedOnce) {
    auto proposals = plan.proposeRecurring(kAutumn);
    ASSERT_TRUE(proposals.ok());
    EXPECT_EQ(proposals->size(), 12);
    EXPECT_EQ(plan.tasks(kAutumn)->size(), 34); // proposing writes nothing
    // The director confirms all but the first; one confirmed task appears twice.
    QList<Record> confirmed = proposals->mid(1);
    confirmed << proposals->at(3);
    auto added = plan.addTasks(kAutumn, confirmed, test::tester());
    ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
    EXPECT_EQ(*added, 11);
    EXPECT_EQ(plan.tasks(kAutumn)->size(), 45);
    auto again = plan.proposeRecurring(kAutumn);
    ASSERT_TRUE(again.ok());
    ASSERT_EQ(again->size(), 1);
    EXPECT_EQ(again->first().value(tf::kTitle), proposals->first().value(tf::kTitle));
    EXPECT_EQ(*plan.addTasks(kAutumn, *proposals, test::tester()), 1);
    EXPECT_TRUE(plan.proposeRecurring(kAutumn)->isEmpty());
    EXPECT_FALSE(plan.proposeRecurring(QStringLiteral("没有")).ok());
}

TEST_F(PlanServiceTest, AttentionCountsEveryItem) {
    AttentionService attention(t.db());
    auto all = attention.evaluateAll();
    ASSERT_TRUE(all.ok()) << all.error().message.toStdString();
    ASSERT_EQ(all->size(), allAttentionItems().size());
    const AttentionState* tasks = nullptr;
    for (const AttentionState& s : *all)
        if (s.item->key == QStringLiteral("plan.tasks-overdue"))
            tasks = &s;
    ASSERT_NE(tasks, nullptr);
    EXPECT_EQ(tasks->count, 9);
    EXPECT_TRUE(tasks->raised);
    auto raised = attention.raised();
    ASSERT_TRUE(raised.ok());
    QStringList planRaised; // other modules' items (e.g. "no pesticide test today") are not this test's
    for (const AttentionState& s : *raised)
        if (s.item->key.startsWith(QStringLiteral("plan.")))
            planRaised << s.item->key;
    EXPECT_EQ(planRaised, QStringList{QStringLiteral("plan.tasks-overdue")});

    closeAllBefore(3);
    auto after = attention.evaluate(*findAttentionItem(QStringLiteral("plan.tasks-overdue")));
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->count, 0);
    EXPECT_FALSE(after->raised);

    const AttentionItem bogus{QStringLiteral("x"), "x", AttentionItem::Severity::Info,
                              QStringLiteral("plan-tasks"), QStringLiteral("no-such-filter")};
    auto bad = attention.evaluate(bogus);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, Error::Code::Usage);
    const AttentionItem none{QStringLiteral("y"),           "y",
                             AttentionItem::Severity::Info, QStringLiteral("plan-tasks"),
                             QStringLiteral("overdue"),     AttentionItem::Trigger::WhenNone};
    EXPECT_TRUE(attention.evaluate(none)->raised);
}
