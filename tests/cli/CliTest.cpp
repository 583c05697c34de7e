#include "CliHarness.h"
#include "TestSupport.h"
#include "domain/canteen/FoodSamples.h"
#include "storage/Query.h"
#include "storage/RecordRepository.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace houqin;
using test::runCli;

namespace {
const QByteArray kBom("\xEF\xBB\xBF");

void writeFile(const QString& path, const QByteArray& data) {
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(data);
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

int countRows(Database& db, const QString& table) {
    Query q(db, QStringLiteral("SELECT count(*) FROM ") + table);
    EXPECT_TRUE(q.exec().ok());
    EXPECT_TRUE(q.next());
    return q.value(0).toInt();
}

Record sample(const QString& dish, QDate day) {
    Record r;
    r.set(QStringLiteral("date"), day);
    r.set(QStringLiteral("meal"), QStringLiteral("lunch"));
    r.set(QStringLiteral("dish"), dish);
    r.set(QStringLiteral("weight_g"), 130.0);
    r.set(QStringLiteral("stored_at"), QDateTime(day, QTime(11, 40)));
    r.set(QStringLiteral("fridge_temp_c"), 4.0);
    r.set(QStringLiteral("sampled_by"), QStringLiteral("王老师"));
    return r;
}
} // namespace

class CliTest : public ::testing::Test {
protected:
    test::TempDb t;
    QStringList with(QStringList args) { return QStringList{QStringLiteral("--db"), t.path()} + args; }
    void addSamples() {
        RecordRepository repo(t.db(), canteen::foodSamplesKind());
        ASSERT_TRUE(repo.insertAll({sample(QStringLiteral("番茄炒蛋"), QDate(2026, 9, 1)),
                                    sample(QStringLiteral("青菜"), QDate(2026, 9, 2)),
                                    sample(QStringLiteral("米饭"), QDate(2026, 9, 8))},
                                   test::tester())
                        .ok());
    }
};

TEST_F(CliTest, VersionAndHelp) {
    auto r = runCli({QStringLiteral("--version")});
    EXPECT_EQ(r.code, 0);
    EXPECT_EQ(r.out.trimmed(), QStringLiteral("houqin ") + QStringLiteral(HOUQIN_VERSION));
    r = runCli({QStringLiteral("--help")});
    EXPECT_EQ(r.code, 0);
    for (const char* c : {"kinds", "export", "import", "print", "reports", "check", "demo-data"})
        EXPECT_TRUE(r.out.contains(QString::fromLatin1(c))) << c;
}

TEST_F(CliTest, UsageErrorsExitTwo) {
    EXPECT_EQ(runCli(with({QStringLiteral("frobnicate")})).code, 2);
    EXPECT_EQ(runCli({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("kinds")}).code, 2);
    EXPECT_EQ(runCli({QStringLiteral("kinds"), QStringLiteral("--db")}).code, 2);
    const auto r = runCli(with({QStringLiteral("export"), QStringLiteral("no-such-kind")}));
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no-such-kind")));
    EXPECT_EQ(runCli(with({QStringLiteral("export")})).code, 2);
    EXPECT_EQ(runCli(with({QStringLiteral("kinds"), QStringLiteral("--bogus")})).code, 2);
}

TEST_F(CliTest, KindsListsKeysLabelsAndCounts) {
    addSamples();
    const auto r = runCli(with({QStringLiteral("kinds")}));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("food-samples\tFood samples\t3")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("staff\tStaff\t0")));
}

TEST_F(CliTest, ExportWritesBomLabelsAndDerivedStatus) {
    addSamples();
    const QString file = t.dir() + QStringLiteral("/out.csv");
    const auto r =
        runCli(with({QStringLiteral("export"), QStringLiteral("food-samples"), QStringLiteral("-o"), file}));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QByteArray csv = readFile(file);
    EXPECT_TRUE(csv.startsWith(kBom));
    const QString text = QString::fromUtf8(csv.mid(3));
    EXPECT_TRUE(text.startsWith(QStringLiteral("Record ID,Date,Meal,Dish")));
    EXPECT_TRUE(text.contains(QStringLiteral("Status")));
    EXPECT_TRUE(text.contains(QStringLiteral("番茄炒蛋")));
    EXPECT_EQ(text.count(QStringLiteral("\r\n")), 4); // header + 3 rows
}

