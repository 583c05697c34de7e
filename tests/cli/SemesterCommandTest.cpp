#include "CliHarness.h"
#include "TestSupport.h"
#include "cli/demo/DemoData.h"
#include "domain/plan/PlanTasks.h"
#include "storage/Query.h"
#include "storage/RecordRepository.h"
#include "storage/plan/SemesterService.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace houqin;
using test::runCli;
namespace tf = houqin::plan::taskfield;

namespace {
// A CSV export without its first column (the record IDs), line by line.
QString withoutIds(const QString& csv) {
    QStringList lines = csv.split(QStringLiteral("\r\n"));
    for (QString& line : lines)
        line = line.mid(line.indexOf(QLatin1Char(',')) + 1);
    return lines.join(QStringLiteral("\r\n"));
}

const QString kAutumn = QStringLiteral("2026学年第一学期");

class SemesterCommandTest : public ::testing::Test {
protected:
    test::TempDb t{QDateTime(QDate(2026, 9, 16), QTime(10, 0))};
    QTemporaryDir dir;
    QStringList with(QStringList args, const QString& db = {}) {
        return QStringList{QStringLiteral("--db"), db.isEmpty() ? t.path() : db} + args;
    }
    int count(const QString& table) {
        Query q(t.db(), QStringLiteral("SELECT count(*) FROM ") + table);
        EXPECT_TRUE(q.exec().ok());
        EXPECT_TRUE(q.next());
        return q.value(0).toInt();
    }
    test::CliRun create(const QStringList& extra = {}) {
        return runCli(with(QStringList{QStringLiteral("semester"), QStringLiteral("new"),
                                       QStringLiteral("--name"), kAutumn, QStringLiteral("--start"),
                                       QStringLiteral("2026-09-01"), QStringLiteral("--from-template")} +
                           extra));
    }
};

} // namespace

TEST_F(SemesterCommandTest, NewFromTheTemplate) {
    const auto r = create();
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("2026-09-01 to 2027-01-17, 20 teaching weeks")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("plan tasks: 34"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("is the current semester")));
    EXPECT_EQ(count(QStringLiteral("plan_tasks")), 34);

    const auto list = runCli(with({QStringLiteral("semester"), QStringLiteral("list")}));
    EXPECT_EQ(list.code, 0);
    EXPECT_EQ(list.out, kAutumn + QStringLiteral("\t2026-09-01\t2027-01-17\t20\t34\tcurrent\n"));
    const auto current = runCli(with({QStringLiteral("semester"), QStringLiteral("current")}));
    EXPECT_EQ(current.code, 0);
    EXPECT_TRUE(current.out.contains(kAutumn));
    // The CLI runs on the system clock, so only the shape of "Today: ..." is checked.
    EXPECT_TRUE(current.out.contains(QStringLiteral("Today: "))) << current.out.toStdString();
}

TEST_F(SemesterCommandTest, NewWithAnEndCopiedAndMadeCurrent) {
    ASSERT_EQ(create().code, 0);
    const auto r =
        runCli(with({QStringLiteral("semester"), QStringLiteral("new"), QStringLiteral("--name"),
                     QStringLiteral("2027学年第一学期"), QStringLiteral("--start"),
                     QStringLiteral("2027年9月1日"), QStringLiteral("--end"), QStringLiteral("2028-01-23"),
                     QStringLiteral("--copy-from"), kAutumn, QStringLiteral("--current")}));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("21 teaching weeks"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("plan tasks: 34")));
    t.reopen();
    auto cur = plan::SemesterService(t.db()).current();
    ASSERT_TRUE(cur.ok() && cur->has_value());
    EXPECT_EQ((*cur)->name, QStringLiteral("2027学年第一学期"));
    EXPECT_EQ(t->settings().semesterStart, QDate(2027, 9, 1));

    const auto back = runCli(with({QStringLiteral("semester"), QStringLiteral("current"), kAutumn}));
    EXPECT_EQ(back.code, 0) << back.err.toStdString();
    t.reopen();
    EXPECT_EQ((*plan::SemesterService(t.db()).current())->name, kAutumn);
}

