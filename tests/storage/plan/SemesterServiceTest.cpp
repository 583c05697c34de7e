#include "storage/plan/SemesterService.h"

#include "TestSupport.h"
#include "domain/plan/PlanTasks.h"
#include "storage/AuditLog.h"
#include "storage/Maintenance.h"
#include "storage/Query.h"
#include "storage/RecordRepository.h"
#include "storage/plan/PlanService.h"

#include <QMap>
#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::plan;
namespace tf = houqin::plan::taskfield;

namespace {

const QString kAutumn = QStringLiteral("2026学年第一学期");

NewSemester autumn(NewSemester::Tasks tasks = NewSemester::Tasks::FromTemplate) {
    NewSemester n;
    n.name = kAutumn;
    n.start = QDate(2026, 9, 1);
    n.tasks = tasks;
    return n;
}

class SemesterServiceTest : public ::testing::Test {
protected:
    test::TempDb t{QDateTime(QDate(2026, 8, 20), QTime(9, 0))};
    SemesterService service{t.db()};

    QList<Record> tasksOf(const QString& semester) {
        ListQuery q;
        q.equals = {{tf::kSemester, semester}};
        q.sortField = tf::kDueDate;
        q.sortDescending = false;
        auto list = RecordRepository(t.db(), planTasksKind()).list(q);
        EXPECT_TRUE(list.ok());
        return list.ok() ? *list : QList<Record>();
    }
    int count(const QString& sql) {
        Query q(t.db(), sql);
        EXPECT_TRUE(q.exec().ok());
        EXPECT_TRUE(q.next());
        return q.value(0).toInt();
    }
};

} // namespace

TEST_F(SemesterServiceTest, CreatesASemesterFromTheTemplate) {
    auto created = service.create(autumn(), test::tester());
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    EXPECT_EQ(created->tasks, 34);
    EXPECT_GT(created->semester.id, 0);
    EXPECT_EQ(created->semester.end, QDate(2027, 1, 17)); // default: the Sunday of week 20
    EXPECT_TRUE(created->semester.current);               // the first semester becomes current

    const QList<Record> tasks = tasksOf(kAutumn);
    ASSERT_EQ(tasks.size(), 34);
    QMap<int, int> perMonth;
    for (const Record& r : tasks)
        ++perMonth[int(r.value(tf::kMonth).toLongLong())];
    EXPECT_EQ(perMonth, (QMap<int, int>{{8, 2}, {9, 11}, {10, 5}, {11, 4}, {12, 5}, {1, 7}}));
    // In plan order by due date: August (before term) first, the week-20 tasks last.
    EXPECT_EQ(tasks.first().value(tf::kWeek).toLongLong(), 0);
    EXPECT_EQ(tasks.first().value(tf::kDueDate).toDate(), QDate(2026, 8, 30));
    EXPECT_EQ(tasks.last().value(tf::kWeek).toLongLong(), 20);
    EXPECT_EQ(tasks.last().value(tf::kDueDate).toDate(), QDate(2027, 1, 17));
    for (const Record& r : tasks) {
        if (r.value(tf::kTitle).toString() == QStringLiteral("组织全体教工开展心肺复苏安全救护技能活动。")) {
            EXPECT_EQ(r.value(tf::kWeek).toLongLong(), 14);
            EXPECT_EQ(r.value(tf::kMonth).toLongLong(), 12);
            EXPECT_EQ(r.value(tf::kDueDate).toDate(), QDate(2026, 12, 6));
        }
    }
    // Made current: its start is the settings' semester start.
    EXPECT_EQ(t->settings().semesterStart, QDate(2026, 9, 1));
    EXPECT_TRUE(Maintenance::check(t.db())->isEmpty());
}

TEST_F(SemesterServiceTest, CreatingIsAllOrNothing) {
    NewSemester bad = autumn();
    bad.end = QDate(2026, 8, 1); // before the start
    auto r = service.create(bad, test::tester());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::Validation);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM semesters")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM plan_tasks")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE kind <> 'settings'")), 0);
}