TEST_F(CliTest, ExportWithKeysAndDateRange) {
    addSamples();
    const QString file = t.dir() + QStringLiteral("/out.csv");
    const auto r =
        runCli(with({QStringLiteral("export"), QStringLiteral("food-samples"), QStringLiteral("--keys"),
                     QStringLiteral("--from"), QStringLiteral("2026/9/2"), QStringLiteral("--to"),
                     QStringLiteral("2026年9月8日"), QStringLiteral("-o"), file}));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QString text = QString::fromUtf8(readFile(file).mid(3));
    EXPECT_TRUE(text.startsWith(QStringLiteral("id,date,meal,dish,weight_g,stored_at")));
    EXPECT_TRUE(text.contains(QStringLiteral(",lunch,")));
    EXPECT_FALSE(text.contains(QStringLiteral("番茄炒蛋")));
    EXPECT_TRUE(text.contains(QStringLiteral("青菜")));
    EXPECT_TRUE(text.contains(QStringLiteral("米饭")));
}

TEST_F(CliTest, ExportRejectsBadDatesAndReversedRanges) {
    EXPECT_EQ(runCli(with({QStringLiteral("export"), QStringLiteral("food-samples"), QStringLiteral("--from"),
                           QStringLiteral("2026-02-30")}))
                  .code,
              2);
    EXPECT_EQ(
        runCli(with({QStringLiteral("export"), QStringLiteral("food-samples"), QStringLiteral("--from"),
                     QStringLiteral("2026-09-09"), QStringLiteral("--to"), QStringLiteral("2026-09-01")}))
            .code,
        2);
}

TEST_F(CliTest, ExportToStdout) {
    addSamples();
    const auto r =
        runCli(with({QStringLiteral("export"), QStringLiteral("food-samples"), QStringLiteral("--keys")}));
    ASSERT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("date,meal,dish")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("米饭")));
}

TEST_F(CliTest, ImportGoodFileWritesEveryRow) {
    const QString file = t.dir() + QStringLiteral("/in.csv");
    writeFile(file, kBom + QStringLiteral("日期,餐次,菜品,重量,留样时间,冰箱温度,留样人\r\n"
                                          "2026/9/1,午餐,番茄炒蛋,125,2026/9/1 11:30,4,王老师\r\n"
                                          "2026年9月1日,lunch,青菜,１３０,2026-09-01 11:30,3.5,王老师\r\n")
                               .toUtf8());
    // Chinese headers need the zh_CN catalogue only for lookup, whatever the UI language.
    const auto r = runCli(with({QStringLiteral("import"), QStringLiteral("food-samples"), file}));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(countRows(t.db(), QStringLiteral("food_samples")), 2);
}

TEST_F(CliTest, ImportWithOneBadRowWritesNothingAndNamesRowColumnReason) {
    addSamples();
    const int before = countRows(t.db(), QStringLiteral("food_samples"));
    const int auditBefore = countRows(t.db(), QStringLiteral("audit_log"));
    const QString file = t.dir() + QStringLiteral("/in.csv");
    writeFile(file, QByteArray("date,meal,dish,weight_g,stored_at,fridge_temp_c,sampled_by\n"
                               "2026-09-03,lunch,Rice,130,2026-09-03 11:30,4,Wang\n"
                               "2026-09-03,lunch,Greens,124.9,2026-09-03 11:30,4,Wang\n"
                               "2026-09-03,lunch,Soup,130,2026-09-03 11:30,4,Wang\n"));
    const auto r = runCli(with({QStringLiteral("import"), QStringLiteral("food-samples"), file}));
    EXPECT_EQ(r.code, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("3"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("weight_g"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("125"))) << r.err.toStdString();
    EXPECT_EQ(countRows(t.db(), QStringLiteral("food_samples")), before);
    EXPECT_EQ(countRows(t.db(), QStringLiteral("audit_log")), auditBefore);
}

TEST_F(CliTest, ImportOfAMissingFileIsAFileError) {
    const auto r = runCli(with(
        {QStringLiteral("import"), QStringLiteral("food-samples"), t.dir() + QStringLiteral("/nope.csv")}));
    EXPECT_EQ(r.code, 4);
    EXPECT_FALSE(r.err.isEmpty());
}

TEST_F(CliTest, ReportsListsTheWeeklyRegister) {
    const auto r = runCli(with({QStringLiteral("reports")}));
    ASSERT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("food-samples-weekly")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("--week")));
}

TEST_F(CliTest, PrintWritesAPdf) {
    addSamples();
    const QString pdf = t.dir() + QStringLiteral("/week.pdf");
    const auto r =
        runCli(with({QStringLiteral("print"), QStringLiteral("food-samples-weekly"), QStringLiteral("--week"),
                     QStringLiteral("2026-W36"), QStringLiteral("-o"), pdf}));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(readFile(pdf).startsWith("%PDF"));
}