TEST_F(SemesterCommandTest, UsageAndValidationErrors) {
    auto run = [&](QStringList args) { return runCli(with(QStringList{QStringLiteral("semester")} + args)); };
    EXPECT_EQ(run({}).code, 2);
    EXPECT_EQ(run({QStringLiteral("frob")}).code, 2);
    EXPECT_EQ(run({QStringLiteral("new"), QStringLiteral("--start"), QStringLiteral("2026-09-01")}).code, 2);
    EXPECT_EQ(run({QStringLiteral("new"), QStringLiteral("--name"), QStringLiteral("x")}).code, 2);
    EXPECT_EQ(run({QStringLiteral("new"), QStringLiteral("--name"), QStringLiteral("x"),
                   QStringLiteral("--start"), QStringLiteral("2026-13-01")})
                  .code,
              2);
    EXPECT_EQ(run({QStringLiteral("new"), QStringLiteral("--name"), QStringLiteral("x"),
                   QStringLiteral("--start"), QStringLiteral("2026-09-01"), QStringLiteral("--from-template"),
                   QStringLiteral("--copy-from"), QStringLiteral("y")})
                  .code,
              2);
    EXPECT_EQ(run({QStringLiteral("list"), QStringLiteral("extra")}).code, 2);
    EXPECT_EQ(run({QStringLiteral("current"), QStringLiteral("a"), QStringLiteral("b")}).code, 2);
    EXPECT_EQ(run({QStringLiteral("recurring")}).code, 2);
    EXPECT_EQ(count(QStringLiteral("semesters")), 0);

    // No current semester yet.
    EXPECT_EQ(run({QStringLiteral("current")}).code, 3);
    EXPECT_EQ(run({QStringLiteral("current"), QStringLiteral("没有")}).code, 2);

    ASSERT_EQ(create().code, 0);
    const auto twice = create();
    EXPECT_EQ(twice.code, 3);
    EXPECT_TRUE(twice.err.contains(QStringLiteral("already exists"))) << twice.err.toStdString();
    const auto unknown =
        run({QStringLiteral("new"), QStringLiteral("--name"), QStringLiteral("新"), QStringLiteral("--start"),
             QStringLiteral("2027-09-01"), QStringLiteral("--copy-from"), QStringLiteral("没有")});
    EXPECT_EQ(unknown.code, 3);
    const auto backwards =
        run({QStringLiteral("new"), QStringLiteral("--name"), QStringLiteral("新"), QStringLiteral("--start"),
             QStringLiteral("2027-09-01"), QStringLiteral("--end"), QStringLiteral("2027-08-01")});
    EXPECT_EQ(backwards.code, 3);
    EXPECT_EQ(count(QStringLiteral("semesters")), 1);
    EXPECT_EQ(count(QStringLiteral("plan_tasks")), 34);
}

TEST_F(SemesterCommandTest, RecurringProposesThenAdds) {
    ASSERT_EQ(create().code, 0);
    const auto proposed = runCli(with({QStringLiteral("semester"), QStringLiteral("recurring"), kAutumn}));
    ASSERT_EQ(proposed.code, 0) << proposed.err.toStdString();
    EXPECT_TRUE(proposed.out.contains(QStringLiteral("Proposed tasks: 12.")));
    EXPECT_TRUE(
        proposed.out.contains(QStringLiteral("Week 14\t12\tSafety\t安全主题教育活动：交通安全“一盔一带”")))
        << proposed.out.toStdString();
    EXPECT_EQ(count(QStringLiteral("plan_tasks")), 34);
    const auto added = runCli(
        with({QStringLiteral("semester"), QStringLiteral("recurring"), kAutumn, QStringLiteral("--add")}));
    ASSERT_EQ(added.code, 0) << added.err.toStdString();
    EXPECT_TRUE(added.out.contains(QStringLiteral("Added 12 task(s)")));
    EXPECT_EQ(count(QStringLiteral("plan_tasks")), 46);
    EXPECT_EQ(
        runCli(with({QStringLiteral("semester"), QStringLiteral("recurring"), QStringLiteral("没有")})).code,
        2);
}

