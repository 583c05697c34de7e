// The plan as a live checklist on a real database: a safety-education activity in week 2 offers the
// plan's week-2 safety-education task first, marking it done links the task to the record, and a done task
// is not offered again; a routine inspection completes nothing, the before-term one the before-term check.
#include "storage/plan/PlanLinkService.h"

#include "TestSupport.h"
#include "domain/plan/PlanTasks.h"
#include "domain/safety/SafetyKinds.h"
#include "storage/RecordRepository.h"
#include "storage/plan/SemesterService.h"

#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::plan;
namespace tf = houqin::plan::taskfield;

namespace {

// Week 1 of this semester is 31 August to 6 September 2026, week 2 is 7 to 13 September.
class PlanLinkServiceTest : public ::testing::Test {
protected:
    test::TempDb t{QDateTime(QDate(2026, 9, 10), QTime(10, 0))};
    PlanLinkService links{t.db()};

    void SetUp() override {
        NewSemester n;
        n.name = QStringLiteral("2026学年第一学期");
        n.start = QDate(2026, 9, 1);
        n.tasks = NewSemester::Tasks::FromTemplate;
        auto created = SemesterService(t.db()).create(n, test::tester());
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    }
    qint64 education(QDate day) {
        Record r;
        r.set(QStringLiteral("date"), day);
        r.set(QStringLiteral("theme"), QStringLiteral("交通安全"));
        r.set(QStringLiteral("class_name"), QStringLiteral("大一班"));
        r.set(QStringLiteral("form"), QStringLiteral("lesson"));
        auto id = RecordRepository(t.db(), safety::safetyEducationKind()).insert(r, test::tester());
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? *id : 0;
    }
    qint64 inspection(QDate day, const QString& type) {
        Record r = newRecord(safety::inspectionsKind(), nullptr, t->ruleContext());
        r.set(QStringLiteral("date"), day);
        r.set(QStringLiteral("inspection_type"), type);
        r.set(QStringLiteral("campus"), t->settings().campuses.first());
        r.set(QStringLiteral("inspectors"), QStringLiteral("李主任"));
        auto id = RecordRepository(t.db(), safety::inspectionsKind()).insert(r, test::tester());
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? *id : 0;
    }
    QStringList titles(const QList<Record>& tasks) {
        QStringList out;
        for (const Record& r : tasks)
            out << r.value(tf::kTitle).toString();
        return out;
    }
};

} // namespace

TEST_F(PlanLinkServiceTest, AnActivityOffersTheTaskOfItsWeekFirstAndLinksIt) {
    const qint64 id = education(QDate(2026, 9, 10));
    auto tasks = links.tasksCompletedBy(safety::safetyEducationKind(), id);
    ASSERT_TRUE(tasks.ok()) << tasks.error().message.toStdString();
    ASSERT_EQ(tasks->size(), 2) << titles(*tasks).join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(tasks->at(0).value(tf::kTitle).toString(), QStringLiteral("各年龄段开展交通安全教育活动"));
    EXPECT_EQ(tasks->at(1).value(tf::kTitle).toString(), QStringLiteral("上好开学安全第一课的活动。"));

    ASSERT_TRUE(links.markDone(safety::safetyEducationKind(), id, {tasks->at(0).id}, test::tester()).ok());
    auto done = RecordRepository(t.db(), planTasksKind()).get(tasks->at(0).id);
    ASSERT_TRUE(done.ok());
    EXPECT_EQ(done->value(tf::kStatus).toString(), taskstatus::kDone);
    EXPECT_EQ(done->value(tf::kDoneOn).toDate(), QDate(2026, 9, 10));
    EXPECT_EQ(done->value(tf::kLink).toString(), QStringLiteral("safety-education/%1").arg(id));
    EXPECT_TRUE(done->value(tf::kOutcome).toString().contains(QStringLiteral("大一班")));

    // Done: a second class's activity the same week offers only the other task.
    auto again = links.tasksCompletedBy(safety::safetyEducationKind(), education(QDate(2026, 9, 11)));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(titles(*again), QStringList{QStringLiteral("上好开学安全第一课的活动。")});
}

TEST_F(PlanLinkServiceTest, AnotherMonthOrAnotherKindOfInspectionCompletesNothing) {
    // December has a safety-education task, but a record dated in March of the next year is not in it.
    auto march = links.tasksCompletedBy(safety::safetyEducationKind(), education(QDate(2027, 3, 10)));
    ASSERT_TRUE(march.ok());
    EXPECT_TRUE(march->isEmpty());
    auto routine = links.tasksCompletedBy(safety::inspectionsKind(),
                                          inspection(QDate(2026, 8, 28), QStringLiteral("routine")));
    ASSERT_TRUE(routine.ok());
    EXPECT_TRUE(routine->isEmpty());
    auto preTerm = links.tasksCompletedBy(safety::inspectionsKind(),
                                          inspection(QDate(2026, 8, 28), QStringLiteral("pre-term")));
    ASSERT_TRUE(preTerm.ok());
    ASSERT_EQ(preTerm->size(), 1);
    EXPECT_EQ(preTerm->first().value(tf::kWeek).toInt(), 0);
    // A kind the plan has no rule for offers nothing.
    auto staff = links.tasksCompletedBy(safety::hygieneZonesKind(), 1);
    ASSERT_TRUE(staff.ok());
    EXPECT_TRUE(staff->isEmpty());
}