TEST_F(SemesterServiceTest, RefusesANameInUseAndAnUnknownSource) {
    ASSERT_TRUE(service.create(autumn(), test::tester()).ok());
    auto again = service.create(autumn(), test::tester());
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, Error::Code::Validation);
    EXPECT_TRUE(again.error().message.contains(kAutumn));

    NewSemester copy = autumn(NewSemester::Tasks::CopyFrom);
    copy.name = QStringLiteral("2027学年第一学期");
    copy.start = QDate(2027, 9, 1);
    copy.copyFrom = QStringLiteral("没有这个学期");
    auto unknown = service.create(copy, test::tester());
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, Error::Code::Validation);
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("没有这个学期")));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM semesters")), 1);
}

TEST_F(SemesterServiceTest, CopiesAnEarlierSemestersTasksToTheNewCalendar) {
    ASSERT_TRUE(service.create(autumn(), test::tester()).ok());
    // Last year's progress must not travel with the copy; a cancelled task stays behind.
    QList<Record> old = tasksOf(kAutumn);
    old[2].set(tf::kStatus, taskstatus::kCancelled);
    RecordRepository repo(t.db(), planTasksKind());
    ASSERT_TRUE(repo.update(old[2], test::tester()).ok());

    NewSemester next = autumn(NewSemester::Tasks::CopyFrom);
    next.name = QStringLiteral("2027学年第一学期");
    next.start = QDate(2027, 9, 1); // a Wednesday: week 1 starts on Monday 30 August
    next.end = QDate(2028, 1, 16);
    next.copyFrom = kAutumn;
    auto created = service.create(next, test::tester());
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    EXPECT_EQ(created->tasks, 33);
    EXPECT_FALSE(created->semester.current); // another one is current already
    const QList<Record> copies = tasksOf(next.name);
    ASSERT_EQ(copies.size(), 33);
    EXPECT_EQ(copies.first().value(tf::kDueDate).toDate(), QDate(2027, 8, 29));
    EXPECT_EQ(copies.first().value(tf::kMonth).toLongLong(), 8);
    EXPECT_EQ(copies.last().value(tf::kDueDate).toDate(), QDate(2028, 1, 16));
    EXPECT_EQ(copies.last().value(tf::kMonth).toLongLong(), 1);
    EXPECT_EQ(tasksOf(kAutumn).size(), 34); // the source is untouched
}

TEST_F(SemesterServiceTest, AnEmptySemesterAndAnExplicitCurrentFlag) {
    NewSemester empty = autumn(NewSemester::Tasks::None);
    empty.makeCurrent = false;
    auto created = service.create(empty, test::tester());
    ASSERT_TRUE(created.ok());
    EXPECT_EQ(created->tasks, 0);
    EXPECT_FALSE(created->semester.current);
    auto cur = service.current();
    ASSERT_TRUE(cur.ok());
    EXPECT_FALSE(cur->has_value());
}

TEST_F(SemesterServiceTest, OnlyOneSemesterIsCurrent) {
    ASSERT_TRUE(service.create(autumn(), test::tester()).ok());
    NewSemester spring = autumn(NewSemester::Tasks::None);
    spring.name = QStringLiteral("2026学年第二学期");
    spring.start = QDate(2027, 2, 22);
    spring.makeCurrent = true;
    auto created = service.create(spring, test::tester());
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM semesters WHERE is_current = 1")), 1);
    EXPECT_EQ((*service.current())->name, spring.name);
    EXPECT_EQ(t->settings().semesterStart, QDate(2027, 2, 22));

    ASSERT_TRUE(service.setCurrent(kAutumn, test::tester()).ok());
    EXPECT_EQ((*service.current())->name, kAutumn);
    EXPECT_EQ(t->settings().semesterStart, QDate(2026, 9, 1));
    // Both changes of the mark are in the audit trail.
    auto audit = AuditLog::forRecord(t.db(), QStringLiteral("semesters"), created->semester.id);
    ASSERT_TRUE(audit.ok());
    EXPECT_GE(audit->size(), 2);

    // Another write path that would make a second one current is refused, with a message.
    RecordRepository repo(t.db(), semestersKind());
    Record second = *repo.get(created->semester.id);
    second.set(semesterfield::kCurrent, true);
    const Status refused = repo.update(second, test::tester());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("already the current one")))
        << refused.error().message.toStdString();
    EXPECT_EQ((*service.current())->name, kAutumn);
    EXPECT_FALSE(service.setCurrent(QStringLiteral("没有"), test::tester()).ok());

    t.reopen(); // the settings were saved, not only cached
    EXPECT_EQ(t->settings().semesterStart, QDate(2026, 9, 1));
}

