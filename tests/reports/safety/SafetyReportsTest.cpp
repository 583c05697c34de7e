// The safety module's printed reports: contents from the database and the printed PDFs' text read back.
#include "../PdfText.h"
#include "TestSupport.h"
#include "domain/safety/Hazards.h"
#include "domain/safety/SafetyKinds.h"
#include "reports/Printer.h"
#include "reports/ReportRegistry.h"
#include "storage/RecordRepository.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::reports;

namespace {

const QString kBinhao = QStringLiteral("滨豪园区");
const QString kXingang = QStringLiteral("新港园区");
const QString kExtinguisher = QStringLiteral("灭火器在有效期内，压力正常，摆放位置明显");
const QString kExits = QStringLiteral("疏散通道、安全出口畅通，无杂物堆放");

Record line(const QString& area, const QString& item, const QString& result, const QString& note = {},
            qint64 hazardId = 0) {
    Record l;
    l.set(QStringLiteral("area"), area);
    l.set(QStringLiteral("item"), item);
    l.set(QStringLiteral("result"), result);
    if (!note.isEmpty())
        l.set(QStringLiteral("note"), note);
    if (hazardId > 0)
        l.set(QStringLiteral("hazard_id"), hazardId);
    return l;
}

Record inspection(QDate date, const QString& campus, const QList<Record>& lines) {
    Record r;
    r.set(QStringLiteral("date"), date);
    r.set(QStringLiteral("inspection_type"), QStringLiteral("routine"));
    r.set(QStringLiteral("campus"), campus);
    r.set(QStringLiteral("inspectors"), QStringLiteral("李主任"));
    r.lines = lines;
    return r;
}

Record hazard(QDate found, const QString& place, const QString& state, QDate deadline = {}) {
    Record h;
    h.set(QStringLiteral("found_on"), found);
    h.set(QStringLiteral("campus"), kBinhao);
    h.set(QStringLiteral("place"), place);
    h.set(QStringLiteral("category"), QStringLiteral("fire"));
    h.set(QStringLiteral("description"), place + QStringLiteral("的隐患"));
    h.set(QStringLiteral("severity"), QStringLiteral("general"));
    h.set(QStringLiteral("state"), state);
    if (deadline.isValid()) {
        h.set(QStringLiteral("owner"), QStringLiteral("张师傅"));
        h.set(QStringLiteral("deadline"), deadline);
    }
    if (state == houqin::safety::hazard::kClosed)
        h.set(QStringLiteral("verified_by"), QStringLiteral("王园长"));
    return h;
}

// The printed row of the table that holds `needle` (pdftotext -layout keeps a row on one line).
QString rowWith(const QString& text, const QString& needle, int nth = 0) {
    for (const QString& l : text.split(QLatin1Char('\n')))
        if (l.contains(needle) && nth-- == 0)
            return l;
    return {};
}

class SafetyReportsTest : public ::testing::Test {
protected:
    test::TempDb t{QDateTime(QDate(2026, 11, 29), QTime(10, 0))};
    QTemporaryDir dir;

    QList<qint64> add(const RecordKind& kind, const QList<Record>& rs) {
        auto ids = RecordRepository(t.db(), kind).insertAll(rs, test::tester());
        EXPECT_TRUE(ids.ok()) << ids.error().message.toStdString();
        return ids.ok() ? *ids : QList<qint64>{};
    }
    Result<TableDocument> build(const QString& key, Period::Kind kind, const QString& text,
                                bool blank = false) {
        const ReportDef* r = findReport(key);
        EXPECT_NE(r, nullptr) << key.toStdString();
        auto period = Period::parse(kind, text);
        EXPECT_TRUE(period.ok());
        return r->make(t.db(), *period, blank);
    }
    QString printed(const TableDocument& doc, const QString& name) {
        const QString path = dir.filePath(name);
        auto pages = writePdf(doc, path);
        EXPECT_TRUE(pages.ok()) << pages.error().message.toStdString();
        test::keepPdf(path);
        return test::pdfText(path);
    }
};

} // namespace