TEST_F(SemesterCommandTest, PrintsBothPlanReports) {
    ASSERT_EQ(create().code, 0);
    const QString monthly = dir.filePath(QStringLiteral("m.pdf")),
                  whole = dir.filePath(QStringLiteral("s.pdf"));
    auto r = runCli(with({QStringLiteral("print"), QStringLiteral("plan-monthly"), QStringLiteral("--month"),
                          QStringLiteral("2026-09"), QStringLiteral("-o"), monthly}));
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(QFile::exists(monthly));
    r = runCli(with({QStringLiteral("print"), QStringLiteral("plan-semester"), QStringLiteral("-o"), whole}));
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(QFile::exists(whole));
    // plan-monthly needs its month; plan-semester prints the semester of a given day.
    EXPECT_EQ(
        runCli(with({QStringLiteral("print"), QStringLiteral("plan-monthly"), QStringLiteral("-o"), monthly}))
            .code,
        2);
    r = runCli(with({QStringLiteral("print"), QStringLiteral("plan-semester"), QStringLiteral("--date"),
                     QStringLiteral("2030-01-01"), QStringLiteral("-o"), whole}));
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("2030-01-01")));
    const auto reports = runCli(with({QStringLiteral("reports")}));
    EXPECT_TRUE(reports.out.contains(QStringLiteral("plan-monthly")));
    EXPECT_TRUE(reports.out.contains(QStringLiteral("plan-semester")));
}

TEST_F(SemesterCommandTest, PlanExportsAndImportsAsCsvWithTheSemesterByName) {
    ASSERT_EQ(create().code, 0);
    // Some progress, so the round trip carries statuses, dates, outcomes and links.
    RecordRepository repo(t.db(), plan::planTasksKind());
    Record first = repo.list()->first();
    first.set(tf::kStatus, plan::taskstatus::kDone);
    first.set(tf::kDoneOn, QDate(2026, 9, 2));
    first.set(tf::kOutcome, QStringLiteral("已完成，\"记录\"见台账\n第二行"));
    first.set(tf::kLink, QStringLiteral("food-samples:2026-09"));
    ASSERT_TRUE(repo.update(first, test::tester()).ok());

    // Display labels in English, language-neutral keys, and display labels in Chinese.
    const QList<QPair<QStringList, QStringList>> modes{
        {{}, {}},
        {{}, {QStringLiteral("--keys")}},
        {{QStringLiteral("--lang"), QStringLiteral("zh_CN")}, {}},
    };
    int n = 0;
    for (const auto& [global, exportOptions] : modes) {
        SCOPED_TRACE((global + exportOptions).join(QLatin1Char(' ')).toStdString());
        const QString other = dir.filePath(QStringLiteral("other-%1.sqlite").arg(++n));
        const QString semesters = dir.filePath(QStringLiteral("s.csv")),
                      tasks = dir.filePath(QStringLiteral("t.csv")),
                      again = dir.filePath(QStringLiteral("t2.csv"));
        auto exportTo = [&](const QString& kind, const QString& file, const QString& db) {
            return runCli(with(global +
                                   QStringList{QStringLiteral("export"), kind, QStringLiteral("-o"), file} +
                                   exportOptions,
                               db))
                .code;
        };
        auto importFrom = [&](const QString& kind, const QString& file) {
            return runCli(with(
                global + QStringList{QStringLiteral("import"), kind, file, QStringLiteral("--insert-only")},
                other));
        };
        ASSERT_EQ(exportTo(QStringLiteral("semesters"), semesters, {}), 0);
        ASSERT_EQ(exportTo(QStringLiteral("plan-tasks"), tasks, {}), 0);
        QFile f(tasks);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        EXPECT_TRUE(text.contains(kAutumn)); // the semester by name, not by id
        EXPECT_TRUE(text.contains(QStringLiteral("food-samples:2026-09")));
        // Tasks before their semester: refused with a message, nothing written.
        const auto early = importFrom(QStringLiteral("plan-tasks"), tasks);
        EXPECT_NE(early.code, 0);
        EXPECT_TRUE(early.err.contains(QStringLiteral("semester"))) << early.err.toStdString();
        auto r = importFrom(QStringLiteral("semesters"), semesters);
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
        r = importFrom(QStringLiteral("plan-tasks"), tasks);
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
        ASSERT_EQ(exportTo(QStringLiteral("plan-tasks"), again, other), 0);
        QFile g(again);
        ASSERT_TRUE(g.open(QIODevice::ReadOnly));
        // The same file but for the record IDs, which name the other database.
        EXPECT_EQ(withoutIds(QString::fromUtf8(g.readAll())), withoutIds(text));
    }
}

