#include "PdfText.h"
#include "TestSupport.h"
#include "domain/canteen/FoodSamples.h"
#include "domain/staff/StaffKind.h"
#include "reports/Printer.h"
#include "reports/ReportRegistry.h"
#include "storage/RecordRepository.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::reports;

namespace {

const QDateTime kNow(QDate(2026, 9, 7), QTime(10, 0));

Record person(const QString& name, const QString& post, const QString& phone = {}) {
    Record r;
    r.set(QStringLiteral("name"), name);
    r.set(QStringLiteral("post"), post);
    r.set(QStringLiteral("campus"), QStringLiteral("滨豪园区"));
    if (!phone.isEmpty())
        r.set(QStringLiteral("phone"), phone);
    r.set(QStringLiteral("status"), QStringLiteral("active"));
    return r;
}

Record sample(const QString& dish, const QDateTime& stored) {
    Record r;
    r.set(QStringLiteral("date"), stored.date());
    r.set(QStringLiteral("meal"), QStringLiteral("lunch"));
    r.set(QStringLiteral("dish"), dish);
    r.set(QStringLiteral("weight_g"), 130.0);
    r.set(QStringLiteral("stored_at"), stored);
    r.set(QStringLiteral("fridge_temp_c"), 4.0);
    r.set(QStringLiteral("sampled_by"), QStringLiteral("王老师"));
    return r;
}

QStringList titles(const TableDocument& doc) {
    QStringList out;
    for (const auto& c : doc.columns)
        out << c.title;
    return out;
}

class RecordTableTest : public ::testing::Test {
protected:
    test::TempDb t{kNow};
    QTemporaryDir dir;

    void addStaff() {
        RecordRepository repo(t.db(), staff::staffKind());
        auto ids = repo.insertAll(
            {person(QStringLiteral("张丽"), QStringLiteral("teacher"), QStringLiteral("13800138000")),
             person(QStringLiteral("李强"), QStringLiteral("security")),
             person(QStringLiteral("王芳"), QStringLiteral("canteen"))},
            test::tester());
        ASSERT_TRUE(ids.ok()) << ids.error().message.toStdString();
    }
    void addSamples() {
        RecordRepository repo(t.db(), canteen::foodSamplesKind());
        QList<Record> rs;
        rs << sample(QStringLiteral("番茄炒蛋"), QDateTime(QDate(2026, 9, 1), QTime(11, 30)))
           << sample(QStringLiteral("清蒸鲈鱼"), QDateTime(QDate(2026, 9, 2), QTime(11, 30)))
           << sample(QStringLiteral("红烧肉"), QDateTime(QDate(2026, 9, 7), QTime(8, 0)));
        auto ids = repo.insertAll(rs, test::tester());
        ASSERT_TRUE(ids.ok()) << ids.error().message.toStdString();
    }
};

} // namespace

TEST_F(RecordTableTest, StaffListAsPortraitTableOfItsListColumns) {
    addStaff();
    auto doc = recordTable(t.db(), staff::staffKind(), {});
    ASSERT_TRUE(doc.ok()) << doc.error().message.toStdString();
    EXPECT_EQ(doc->title, QStringLiteral("Staff"));
    EXPECT_EQ(doc->kindergarten, QStringLiteral("测试幼儿园"));
    EXPECT_EQ(titles(*doc),
              (QStringList{QStringLiteral("Name"), QStringLiteral("Post"), QStringLiteral("Department"),
                           QStringLiteral("Campus"), QStringLiteral("Hire date"), QStringLiteral("Phone"),
                           QStringLiteral("Status")}));
    EXPECT_EQ(doc->orientation, QPageLayout::Portrait); // 7 columns
    ASSERT_EQ(doc->rows.size(), 3);
    // The kind's default sort (name ascending, by code point), choices shown by their label.
    EXPECT_EQ(doc->rows[0], (QStringList{QStringLiteral("张丽"), QStringLiteral("Teacher"), QString(),
                                         QStringLiteral("滨豪园区"), QString(), QStringLiteral("13800138000"),
                                         QStringLiteral("Active")}));
    EXPECT_EQ(doc->rows[1][0], QStringLiteral("李强"));
    EXPECT_EQ(doc->rows[1][1], QStringLiteral("Security guard"));
    EXPECT_EQ(doc->rows[1][5], QString()); // no phone
    EXPECT_TRUE(doc->subtitleLines.isEmpty());
    EXPECT_EQ(doc->footnote, QStringLiteral("Records: 3"));

    const QString path = dir.filePath(QStringLiteral("staff.pdf"));
    ASSERT_TRUE(writePdf(*doc, path).ok());
    test::keepPdf(path);
    const QString text = test::pdfText(path);
    for (const QString& s : {QStringLiteral("测试幼儿园"), QStringLiteral("张丽"), QStringLiteral("王芳"),
                             QStringLiteral("滨豪园区"), QStringLiteral("Security guard")})
        EXPECT_TRUE(text.contains(s)) << s.toStdString() << "\n" << text.toStdString();
    EXPECT_TRUE(test::pdfInfo(path, QStringLiteral("Page size")) == test::kA4Portrait);
}

