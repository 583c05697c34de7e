// The stocktake sheet, the stocktake result and the QR labels as real PDFs: text read back with pdftotext,
// and the labels' QR codes rendered with pdftoppm and decoded with zbarimg back to the asset codes, exactly
// (no prefix or suffix), as the stocktake screen reads them.
#include "../PdfText.h"
#include "TestSupport.h"
#include "domain/assets/AssetKinds.h"
#include "reports/Printer.h"
#include "reports/ReportRegistry.h"
#include "storage/RecordRepository.h"
#include "storage/SettingsStore.h"
#include "storage/assets/StocktakeService.h"

#include <QDir>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::reports;
namespace a = houqin::assets::asset;
namespace s = houqin::assets::stocktake;

namespace {
const QString kBinhao = QStringLiteral("滨豪校区");
const QString kXingang = QStringLiteral("新港校区");

class StocktakeReportsTest : public ::testing::Test {
protected:
    test::TempDb db{QDateTime(QDate(2026, 10, 5), QTime(10, 0))};
    QTemporaryDir dir;

    void SetUp() override {
        KindergartenSettings st = db->settings();
        st.name = QStringLiteral("滨海幼儿园");
        st.campuses = {kBinhao, kXingang};
        ASSERT_TRUE(SettingsStore::save(db.db(), st, test::tester()).ok());
        asset(QStringLiteral("BH-2026-0001"), QStringLiteral("儿童桌"), kBinhao, QStringLiteral("大一班"));
        asset(QStringLiteral("BH-2026-0002"), QStringLiteral("钢琴"), kBinhao, QStringLiteral("大一班"));
        asset(QStringLiteral("BH-2026-0003"), QStringLiteral("投影仪"), kBinhao, QStringLiteral("大二班"));
        asset(QStringLiteral("XG-2026-0001"), QStringLiteral("滑梯"), kXingang, QStringLiteral("操场"));
        asset(QStringLiteral("BH-2026-0004"), QStringLiteral("旧电视"), kBinhao, QStringLiteral("大一班"),
              a::kDisposed);
    }
    void asset(const QString& code, const QString& name, const QString& campus, const QString& room,
               const QString& status = a::kInUse) {
        Record r;
        r.set(a::kCode, code);
        r.set(a::kName, name);
        r.set(a::kCategory, QStringLiteral("furniture"));
        r.set(a::kQuantity, QVariant::fromValue<qint64>(1));
        r.set(a::kUnitPrice, QVariant::fromValue<qint64>(50000));
        r.set(a::kAcquiredOn, QDate(2026, 9, 1));
        r.set(a::kCampus, campus);
        r.set(a::kLocation, room);
        r.set(a::kCustodian, QStringLiteral("王芳"));
        r.set(a::kStatus, status);
        auto id = RecordRepository(db.db(), houqin::assets::assetsKind()).insert(r, test::tester());
        ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    }
    QString print(const QString& key, const ReportOptions& options, QString* path = nullptr) {
        const ReportDef* r = findReport(key);
        EXPECT_NE(r, nullptr) << key.toStdString();
        if (!r)
            return {};
        auto doc = r->make(db.db(), {}, false, options);
        EXPECT_TRUE(doc.ok()) << doc.error().message.toStdString();
        if (!doc)
            return {};
        const QString file = dir.filePath(key + QStringLiteral(".pdf"));
        auto pages = writePdf(*doc, file);
        EXPECT_TRUE(pages.ok()) << pages.error().message.toStdString();
        test::keepPdf(file);
        if (path)
            *path = file;
        return test::pdfText(file);
    }
};
} // namespace

TEST_F(StocktakeReportsTest, TheSheetListsEachRoomsRegisteredAssetsForCountingOnPaper) {
    const QString all = print(QStringLiteral("stocktake-sheet"), {});
    for (const char* text : {"滨豪校区 · 大一班", "滨豪校区 · 大二班", "新港校区 · 操场", "BH-2026-0001",
                             "钢琴", "投影仪", "滑梯", "王芳"})
        EXPECT_TRUE(all.contains(QString::fromUtf8(text))) << text << all.toStdString();
    EXPECT_FALSE(all.contains(QStringLiteral("旧电视"))); // written off
    const QString room =
        print(QStringLiteral("stocktake-sheet"),
              {{QStringLiteral("campus"), kBinhao}, {QStringLiteral("room"), QStringLiteral("大一班")}});
    EXPECT_TRUE(room.contains(QStringLiteral("钢琴"))) << room.toStdString();
    EXPECT_FALSE(room.contains(QStringLiteral("投影仪")));
    EXPECT_FALSE(room.contains(QStringLiteral("滑梯")));
    // A campus that does not exist and an option the report does not take are refused.
    const ReportDef* sheet = findReport(QStringLiteral("stocktake-sheet"));
    auto bad = sheet->make(db.db(), {}, false, {{QStringLiteral("campus"), QStringLiteral("北园")}});
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("北园")));
    EXPECT_EQ(sheet->make(db.db(), {}, false, {{QStringLiteral("id"), QStringLiteral("1")}}).error().code,
              Error::Code::Usage);
}