TEST_F(CliTest, PrintAKindsListForAMonth) {
    addSamples();
    const QString pdf = t.dir() + QStringLiteral("/list.pdf");
    const auto r =
        runCli(with({QStringLiteral("print"), QStringLiteral("food-samples"), QStringLiteral("--month"),
                     QStringLiteral("2026-09"), QStringLiteral("-o"), pdf}));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(readFile(pdf).startsWith("%PDF"));
}

TEST_F(CliTest, PrintUsageErrors) {
    const QString pdf = t.dir() + QStringLiteral("/x.pdf");
    EXPECT_EQ(runCli(with({QStringLiteral("print"), QStringLiteral("food-samples-weekly"),
                           QStringLiteral("-o"), pdf}))
                  .code,
              2);
    EXPECT_EQ(runCli(with({QStringLiteral("print"), QStringLiteral("food-samples-weekly"),
                           QStringLiteral("--week"), QStringLiteral("2026-W54"), QStringLiteral("-o"), pdf}))
                  .code,
              2);
    EXPECT_EQ(runCli(with({QStringLiteral("print"), QStringLiteral("food-samples-weekly"),
                           QStringLiteral("--month"), QStringLiteral("2026-09"), QStringLiteral("-o"), pdf}))
                  .code,
              2);
    EXPECT_EQ(runCli(with({QStringLiteral("print"), QStringLiteral("nope"), QStringLiteral("--week"),
                           QStringLiteral("2026-W36"), QStringLiteral("-o"), pdf}))
                  .code,
              2);
    EXPECT_EQ(runCli(with({QStringLiteral("print"), QStringLiteral("food-samples-weekly"),
                           QStringLiteral("--week"), QStringLiteral("2026-W36")}))
                  .code,
              2);
    EXPECT_FALSE(QFile::exists(pdf));
}

TEST_F(CliTest, CheckReportsASoundDatabase) {
    const auto r = runCli(with({QStringLiteral("check")}));
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(t.path()));
}

TEST_F(CliTest, ForeignFileIsAStorageErrorAndUntouched) {
    const QString file = t.dir() + QStringLiteral("/notes.txt");
    writeFile(file, "hello, not a database at all, but long enough\n");
    const auto r = runCli({QStringLiteral("--db"), file, QStringLiteral("kinds")});
    EXPECT_EQ(r.code, 4);
    EXPECT_TRUE(r.err.contains(file));
    EXPECT_EQ(readFile(file), QByteArray("hello, not a database at all, but long enough\n"));
}

TEST_F(CliTest, ImportOfAFileWithIdsAsksForUpdateOrInsertOnly) {
    addSamples();
    const QString file = t.dir() + QStringLiteral("/again.csv");
    ASSERT_EQ(runCli(with({QStringLiteral("export"), QStringLiteral("food-samples"), QStringLiteral("--keys"),
                           QStringLiteral("-o"), file}))
                  .code,
              0);
    // One weight edited, as in a spreadsheet.
    QString text = QString::fromUtf8(readFile(file));
    ASSERT_EQ(text.count(QStringLiteral(",青菜,130.0,")), 1);
    text.replace(QStringLiteral(",青菜,130.0,"), QStringLiteral(",青菜,141.0,"));
    writeFile(file, text.toUtf8());
    const int audit = countRows(t.db(), QStringLiteral("audit_log"));
    auto import = [&](QStringList flags) {
        return runCli(
            with(QStringList{QStringLiteral("import"), QStringLiteral("food-samples"), file} + flags));
    };

    auto r = import({});
    EXPECT_EQ(r.code, 2) << "no choice given: the plan, a usage error, nothing written";
    EXPECT_TRUE(r.out.contains(QStringLiteral("0 new, 1 updated, 2 unchanged"))) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("--update"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("--insert-only"))) << r.err.toStdString();
    EXPECT_EQ(countRows(t.db(), QStringLiteral("audit_log")), audit);

    EXPECT_EQ(import({QStringLiteral("--update"), QStringLiteral("--insert-only")}).code, 2);

    r = import({QStringLiteral("--update")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("0 new, 1 updated, 2 unchanged"))) << r.out.toStdString();
    EXPECT_EQ(countRows(t.db(), QStringLiteral("food_samples")), 3);
    EXPECT_EQ(countRows(t.db(), QStringLiteral("audit_log")), audit + 1);
    {
        Query q(t.db(), QStringLiteral("SELECT weight_g FROM food_samples WHERE dish = '青菜'"));
        ASSERT_TRUE(q.exec().ok() && q.next());
        EXPECT_DOUBLE_EQ(q.value(0).toDouble(), 141.0);
    } // an open statement would keep this connection on the old snapshot

    r = import({QStringLiteral("--insert-only")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("3"))) << r.out.toStdString();
    EXPECT_EQ(countRows(t.db(), QStringLiteral("food_samples")), 6);
}

