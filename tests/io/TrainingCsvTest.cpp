// CSV import of the staff and training kinds: sessions with attendance lines (Chinese choice names), exams
// with score lines (a blank score is someone who did not sit), appraisals with item lines; a bad row is
// refused naming its row and column, and nothing of the file is written.
#include "IoTestSupport.h"
#include "domain/staff/StaffKind.h"
#include "domain/staff/TrainingKinds.h"
#include "storage/RecordRepository.h"

using namespace houqin;
using namespace houqin::io;

namespace {
const QDateTime kNow(QDate(2026, 11, 25), QTime(16, 0));
}

TEST(TrainingCsv, SessionsImportWithTheirAttendance) {
    test::TempDb t(kNow);
    RecordRepository repo(t.db(), staff::trainingSessionsKind());
    const QByteArray csv = QStringLiteral("date,kind,topic,presenter,person,attendance\n"
                                          "2026-11-17,理论学习,消毒知识,陈医生,张丽,出席\n"
                                          "2026-11-17,理论学习,消毒知识,陈医生,王芳,请假\n"
                                          "2026-11-19,食堂理论学习,《食品安全法》,陈医生,王芳,缺席\n")
                               .toUtf8();
    auto imported = importCsv(repo, csv, test::tester());
    ASSERT_TRUE(imported.ok());
    ASSERT_TRUE(imported->ok()) << test::describe(*imported);
    EXPECT_EQ(imported->imported, 2);
    EXPECT_EQ(test::countSql(t.db(), QStringLiteral("SELECT count(*) FROM training_attendance WHERE "
                                                    "attendance = 'leave'")),
              1);
}

TEST(TrainingCsv, ABadSessionRowNamesItsRowAndColumnAndNothingIsWritten) {
    test::TempDb t(kNow);
    RecordRepository repo(t.db(), staff::trainingSessionsKind());
    const QByteArray csv = QStringLiteral("date,kind,topic,person,attendance\n"
                                          "2026-11-17,理论学习,消毒知识,张丽,出席\n"
                                          "2026-11-17,理论学习,消毒知识,王芳,迟到\n")
                               .toUtf8();
    const test::DbCounts before = test::counts(t.db(), QStringLiteral("training_attendance"));
    auto imported = importCsv(repo, csv, test::tester());
    ASSERT_TRUE(imported.ok());
    ASSERT_EQ(imported->problems.size(), 1) << test::describe(*imported);
    EXPECT_EQ(imported->problems.at(0).row, 3);
    EXPECT_EQ(imported->problems.at(0).column, QStringLiteral("attendance"));
    EXPECT_EQ(test::counts(t.db(), QStringLiteral("training_attendance")), before);
    EXPECT_EQ(test::countSql(t.db(), QStringLiteral("SELECT count(*) FROM training_sessions")), 0);
}

TEST(TrainingCsv, ExamsImportWithBlankScoresAndRefuseAScoreAboveOneHundred) {
    test::TempDb t(kNow);
    RecordRepository repo(t.db(), staff::examsKind());
    auto good = importCsv(repo,
                          QStringLiteral("month,date,subject,pass_mark,person,score\n"
                                         "2026-11-01,2026-11-26,食品安全,60,张丽,59.9\n"
                                         "2026-11-01,2026-11-26,食品安全,60,王芳,\n")
                              .toUtf8(),
                          test::tester());
    ASSERT_TRUE(good.ok());
    ASSERT_TRUE(good->ok()) << test::describe(*good);
    EXPECT_EQ(test::countSql(t.db(), QStringLiteral("SELECT count(*) FROM exam_scores WHERE score IS NULL")),
              1);
    auto bad = importCsv(repo,
                         QStringLiteral("month,date,subject,pass_mark,person,score\n"
                                        "2026-10-01,2026-10-27,消毒知识,60,张丽,100.5\n")
                             .toUtf8(),
                         test::tester());
    ASSERT_TRUE(bad.ok());
    ASSERT_EQ(bad->problems.size(), 1) << test::describe(*bad);
    EXPECT_EQ(bad->problems.at(0).row, 2);
    EXPECT_EQ(bad->problems.at(0).column, QStringLiteral("score"));
    EXPECT_EQ(test::countSql(t.db(), QStringLiteral("SELECT count(*) FROM exams")), 1);
}

TEST(TrainingCsv, AppraisalsImportAndASecondOfTheMonthIsRefusedWithItsReason) {
    test::TempDb t(kNow);
    RecordRepository repo(t.db(), staff::appraisalsKind());
    const QString header = QStringLiteral("month,person,item,weight,score\n");
    const QString rows = QStringLiteral("2026-11-01,张丽,出勤纪律,20,95\n"
                                        "2026-11-01,张丽,岗位职责,30,88\n"
                                        "2026-11-01,张丽,卫生保育,30,90\n"
                                        "2026-11-01,张丽,服务态度,20,92\n");
    auto first = importCsv(repo, (header + rows).toUtf8(), test::tester());
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(first->ok()) << test::describe(*first);
    auto again = importCsv(repo, (header + rows).toUtf8(), test::tester(), test::insertOnly());
    ASSERT_TRUE(again.ok());
    ASSERT_FALSE(again->problems.isEmpty());
    EXPECT_EQ(again->problems.at(0).row, 2) << test::describe(*again);
    EXPECT_TRUE(again->problems.at(0).reason.contains(QStringLiteral("already has an appraisal")))
        << test::describe(*again);
    EXPECT_EQ(test::countSql(t.db(), QStringLiteral("SELECT count(*) FROM appraisals")), 1);
    // Weights that do not total 100% are refused.
    auto weights = importCsv(repo,
                             QStringLiteral("month,person,item,weight,score\n"
                                            "2026-11-01,王芳,出勤纪律,20,95\n"
                                            "2026-11-01,王芳,岗位职责,30,88\n")
                                 .toUtf8(),
                             test::tester());
    ASSERT_TRUE(weights.ok());
    ASSERT_FALSE(weights->problems.isEmpty());
    EXPECT_TRUE(weights->problems.at(0).reason.contains(QStringLiteral("100%"))) << test::describe(*weights);
    EXPECT_EQ(test::countSql(t.db(), QStringLiteral("SELECT count(*) FROM appraisals")), 1);
}