TEST_F(SemesterServiceTest, SaveMovesTheCurrentMarkAndDueDatesFollowTheStart) {
    ASSERT_TRUE(service.create(autumn(), test::tester()).ok());
    Record s = (*service.current())->toRecord();
    auto stored = RecordRepository(t.db(), semestersKind()).get(s.id);
    ASSERT_TRUE(stored.ok());
    // The term starts a week later: every task's due date moves with it.
    stored->set(semesterfield::kStart, QDate(2026, 9, 8));
    stored->set(semesterfield::kEnd, QDate(2027, 1, 24));
    ASSERT_TRUE(service.save(*stored, test::tester()).ok());
    const QList<Record> tasks = tasksOf(kAutumn);
    EXPECT_EQ(tasks.first().value(tf::kDueDate).toDate(), QDate(2026, 9, 6));
    EXPECT_EQ(tasks.last().value(tf::kDueDate).toDate(), QDate(2027, 1, 24));
    EXPECT_EQ(t->settings().semesterStart, QDate(2026, 9, 8));

    // A new semester saved as current takes the mark.
    Record spring =
        Semester{0, QStringLiteral("春季"), QDate(2027, 2, 22), QDate(2027, 7, 11), true}.toRecord();
    auto id = service.save(spring, test::tester());
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    EXPECT_EQ((*service.current())->id, *id);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM semesters WHERE is_current = 1")), 1);
}

TEST_F(SemesterServiceTest, RenamingCarriesTheTasksAlong) {
    ASSERT_TRUE(service.create(autumn(), test::tester()).ok());
    Record s = *RecordRepository(t.db(), semestersKind()).get((*service.current())->id);
    s.set(semesterfield::kName, QStringLiteral("2026秋季学期"));
    ASSERT_TRUE(service.save(s, test::tester()).ok());
    EXPECT_EQ(tasksOf(QStringLiteral("2026秋季学期")).size(), 34);
    EXPECT_TRUE(tasksOf(kAutumn).isEmpty());
}

TEST_F(SemesterServiceTest, ASemesterWithTasksIsNotDeleted) {
    ASSERT_TRUE(service.create(autumn(), test::tester()).ok());
    const Status refused = service.remove(kAutumn, test::tester());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::Validation);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("34")))
        << refused.error().message.toStdString();
    // Nor through the generic repository: the foreign key restricts it.
    const qint64 id = (*service.current())->id;
    EXPECT_FALSE(RecordRepository(t.db(), semestersKind()).remove(id, test::tester()).ok());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM semesters")), 1);

    ASSERT_TRUE(Query::run(t.db(), QStringLiteral("DELETE FROM plan_tasks")).ok());
    EXPECT_TRUE(service.remove(kAutumn, test::tester()).ok());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM semesters")), 0);
}

TEST_F(SemesterServiceTest, ATaskOfAnUnknownSemesterIsRefusedByTheDatabase) {
    Record r = newRecord(planTasksKind(), nullptr, t->ruleContext());
    r.set(tf::kSemester, QStringLiteral("没有这个学期"));
    r.set(tf::kTitle, QStringLiteral("x"));
    EXPECT_FALSE(RecordRepository(t.db(), planTasksKind()).insert(r, test::tester()).ok());
}

