// The staff and training reports as real PDFs read back with pdftotext: the sign-in sheet (filled and
// blank), the exam results with who did not sit, the monthly appraisal summary with who is missing, and
// the semester's sessions against the cadence.
#include "../PdfText.h"
#include "TestSupport.h"
#include "domain/staff/StaffKind.h"
#include "domain/staff/TrainingKinds.h"
#include "reports/Printer.h"
#include "reports/ReportRegistry.h"
#include "storage/RecordRepository.h"
#include "storage/plan/SemesterService.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::reports;
namespace t = houqin::staff::training;

namespace {

class TrainingReportsTest : public ::testing::Test {
protected:
    test::TempDb db{QDateTime(QDate(2026, 11, 29), QTime(10, 0))};
    QTemporaryDir dir;

    void SetUp() override {
        QList<Record> people;
        for (const auto& [name, post, status] :
             {std::tuple{"张丽", "childcare", "active"}, std::tuple{"王芳", "canteen", "active"},
              std::tuple{"李娜", "cleaner", "active"}, std::tuple{"赵敏", "childcare", "left"}}) {
            Record r = newRecord(houqin::staff::staffKind(), nullptr, db->ruleContext());
            r.set(QStringLiteral("name"), QString::fromUtf8(name));
            r.set(QStringLiteral("post"), QString::fromLatin1(post));
            r.set(QStringLiteral("status"), QString::fromLatin1(status));
            people << r;
        }
        add(houqin::staff::staffKind(), people);
    }
    void add(const RecordKind& kind, const QList<Record>& rs) {
        auto ids = RecordRepository(db.db(), kind).insertAll(rs, test::tester());
        ASSERT_TRUE(ids.ok()) << ids.error().message.toStdString();
    }
    Record session(QDate day, const QString& kind, const QString& topic) {
        Record r = newRecord(houqin::staff::trainingSessionsKind(), nullptr, db->ruleContext());
        r.set(t::kDate, day);
        r.set(t::kKind, kind);
        r.set(t::kTopic, topic);
        r.set(t::kPresenter, QStringLiteral("陈医生"));
        return r;
    }
    QString printed(const QString& key, Period::Kind kind, const QString& text, bool blank = false) {
        const ReportDef* r = findReport(key);
        EXPECT_NE(r, nullptr) << key.toStdString();
        if (!r)
            return {};
        Period period;
        if (kind != Period::Kind::None) {
            auto p = Period::parse(kind, text);
            EXPECT_TRUE(p.ok());
            period = *p;
        }
        auto doc = r->make(db.db(), period, blank);
        EXPECT_TRUE(doc.ok()) << doc.error().message.toStdString();
        if (!doc)
            return {};
        const QString path =
            dir.filePath(key + (blank ? QStringLiteral("-blank.pdf") : QStringLiteral(".pdf")));
        auto pages = writePdf(*doc, path);
        EXPECT_TRUE(pages.ok()) << pages.error().message.toStdString();
        test::keepPdf(path);
        return test::pdfText(path);
    }
};

} // namespace

TEST_F(TrainingReportsTest, SignInSheetListsTheSessionsAttendanceAndPrintsBlankForTheActiveStaff) {
    Record s = session(QDate(2026, 11, 17), t::kTheory, QStringLiteral("消毒知识"));
    ASSERT_EQ(s.lines.size(), 3);
    s.lines[1].set(t::kAttendance, QStringLiteral("leave"));
    add(houqin::staff::trainingSessionsKind(), {s});
    const QString filled =
        printed(QStringLiteral("training-attendance"), Period::Kind::Day, QStringLiteral("2026-11-17"));
    EXPECT_TRUE(filled.contains(QStringLiteral("消毒知识"))) << filled.toStdString();
    EXPECT_TRUE(filled.contains(QStringLiteral("张丽")));
    EXPECT_TRUE(filled.contains(QStringLiteral("On leave"))) << filled.toStdString();
    EXPECT_FALSE(filled.contains(QStringLiteral("赵敏")));

    const QString blank =
        printed(QStringLiteral("training-attendance"), Period::Kind::Day, QStringLiteral("2026-11-17"), true);
    for (const char* name : {"张丽", "王芳", "李娜"})
        EXPECT_TRUE(blank.contains(QString::fromUtf8(name))) << name;
    EXPECT_FALSE(blank.contains(QStringLiteral("赵敏"))); // left: not on the paper round
    EXPECT_FALSE(blank.contains(QStringLiteral("消毒知识")));
    EXPECT_FALSE(blank.contains(QStringLiteral("On leave")));
}