TEST(PlanDemoData, CreatesTheCurrentSemesterWithRealisticProgress) {
    test::TempDb t(QDateTime(QDate(2026, 11, 24), QTime(16, 0)));
    auto summary = demo::generate(t.db(), {1, 7}, test::tester());
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    // 2025 autumn (ends in January 2026, inside the year), 2026 spring and the current 2026 autumn.
    EXPECT_EQ(summary->value(QStringLiteral("semesters")), 3);
    EXPECT_EQ(summary->value(QStringLiteral("plan-tasks")), 102);
    auto cur = plan::SemesterService(t.db()).current();
    ASSERT_TRUE(cur.ok() && cur->has_value());
    EXPECT_EQ((*cur)->start, QDate(2026, 9, 1));

    RecordRepository repo(t.db(), plan::planTasksKind());
    auto countIn = [&](const QString& semester, const QString& filter) {
        ListQuery q;
        q.equals = {{tf::kSemester, semester}};
        q.filter = filter;
        return *repo.count(q);
    };
    const QString current = (*cur)->name;
    EXPECT_EQ(countIn(current, QStringLiteral("overdue")), 2);
    EXPECT_EQ(countIn(current, QStringLiteral("postponed")), 1);
    EXPECT_GE(countIn(current, QStringLiteral("done")), 15);
    ListQuery all;
    all.filter = QStringLiteral("overdue");
    EXPECT_EQ(*repo.count(all), 2); // earlier semesters are closed
    // Done tasks carry outcomes, and every task passes the same rules as a typed one.
    for (const Record& r : *repo.list()) {
        if (r.value(tf::kStatus).toString() == plan::taskstatus::kDone) {
            EXPECT_FALSE(r.isEmpty(tf::kOutcome));
        }
        EXPECT_FALSE(hasErrors(repo.validate(r))) << r.value(tf::kTitle).toString().toStdString();
    }
    EXPECT_EQ(t->settings().semesterStart, QDate(2026, 9, 1));
}

TEST(PlanDemoData, MoreYearsMoreSemesters) {
    test::TempDb t(QDateTime(QDate(2026, 11, 24), QTime(16, 0)));
    auto summary = demo::generate(t.db(), {3, 7}, test::tester());
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->value(QStringLiteral("semesters")), 7);
    auto list = plan::SemesterService(t.db()).list();
    ASSERT_TRUE(list.ok());
    EXPECT_EQ(list->last().start, QDate(2023, 9, 1));
}

// The CLI runs on the system clock: a term that began a year ago has every week over.
TEST_F(SemesterCommandTest, SkipPastWeeksMarksTheWeeksAlreadyOverAsNotTracked) {
    const QDate start = QDate::currentDate().addYears(-1);
    const auto tracked =
        runCli(with({QStringLiteral("semester"), QStringLiteral("new"), QStringLiteral("--name"),
                     QStringLiteral("旧学期"), QStringLiteral("--start"), start.toString(Qt::ISODate),
                     QStringLiteral("--from-template")}));
    ASSERT_EQ(tracked.code, 0) << tracked.err.toStdString();
    EXPECT_TRUE(tracked.out.contains(QStringLiteral("34 tasks belong to weeks already over")))
        << tracked.out.toStdString();
    const auto skipped =
        runCli(with({QStringLiteral("semester"), QStringLiteral("new"), QStringLiteral("--name"),
                     QStringLiteral("补录学期"), QStringLiteral("--start"), start.toString(Qt::ISODate),
                     QStringLiteral("--from-template"), QStringLiteral("--skip-past-weeks")}));
    ASSERT_EQ(skipped.code, 0) << skipped.err.toStdString();
    EXPECT_TRUE(skipped.out.contains(QStringLiteral("not tracked: 34"))) << skipped.out.toStdString();
    EXPECT_FALSE(skipped.out.contains(QStringLiteral("overdue")));
    Query q(t.db(), QStringLiteral("SELECT count(*) FROM plan_tasks WHERE semester = '补录学期' AND "
                                   "status = 'not-tracked'"));
    ASSERT_TRUE(q.exec().ok());
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 34);
}