TEST_F(RecordTableTest, SearchAndEqualsAreDescribedAndApplied) {
    addStaff();
    ListQuery q;
    q.search = QStringLiteral("张");
    auto doc = recordTable(t.db(), staff::staffKind(), q);
    ASSERT_TRUE(doc.ok());
    ASSERT_EQ(doc->rows.size(), 1);
    EXPECT_EQ(doc->subtitleLines, QStringList{QStringLiteral("Search: 张")});

    ListQuery byPost;
    byPost.equals << qMakePair(QStringLiteral("post"), QVariant(QStringLiteral("canteen")));
    auto canteenStaff = recordTable(t.db(), staff::staffKind(), byPost);
    ASSERT_TRUE(canteenStaff.ok());
    ASSERT_EQ(canteenStaff->rows.size(), 1);
    EXPECT_EQ(canteenStaff->rows[0][0], QStringLiteral("王芳"));
    EXPECT_EQ(canteenStaff->subtitleLines, QStringList{QStringLiteral("Post: Canteen staff")});
}

TEST_F(RecordTableTest, FoodSamplesIncludeDerivedColumnsAndGoLandscape) {
    addSamples();
    ListQuery q;
    q.from = QDate(2026, 9, 1);
    q.to = QDate(2026, 9, 6);
    q.limit = 1; // a list page's lazy loading does not limit what is printed
    auto doc = recordTable(t.db(), canteen::foodSamplesKind(), q);
    ASSERT_TRUE(doc.ok()) << doc.error().message.toStdString();
    EXPECT_EQ(doc->title, QStringLiteral("Food samples"));
    EXPECT_EQ(doc->columns.size(), canteen::foodSamplesKind().columns().size());
    EXPECT_GT(doc->columns.size(), 7);
    EXPECT_EQ(doc->orientation, QPageLayout::Landscape);
    EXPECT_TRUE(titles(*doc).contains(QStringLiteral("Weight (g)")));
    EXPECT_TRUE(titles(*doc).contains(QStringLiteral("Status")));
    EXPECT_TRUE(titles(*doc).contains(QStringLiteral("Time left")));
    EXPECT_EQ(doc->subtitleLines, QStringList{QStringLiteral("Date: 2026-09-01 to 2026-09-06")});
    ASSERT_EQ(doc->rows.size(), 2); // 7 September is outside the range
    // Default sort: newest first. Stored on 2 September at 11:30 and held 48 h, the sample was due on
    // 4 September and on the 7th is more than 24 h past due.
    const int status = int(titles(*doc).indexOf(QStringLiteral("Status")));
    EXPECT_EQ(doc->rows[0][2], QStringLiteral("清蒸鲈鱼"));
    EXPECT_EQ(doc->rows[0][3], QStringLiteral("130.0"));
    EXPECT_EQ(doc->rows[0][status], QStringLiteral("Overdue for disposal"));
    const int left = int(titles(*doc).indexOf(QStringLiteral("Time left")));
    EXPECT_EQ(doc->rows[0][left], QStringLiteral("due 70 h 30 min ago"));
    EXPECT_EQ(doc->rows[1][2], QStringLiteral("番茄炒蛋"));

    const QString path = dir.filePath(QStringLiteral("samples.pdf"));
    ASSERT_TRUE(writePdf(*doc, path).ok());
    test::keepPdf(path);
    const QString text = test::pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("番茄炒蛋"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("清蒸鲈鱼"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("红烧肉"))) << text.toStdString();
    EXPECT_TRUE(test::pdfInfo(path, QStringLiteral("Page size")) == test::kA4Landscape);
}

TEST_F(RecordTableTest, EmptyListSaysSo) {
    ListQuery q;
    q.from = QDate(2026, 9, 1);
    auto doc = recordTable(t.db(), canteen::foodSamplesKind(), q);
    ASSERT_TRUE(doc.ok());
    EXPECT_TRUE(doc->rows.isEmpty());
    EXPECT_EQ(doc->footnote, QStringLiteral("No records."));
    EXPECT_EQ(doc->subtitleLines, QStringList{QStringLiteral("Date: from 2026-09-01")});
}