TEST(SafetyReportRegistry, ListsTheSafetyReportsAndOnlyTheWeeklySheetHasABlankForm) {
    const QList<QPair<QString, Period::Kind>> expected{
        {QStringLiteral("safety-inspection-weekly"), Period::Kind::Week},
        {QStringLiteral("hazard-register"), Period::Kind::Month},
        {QStringLiteral("visitor-register"), Period::Kind::Day},
        {QStringLiteral("duty-roster"), Period::Kind::Month},
        {QStringLiteral("closing-checks-monthly"), Period::Kind::Month},
        {QStringLiteral("drills-register"), Period::Kind::Month},
        {QStringLiteral("safety-education-monthly"), Period::Kind::Month}};
    for (const auto& [key, period] : expected) {
        const ReportDef* r = findReport(key);
        ASSERT_NE(r, nullptr) << key.toStdString();
        EXPECT_EQ(r->period, period) << key.toStdString();
        EXPECT_EQ(r->blankable(), key == QStringLiteral("safety-inspection-weekly")) << key.toStdString();
    }
    EXPECT_TRUE(findReport(QStringLiteral("visitor-register"))->alsoFor.contains(Period::Kind::Month));
}

TEST_F(SafetyReportsTest, WeeklySheetMarksEachDaysResultInItsColumnPerCampus) {
    const qint64 hazardId =
        add(houqin::safety::hazardsKind(),
            {hazard(QDate(2026, 11, 17), QStringLiteral("二楼走廊"), houqin::safety::hazard::kReported)})
            .value(0);
    add(houqin::safety::inspectionsKind(),
        {inspection(QDate(2026, 11, 16), kBinhao,
                    {line(QStringLiteral("消防器材"), kExtinguisher, QStringLiteral("pass")),
                     line(QStringLiteral("疏散通道"), kExits, QStringLiteral("na"))}),
         inspection(QDate(2026, 11, 17), kBinhao,
                    {line(QStringLiteral("消防器材"), kExtinguisher, QStringLiteral("pass")),
                     line(QStringLiteral("疏散通道"), kExits, QStringLiteral("fail"),
                          QStringLiteral("杂物堵塞"), hazardId)}),
         inspection(QDate(2026, 11, 19), kXingang,
                    {line(QStringLiteral("消防器材"), kExtinguisher, QStringLiteral("fail"),
                          QStringLiteral("压力不足"))}),
         // The week after: not on this sheet.
         inspection(QDate(2026, 11, 23), kBinhao,
                    {line(QStringLiteral("消防器材"), kExtinguisher, QStringLiteral("fail"))})});
    auto doc =
        build(QStringLiteral("safety-inspection-weekly"), Period::Kind::Week, QStringLiteral("2026-W47"));
    ASSERT_TRUE(doc.ok()) << doc.error().message.toStdString();
    // 序号, 区域, 检查项目, Monday to Friday, 备注.
    ASSERT_EQ(doc->columns.size(), 9);
    EXPECT_EQ(doc->columns[3].title, QStringLiteral("Mon 11-16"));
    EXPECT_EQ(doc->columns[7].title, QStringLiteral("Fri 11-20"));
    EXPECT_EQ(doc->columns[8].title, QStringLiteral("Remarks"));
    // Heading row of the first campus, then its extinguisher row, ... the exits row.
    ASSERT_GE(doc->rows.size(), 4);
    EXPECT_EQ(doc->rows[0][0], QStringLiteral("Campus: 滨豪园区"));
    const QStringList fire = doc->rows[1];
    EXPECT_EQ(fire.mid(0, 3), (QStringList{QStringLiteral("1"), QStringLiteral("消防器材"), kExtinguisher}));
    EXPECT_EQ(fire.mid(3, 5), (QStringList{QStringLiteral("√"), QStringLiteral("√"), {}, {}, {}}));
    const QStringList exits = doc->rows[3];
    EXPECT_EQ(exits[2], kExits);
    EXPECT_EQ(exits.mid(3, 5), (QStringList{QStringLiteral("/"), QStringLiteral("×"), {}, {}, {}}));
    EXPECT_EQ(exits[8], QStringLiteral("Tue 杂物堵塞 (hazard #%1)").arg(hazardId));
    EXPECT_EQ(doc->signatureLines, (QStringList{QStringLiteral("Inspector (signature):"),
                                                QStringLiteral("Reviewer (signature):")}));

    const QString text = printed(*doc, QStringLiteral("inspection-weekly.pdf"));
    EXPECT_TRUE(text.contains(QStringLiteral("测试幼儿园")));
    EXPECT_TRUE(text.contains(QStringLiteral("Weekly safety inspection sheet")));
    EXPECT_TRUE(text.contains(QStringLiteral("Campus: 新港园区")));
    EXPECT_TRUE(text.contains(QStringLiteral("压力不足")));
    EXPECT_FALSE(text.contains(QStringLiteral("Mon 11-23")));
    EXPECT_TRUE(text.contains(QStringLiteral("Inspector (signature): __")));
    // The second campus's extinguisher row has × on Thursday only.
    const QString xingangFire = rowWith(text, QStringLiteral("灭火器在有效期内"), 1);
    EXPECT_EQ(xingangFire.count(QStringLiteral("×")), 1) << xingangFire.toStdString();
    EXPECT_FALSE(xingangFire.contains(QStringLiteral("√")));
}