TEST_F(CliTest, ImportOfAnotherDatabasesFileIsRefusedUnlessInsertOnly) {
    addSamples();
    const QString file = t.dir() + QStringLiteral("/from-here.csv");
    ASSERT_EQ(
        runCli(with({QStringLiteral("export"), QStringLiteral("food-samples"), QStringLiteral("-o"), file}))
            .code,
        0);
    test::TempDb other;
    auto into = [&](QStringList flags) {
        return runCli(QStringList{QStringLiteral("--db"), other.path(), QStringLiteral("import"),
                                  QStringLiteral("food-samples"), file} +
                      flags);
    };
    auto r = into({QStringLiteral("--update")});
    EXPECT_EQ(r.code, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("another database"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("Row 2"))) << r.err.toStdString();
    EXPECT_EQ(countRows(other.db(), QStringLiteral("food_samples")), 0);
    r = into({QStringLiteral("--insert-only")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(countRows(other.db(), QStringLiteral("food_samples")), 3);
}

TEST_F(CliTest, AttentionListsWhatIsRaisedOnTheDayAsked) {
    // A hazard due on 20 November, not closed: overdue from the 21st.
    Query q(t.db(),
            QStringLiteral("INSERT INTO hazards (created_at, created_by, updated_at, updated_by, found_on, "
                           "place, category, description, severity, state, owner, deadline) VALUES ('x', "
                           "'x', 'x', 'x', '2026-11-10', '中二班', 'facility', '窗户限位器松动', 'general', "
                           "'in-progress', '王师傅', '2026-11-20')"));
    ASSERT_TRUE(q.exec().ok());
    const QStringList base{QStringLiteral("--db"), t.path(), QStringLiteral("attention"),
                           QStringLiteral("--date")};
    const auto onDeadline = runCli(base + QStringList{QStringLiteral("2026-11-20")});
    EXPECT_EQ(onDeadline.code, 0) << onDeadline.err.toStdString();
    EXPECT_FALSE(onDeadline.out.contains(QStringLiteral("safety.hazards-overdue")))
        << onDeadline.out.toStdString();
    const auto dayAfter = runCli(base + QStringList{QStringLiteral("2026-11-21")});
    EXPECT_EQ(dayAfter.code, 0);
    EXPECT_TRUE(
        dayAfter.out.contains(QStringLiteral("safety.hazards-overdue\t1\tHazards past their deadline\n")))
        << dayAfter.out.toStdString();
    // Most severe first: the overdue hazard (critical) heads the list.
    EXPECT_TRUE(dayAfter.out.startsWith(QStringLiteral("safety.hazards-overdue")))
        << dayAfter.out.toStdString();
    const auto bad = runCli(base + QStringList{QStringLiteral("tomorrow")});
    EXPECT_EQ(bad.code, 2);
}

TEST_F(CliTest, AttentionShowsTheStaffAndTrainingItemsFromTheirDays) {
    Query q(t.db(),
            QStringLiteral("INSERT INTO staff (created_at, created_by, updated_at, updated_by, name, post, "
                           "campus, status) VALUES ('x', 'x', 'x', 'x', '张丽', 'childcare', '滨豪园区', "
                           "'active')"));
    ASSERT_TRUE(q.exec().ok());
    const QStringList base{QStringLiteral("--db"), t.path(), QStringLiteral("attention"),
                           QStringLiteral("--date")};
    const auto on24 = runCli(base + QStringList{QStringLiteral("2026-11-24")});
    ASSERT_EQ(on24.code, 0) << on24.err.toStdString();
    EXPECT_FALSE(on24.out.contains(QStringLiteral("staff.appraisals-incomplete"))) << on24.out.toStdString();
    EXPECT_TRUE(on24.out.contains(QStringLiteral("staff.exam-not-held\t0\tThis month's exam not yet held\n")))
        << on24.out.toStdString();
    EXPECT_TRUE(on24.out.contains(QStringLiteral("staff.no-study-14-days"))) << on24.out.toStdString();
    const auto on25 = runCli(base + QStringList{QStringLiteral("2026-11-25")});
    ASSERT_EQ(on25.code, 0) << on25.err.toStdString();
    EXPECT_TRUE(on25.out.contains(
        QStringLiteral("staff.appraisals-incomplete\t1\tStaff without this month's appraisal\n")))
        << on25.out.toStdString();
    const auto on23 = runCli(base + QStringList{QStringLiteral("2026-11-23")});
    EXPECT_FALSE(on23.out.contains(QStringLiteral("staff.exam-not-held"))) << on23.out.toStdString();
}
