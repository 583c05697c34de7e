// Importing an asset system's spreadsheet: its headings are aliases declared on the fields, brackets of
// either width, and its 金额 column is checked against 数量 × 单价 row by row.
#include "IoTestSupport.h"
#include "domain/assets/AssetKinds.h"
#include "storage/RecordRepository.h"

using namespace houqin;
using namespace houqin::io;
using test::counts;
namespace a = houqin::assets::asset;

namespace {
const QDateTime kNow(QDate(2026, 11, 16), QTime(10, 0));
const QString kHeader = QStringLiteral(
    "资产编号,资产名称,资产分类,规格型号,计量单位,数量,单价(元),金额(元),取得日期,使用部门,存放地点,"
    "保管人,校区,使用状态\n");
} // namespace

class AssetsCsvTest : public ::testing::Test {
protected:
    test::TempDb t{kNow};
    RecordRepository assets{t.db(), houqin::assets::assetsKind()};

    ImportResult import(const QString& csv) {
        auto r = importCsv(assets, csv.toUtf8(), test::tester());
        EXPECT_TRUE(r.ok()) << (r.ok() ? std::string() : r.error().message.toStdString());
        return r.ok() ? *r : ImportResult{};
    }
    Record byCode(const QString& code) {
        ListQuery q;
        q.equals = {{a::kCode, code}};
        auto list = assets.list(q);
        EXPECT_TRUE(list.ok() && list->size() == 1) << code.toStdString();
        return list.ok() && !list->isEmpty() ? list->first() : Record{};
    }
};

TEST_F(AssetsCsvTest, AnAssetSystemsHeadingsAreAliasesOfTheFields) {
    const ImportResult r = import(
        kHeader +
        QStringLiteral("BH-2024-0001,空调,通用设备,格力 KFR-72LW,台,2,4500.00,9000.00,2024-09-01,教学部,"
                       "中一班,王老师,滨豪园区,在用\n"
                       "BH-2024-0002,钢琴,专用设备,珠江 UP118,台,1,1499.99,1499.99,2024-09-02,教学部,"
                       "多功能厅,李老师,滨豪园区,闲置\n"));
    ASSERT_TRUE(r.ok()) << test::describe(r);
    EXPECT_EQ(r.imported, 2);
    const Record air = byCode(QStringLiteral("BH-2024-0001"));
    EXPECT_EQ(air.value(a::kName).toString(), QStringLiteral("空调"));
    EXPECT_EQ(air.value(a::kCategory).toString(), QStringLiteral("general-equipment"));
    EXPECT_EQ(air.value(a::kQuantity).toLongLong(), 2);
    EXPECT_EQ(air.value(a::kUnitPrice).toLongLong(), 450000); // yuan in the file, fen stored
    EXPECT_EQ(air.value(a::kLocation).toString(), QStringLiteral("中一班"));
    EXPECT_EQ(air.value(a::kCustodian).toString(), QStringLiteral("王老师"));
    EXPECT_EQ(air.value(a::kStatus).toString(), a::kInUse);
    const Record piano = byCode(QStringLiteral("BH-2024-0002"));
    EXPECT_EQ(piano.value(a::kStatus).toString(), a::kIdle);
    EXPECT_EQ(
        deriveValues(houqin::assets::assetsKind(), piano, t->ruleContext()).value(a::kAssetClass).toString(),
        a::kLowValue);
}

TEST_F(AssetsCsvTest, FullWidthBracketsAndSpacesAreTheSameHeading) {
    QString header = kHeader;
    header.replace(QStringLiteral("单价(元)"), QStringLiteral("单价（元）"))
        .replace(QStringLiteral("金额(元)"), QStringLiteral("金额 （元）"));
    const ImportResult r =
        import(header + QStringLiteral("XG-2025-0003,冰箱,通用设备,,台,1,3200,3200.00,2025-03-01,"
                                       "食堂,厨房,赵师傅,新港园区,在用\n"));
    ASSERT_TRUE(r.ok()) << test::describe(r);
    EXPECT_EQ(byCode(QStringLiteral("XG-2025-0003")).value(a::kUnitPrice).toLongLong(), 320000);
}

TEST_F(AssetsCsvTest, AnAmountThatIsNotQuantityTimesPriceRefusesTheImportNamingRowAndColumn) {
    const auto before = counts(t.db(), QStringLiteral("assets"));
    auto result = importCsv(
        assets,
        (kHeader +
         QStringLiteral("BH-2024-0001,空调,通用设备,,台,2,4500.00,9000.00,2024-09-01,教学部,中一班,王老师,"
                        "滨豪园区,在用\n"
                        "BH-2024-0002,空调,通用设备,,台,2,4500.00,9000.01,2024-09-01,教学部,中二班,王老师,"
                        "滨豪园区,在用\n"))
            .toUtf8(),
        test::tester());
    ASSERT_TRUE(result.ok());
    const ImportResult& r = *result;
    ASSERT_EQ(r.problems.size(), 1) << test::describe(r);
    EXPECT_EQ(r.problems.first().row, 3);
    EXPECT_EQ(r.problems.first().column, QStringLiteral("金额(元)"));
    EXPECT_TRUE(r.problems.first().reason.contains(QStringLiteral("9,000.01")) ||
                r.problems.first().reason.contains(QStringLiteral("9000.01")))
        << r.problems.first().reason.toStdString();
    EXPECT_FALSE(r.written);
    EXPECT_EQ(counts(t.db(), QStringLiteral("assets")), before);
}

TEST_F(AssetsCsvTest, AnExportReimportsWithItsAmountChecked) {
    ASSERT_TRUE(
        import(kHeader + QStringLiteral("BH-2024-0001,空调,通用设备,,台,3,4500.10,13500.30,2024-09-01,教学部,"
                                        "中一班,王老师,滨豪园区,在用\n"))
            .ok());
    for (bool keys : {false, true}) {
        ExportOptions o;
        o.keys = keys;
        auto csv = exportCsv(assets, o);
        ASSERT_TRUE(csv.ok());
        test::TempDb other{kNow};
        RecordRepository target(other.db(), houqin::assets::assetsKind());
        auto r = importCsv(target, *csv, test::tester(), test::insertOnly());
        ASSERT_TRUE(r.ok());
        EXPECT_TRUE(r->ok()) << test::describe(*r);
        EXPECT_EQ(r->imported, 1);
    }
}