TEST_F(SemesterServiceTest, ContainingAndForDay) {
    ASSERT_TRUE(service.create(autumn(), test::tester()).ok());
    NewSemester spring = autumn(NewSemester::Tasks::None);
    spring.name = QStringLiteral("2026学年第二学期");
    spring.start = QDate(2027, 2, 22);
    ASSERT_TRUE(service.create(spring, test::tester()).ok());
    auto list = service.list();
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ(list->first().name, spring.name); // latest start first

    auto in = [&](QDate d) {
        auto s = service.containing(d);
        EXPECT_TRUE(s.ok());
        return s.ok() && s->has_value() ? (*s)->name : QString();
    };
    EXPECT_EQ(in(QDate(2026, 8, 3)), kAutumn); // four weeks before week 1 (31 August)
    EXPECT_EQ(in(QDate(2026, 8, 2)), QString());
    EXPECT_EQ(in(QDate(2027, 1, 17)), kAutumn); // last day
    EXPECT_EQ(in(QDate(2027, 1, 18)), QString());
    EXPECT_EQ(in(QDate(2027, 1, 25)), spring.name); // 28 days before Monday 22 February
    EXPECT_EQ(in(QDate(2027, 7, 11)), spring.name);
    // Out of term the current semester is the one shown.
    auto forDay = service.forDay(QDate(2027, 1, 20));
    ASSERT_TRUE(forDay.ok());
    EXPECT_EQ((*forDay)->name, kAutumn);
    forDay = service.forDay(QDate(2027, 3, 1));
    EXPECT_EQ((*forDay)->name, spring.name);
    EXPECT_EQ(*service.taskCount(kAutumn), 34);
    EXPECT_EQ(*service.taskCount(spring.name), 0);
}

// A semester entered in the middle of term (14 October, week 7 of a term that began on 1 September).
TEST(SemesterServiceMidTerm, WeeksAlreadyOverAreTrackedOnlyWhenAskedFor) {
    test::TempDb t{QDateTime(QDate(2026, 10, 14), QTime(9, 0))};
    SemesterService service(t.db());
    auto tracked = service.create(autumn(), test::tester());
    ASSERT_TRUE(tracked.ok()) << tracked.error().message.toStdString();
    EXPECT_EQ(tracked->notTracked, 0);
    EXPECT_GT(tracked->overdue, 0); // the weeks already gone show as overdue
    ListQuery overdue;
    overdue.filter = QStringLiteral("overdue");
    EXPECT_EQ(RecordRepository(t.db(), planTasksKind()).count(overdue).value(), tracked->overdue);

    NewSemester later = autumn();
    later.name = QStringLiteral("补录的学期");
    later.trackPastWeeks = false;
    later.makeCurrent = false;
    auto skipped = service.create(later, test::tester());
    ASSERT_TRUE(skipped.ok()) << skipped.error().message.toStdString();
    EXPECT_EQ(skipped->notTracked, tracked->overdue);
    EXPECT_EQ(skipped->overdue, 0);
    EXPECT_EQ(skipped->tasks, tracked->tasks); // left out, not left off
    overdue.equals = {{tf::kSemester, later.name}};
    EXPECT_EQ(RecordRepository(t.db(), planTasksKind()).count(overdue).value(), 0);
    ListQuery open;
    open.filter = QStringLiteral("open");
    open.equals = {{tf::kSemester, later.name}};
    EXPECT_EQ(RecordRepository(t.db(), planTasksKind()).count(open).value(),
              tracked->tasks - tracked->overdue);
    // The boundary: a task of week 6 (ended Sunday 11 October) is not tracked, one of week 7 (this week)
    // is.
    ListQuery q;
    q.equals = {{tf::kSemester, later.name}};
    auto all = RecordRepository(t.db(), planTasksKind()).list(q);
    ASSERT_TRUE(all.ok());
    for (const Record& task : *all) {
        const QDate due = task.value(tf::kDueDate).toDate();
        EXPECT_EQ(task.value(tf::kStatus).toString() == taskstatus::kNotTracked, due <= QDate(2026, 10, 11))
            << task.value(tf::kTitle).toString().toStdString();
    }
    // The month's completion rate leaves them out, like cancelled tasks.
    auto progress = PlanService(t.db()).progress(later.name);
    ASSERT_TRUE(progress.ok());
    for (const MonthProgress& p : *progress)
        if (p.month == QDate(2026, 9, 1)) {
            EXPECT_EQ(p.overdue, 0);
            EXPECT_EQ(p.cancelled, p.total); // every September task is of a week already over
        }
}
