// Walk-throughs through CSV: one row per finding, the round by its key or its Chinese name; a bad finding
// and a round recorded twice are refused naming their row and column, and nothing is written.
#include "IoTestSupport.h"
#include "domain/staff/Patrols.h"
#include "storage/RecordRepository.h"

using namespace houqin;
using namespace houqin::io;

namespace {
const QDateTime kNow(QDate(2026, 11, 18), QTime(18, 0));
const QString kHeader = QStringLiteral("date,round,administrator,campus,areas,finding,area,note\n");
} // namespace

TEST(PatrolsCsv, RowsOfFindingsBecomePatrols) {
    test::TempDb t(kNow);
    RecordRepository repo(t.db(), staff::patrolsKind());
    const QByteArray csv =
        (kHeader + QStringLiteral("2026-11-18,第一巡,王芳,滨豪园区,校园、教室、食堂,问题,食堂,地面湿滑\n"
                                  "2026-11-18,第一巡,王芳,滨豪园区,校园、教室、食堂,优点,教室,摆放整齐\n"
                                  "2026-11-18,2,王芳,滨豪园区,校园、教室、食堂,merit,校园,无杂草\n"))
            .toUtf8();
    auto imported = importCsv(repo, csv, test::tester());
    ASSERT_TRUE(imported.ok());
    ASSERT_TRUE(imported->ok()) << test::describe(*imported);
    EXPECT_EQ(imported->imported, 2);
    EXPECT_EQ(test::countSql(t.db(), QStringLiteral("SELECT count(*) FROM patrol_findings")), 3);
    EXPECT_EQ(test::countSql(t.db(), QStringLiteral("SELECT count(*) FROM patrols WHERE round = '1'")), 1);
}

TEST(PatrolsCsv, ABadRowNamesItsRowColumnAndReasonAndNothingIsWritten) {
    test::TempDb t(kNow);
    RecordRepository repo(t.db(), staff::patrolsKind());
    const QByteArray csv = (kHeader + QStringLiteral("2026-11-18,1,王芳,滨豪园区,校园,问题,食堂,地面湿滑\n"
                                                     "2026-11-18,1,王芳,滨豪园区,校园,表扬,教室,摆放整齐\n"
                                                     "2026-11-18,4,李强,滨豪园区,校园,优点,校园,无杂草\n"))
                               .toUtf8();
    auto imported = importCsv(repo, csv, test::tester());
    ASSERT_TRUE(imported.ok());
    ASSERT_EQ(imported->problems.size(), 2) << test::describe(*imported);
    EXPECT_EQ(imported->problems.at(0).row, 3);
    EXPECT_EQ(imported->problems.at(0).column, QStringLiteral("finding"));
    EXPECT_TRUE(imported->problems.at(0).reason.contains(QStringLiteral("表扬")))
        << imported->problems.at(0).reason.toStdString();
    EXPECT_EQ(imported->problems.at(1).row, 4);
    EXPECT_EQ(imported->problems.at(1).column, QStringLiteral("round"));
    EXPECT_EQ(test::countSql(t.db(), QStringLiteral("SELECT count(*) FROM patrols")), 0);
    EXPECT_EQ(test::countSql(t.db(), QStringLiteral("SELECT count(*) FROM patrol_findings")), 0);
}

TEST(PatrolsCsv, ARoundRecordedTwiceIsRefusedOnItsRow) {
    test::TempDb t(kNow);
    RecordRepository repo(t.db(), staff::patrolsKind());
    const QByteArray csv = (kHeader + QStringLiteral("2026-11-18,1,王芳,滨豪园区,校园,优点,校园,无杂草\n"
                                                     "2026-11-18,1,王芳,新港园区,教室,问题,教室,窗台积灰\n"))
                               .toUtf8();
    auto imported = importCsv(repo, csv, test::tester());
    ASSERT_TRUE(imported.ok());
    ASSERT_EQ(imported->problems.size(), 1) << test::describe(*imported);
    EXPECT_EQ(imported->problems.first().row, 3);
    EXPECT_EQ(imported->problems.first().column, QStringLiteral("round"));
    // The declared sentence, not SQLite's English.
    EXPECT_TRUE(imported->problems.first().reason.contains(QStringLiteral("already recorded this round")))
        << imported->problems.first().reason.toStdString();
    EXPECT_EQ(test::countSql(t.db(), QStringLiteral("SELECT count(*) FROM patrols")), 0);
}