TEST_F(TrainingReportsTest, ExamResultsJudgeByThePassMarkAndListWhoDidNotSit) {
    Record e = newRecord(houqin::staff::examsKind(), nullptr, db->ruleContext());
    e.set(t::kSubject, QStringLiteral("食品安全"));
    e.set(t::kDate, QDate(2026, 11, 26));
    Record a, b;
    a.set(t::kPerson, QStringLiteral("张丽"));
    a.set(t::kScore, 59.9);
    b.set(t::kPerson, QStringLiteral("王芳"));
    b.set(t::kScore, 60.0);
    e.lines = {a, b}; // 李娜 is on no line
    add(houqin::staff::examsKind(), {e});
    const QString text =
        printed(QStringLiteral("exam-results"), Period::Kind::Month, QStringLiteral("2026-11"));
    EXPECT_TRUE(text.contains(QStringLiteral("59.9"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Failed the exam")));
    EXPECT_TRUE(text.contains(QStringLiteral("Passed the exam")));
    EXPECT_TRUE(text.contains(QStringLiteral("李娜")));
    EXPECT_TRUE(text.contains(QStringLiteral("1 passed, 1 failed, 1 did not sit"))) << text.toStdString();
}

TEST_F(TrainingReportsTest, AppraisalSummaryShowsItemsTotalGradeAndWhoIsMissing) {
    Record r = newRecord(houqin::staff::appraisalsKind(), nullptr, db->ruleContext());
    r.set(t::kPerson, QStringLiteral("张丽"));
    for (Record& line : r.lines)
        line.set(t::kScore, 90.0);
    Record r2 = r;
    r2.set(t::kPerson, QStringLiteral("王芳"));
    for (Record& line : r2.lines)
        line.set(t::kScore, 79.9);
    add(houqin::staff::appraisalsKind(), {r, r2});
    const QString text =
        printed(QStringLiteral("appraisal-monthly"), Period::Kind::Month, QStringLiteral("2026-11"));
    for (const char* item : {"出勤纪律", "岗位职责", "卫生保育", "服务态度"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(item))) << item;
    EXPECT_TRUE(text.contains(QStringLiteral("90.0"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Excellent")));
    EXPECT_TRUE(text.contains(QStringLiteral("Satisfactory")));  // 79.9
    EXPECT_TRUE(text.contains(QStringLiteral("Not appraised"))); // 李娜
    EXPECT_TRUE(text.contains(QStringLiteral("feedback meeting")));
}

TEST_F(TrainingReportsTest, SemesterRecordShowsWhatTheCadenceMisses) {
    plan::NewSemester n;
    n.name = QStringLiteral("2026学年第一学期");
    n.start = QDate(2026, 9, 1);
    ASSERT_TRUE(plan::SemesterService(db.db()).create(n, test::tester()).ok());
    add(houqin::staff::trainingSessionsKind(),
        {session(QDate(2026, 9, 8), t::kTheory,
                 QStringLiteral("《幼儿园保育教育质量评估指标》“生活照料”（一）")),
         session(QDate(2026, 9, 10), t::kSkills, QStringLiteral("折纸"))});
    const QString text = printed(QStringLiteral("training-semester"), Period::Kind::None, {});
    EXPECT_TRUE(text.contains(QStringLiteral("折纸"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Held")));
    EXPECT_TRUE(text.contains(QStringLiteral("Missing")));
    EXPECT_TRUE(text.contains(QStringLiteral("To come")));
}