TEST_F(StocktakeReportsTest, TheResultListsMissingExtraAndFoundWithTotals) {
    EXPECT_FALSE(findReport(QStringLiteral("stocktake-result"))->make(db.db(), {}).ok()); // none yet
    auto reg = houqin::assets::loadRegister(db.db());
    ASSERT_TRUE(reg.ok());
    houqin::assets::StocktakeCount count(*reg, kBinhao, {QStringLiteral("大一班")});
    count.scan(QStringLiteral("BH-2026-0001"), QStringLiteral("大一班"));
    count.scan(QStringLiteral("XG-2026-0001"), QStringLiteral("大一班"));
    count.scan(QStringLiteral("LOOSE-7"), QStringLiteral("大一班"));
    Record header;
    header.set(s::kDate, QDate(2026, 10, 5));
    header.set(s::kCounter, QStringLiteral("李老师"));
    auto id = houqin::assets::saveStocktake(db.db(), header, count, test::tester());
    ASSERT_TRUE(id.ok());
    const QString text =
        print(QStringLiteral("stocktake-result"), {{QStringLiteral("id"), QString::number(*id)}});
    for (const char* t : {"李老师", "大一班", "钢琴", "BH-2026-0002", "滑梯", "新港校区 · 操场", "LOOSE-7",
                          "Found 1, missing 1, extra 2 (moved 1, unknown 1)."})
        EXPECT_TRUE(text.contains(QString::fromUtf8(t))) << t << text.toStdString();
    // Missing before extra before found.
    EXPECT_LT(text.indexOf(QStringLiteral("BH-2026-0002")), text.indexOf(QStringLiteral("XG-2026-0001")));
    EXPECT_LT(text.indexOf(QStringLiteral("LOOSE-7")), text.indexOf(QStringLiteral("BH-2026-0001")));
    EXPECT_EQ(print(QStringLiteral("stocktake-result"), {}), text); // the latest by default
    EXPECT_FALSE(findReport(QStringLiteral("stocktake-result"))
                     ->make(db.db(), {}, false, {{QStringLiteral("id"), QStringLiteral("x")}})
                     .ok());
}

TEST_F(StocktakeReportsTest, LabelsPrintAndScanBackToTheAssetCodes) {
    QString path;
    const QString text = print(QStringLiteral("asset-labels"), {{QStringLiteral("campus"), kBinhao}}, &path);
    for (const char* t : {"BH-2026-0001", "儿童桌", "滨豪校区 · 大一班", "王芳"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(t))) << t << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("XG-2026-0001")));
    EXPECT_EQ(test::pdfInfo(path, QStringLiteral("Page size")), test::kA4Portrait);
    // Render the page as a printer would and decode every QR code on it.
    const QString png = dir.filePath(QStringLiteral("labels"));
    test::runTool(QStringLiteral("pdftoppm"),
                  {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-png"),
                   QStringLiteral("-singlefile"), path, png});
    ASSERT_TRUE(QFile::exists(png + QStringLiteral(".png")));
    const QString decoded =
        test::runTool(QStringLiteral("zbarimg"),
                      {QStringLiteral("--quiet"), QStringLiteral("--raw"), png + QStringLiteral(".png")});
    QStringList codes = decoded.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    codes.sort();
    EXPECT_EQ(codes, (QStringList{QStringLiteral("BH-2026-0001"), QStringLiteral("BH-2026-0002"),
                                  QStringLiteral("BH-2026-0003")}))
        << decoded.toStdString();
    // What the scanner types is what the stocktake screen recognises: every decoded code is found.
    houqin::assets::StocktakeCount count(*houqin::assets::loadRegister(db.db()), kBinhao, {});
    for (const QString& code : codes)
        EXPECT_EQ(count.scan(code).kind, houqin::assets::ScanAnswer::Kind::Found) << code.toStdString();
    EXPECT_EQ(count.missingCount(), 0);
    // Picked codes; one not in the register is refused by name.
    const QString one =
        print(QStringLiteral("asset-labels"), {{QStringLiteral("codes"), QStringLiteral("XG-2026-0001")}});
    EXPECT_TRUE(one.contains(QStringLiteral("滑梯")));
    EXPECT_FALSE(one.contains(QStringLiteral("钢琴")));
    auto missing = findReport(QStringLiteral("asset-labels"))
                       ->make(db.db(), {}, false, {{QStringLiteral("codes"), QStringLiteral("NOPE-1")}});
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("NOPE-1")));
}

TEST_F(StocktakeReportsTest, TwentyFiveLabelsTakeTwoPagesAndAllScan) {
    for (int i = 10; i < 32; ++i)
        asset(QStringLiteral("BH-2026-%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("小椅子"), kBinhao,
              QStringLiteral("小一班"));
    QString path;
    print(QStringLiteral("asset-labels"), {{QStringLiteral("campus"), kBinhao}}, &path);
    EXPECT_EQ(test::pdfInfo(path, QStringLiteral("Pages")), QStringLiteral("2")); // 25 labels, 24 a page
    const QString png = dir.filePath(QStringLiteral("p2"));
    test::runTool(QStringLiteral("pdftoppm"),
                  {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-png"), QStringLiteral("-f"),
                   QStringLiteral("2"), QStringLiteral("-singlefile"), path, png});
    const QString decoded =
        test::runTool(QStringLiteral("zbarimg"),
                      {QStringLiteral("--quiet"), QStringLiteral("--raw"), png + QStringLiteral(".png")});
    EXPECT_EQ(decoded.trimmed(), QStringLiteral("BH-2026-0031")); // the 25th in code order
}