TEST_F(SafetyReportsTest, BlankWeeklySheetHasTheItemsAndNoResults) {
    add(houqin::safety::inspectionsKind(),
        {inspection(QDate(2026, 11, 16), kBinhao,
                    {line(QStringLiteral("消防器材"), kExtinguisher, QStringLiteral("fail"),
                          QStringLiteral("压力不足"))})});
    auto doc = build(QStringLiteral("safety-inspection-weekly"), Period::Kind::Week,
                     QStringLiteral("2026-W47"), true);
    ASSERT_TRUE(doc.ok()) << doc.error().message.toStdString();
    int items = 0;
    for (const QStringList& row : doc->rows) {
        for (int c = 3; c < row.size(); ++c)
            EXPECT_TRUE(row[c].isEmpty()) << row.join(QLatin1Char('|')).toStdString();
        items += row[2].isEmpty() ? 0 : 1;
    }
    EXPECT_EQ(items, 2 * 12); // the default template's 12 items, on each campus's sheet
    const QString text = printed(*doc, QStringLiteral("inspection-weekly-blank.pdf"));
    // Both campuses' sheets of the default template and the signature lines on one page.
    EXPECT_EQ(
        test::pdfInfo(dir.filePath(QStringLiteral("inspection-weekly-blank.pdf")), QStringLiteral("Pages")),
        QStringLiteral("1"));
    for (const QString& s :
         {kExtinguisher, QStringLiteral("食堂燃气"), QStringLiteral("Fri 11-20"),
          QStringLiteral("Inspector (signature): __"), QStringLiteral("Reviewer (signature): __")})
        EXPECT_TRUE(text.contains(s)) << s.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("压力不足")));
    // No marks in any row of the sheet: only the legend under it has them.
    for (const QString& l : text.split(QLatin1Char('\n'))) {
        if (!l.contains(QStringLiteral("passed")))
            EXPECT_FALSE(l.contains(QStringLiteral("×")) || l.contains(QStringLiteral("√")))
                << l.toStdString();
    }
}

TEST_F(SafetyReportsTest, BlankFormOfAReportWithoutOneIsAUsageError) {
    auto doc = build(QStringLiteral("hazard-register"), Period::Kind::Month, QStringLiteral("2026-11"), true);
    ASSERT_FALSE(doc.ok());
    EXPECT_EQ(doc.error().code, Error::Code::Usage);
    EXPECT_TRUE(doc.error().message.contains(QStringLiteral("hazard-register has no blank form")));
}

TEST_F(SafetyReportsTest, WeeklySheetNeedsAWeek) {
    auto doc = findReport(QStringLiteral("safety-inspection-weekly"))->make(t.db(), Period(), true);
    ASSERT_FALSE(doc.ok());
    EXPECT_EQ(doc.error().code, Error::Code::Usage);
}
