// CSV of records with item lines: one row per line, the record's cells repeated; on import, consecutive
// rows with the same record cells are one record. A bad line names its own row and column, and nothing
// of the file is written.
#include "IoTestSupport.h"
#include "domain/canteen/Deliveries.h"
#include "domain/canteen/Menus.h"
#include "storage/RecordRepository.h"

using namespace houqin;
using namespace houqin::io;

namespace {
const QDateTime kNow(QDate(2026, 9, 8), QTime(16, 0));

ListQuery oldestFirst() {
    ListQuery q;
    q.sortField = QStringLiteral("id");
    q.sortDescending = false;
    return q;
}

Record line(const QString& item, double qty, qint64 priceFen) {
    Record l;
    l.set(QStringLiteral("item"), item);
    l.set(QStringLiteral("quantity"), qty);
    l.set(QStringLiteral("unit"), QStringLiteral("kg"));
    l.set(QStringLiteral("unit_price_fen"), priceFen);
    return l;
}

Record delivery(const QString& checker, QList<Record> lines) {
    Record r;
    r.set(QStringLiteral("date"), kNow.date());
    r.set(QStringLiteral("direction"), QStringLiteral("out"));
    r.set(QStringLiteral("campus"), QStringLiteral("滨豪园区"));
    r.set(QStringLiteral("documents_checked"), false);
    r.set(QStringLiteral("received_by"), QStringLiteral("王芳"));
    r.set(QStringLiteral("checked_by"), checker);
    r.lines = std::move(lines);
    return r;
}

QList<QPair<QVariantMap, QList<QVariantMap>>> contentOf(const QList<Record>& records) {
    QList<QPair<QVariantMap, QList<QVariantMap>>> out;
    for (const Record& r : records) {
        QList<QVariantMap> lines;
        for (const Record& l : r.lines)
            lines << l.values.toMap();
        out << qMakePair(r.values.toMap(), lines);
    }
    return out;
}
} // namespace

TEST(LinesCsv, OneRowPerLineAndBackInBothHeaderForms) {
    const QList<Record> records{
        delivery(QStringLiteral("李强"),
                 {line(QStringLiteral("土豆"), 20, 350), line(QStringLiteral("鸡蛋"), 5.5, 1200)}),
        delivery(QStringLiteral("赵敏"), {line(QStringLiteral("大米"), 50, 420)}),
    };
    for (const bool keys : {true, false}) {
        SCOPED_TRACE(keys ? "keys" : "labels");
        test::TempDb from(kNow), to(kNow);
        RecordRepository source(from.db(), canteen::deliveriesKind()),
            target(to.db(), canteen::deliveriesKind());
        ASSERT_TRUE(source.insertAll(records, test::tester()).ok());
        ExportOptions options;
        options.keys = keys;
        options.query = oldestFirst();
        auto csv = exportCsv(source, options);
        ASSERT_TRUE(csv.ok());
        EXPECT_EQ(QString::fromUtf8(*csv).trimmed().split(QLatin1Char('\n')).size(), 4) << "header + 3 lines";
        auto imported = importCsv(target, *csv, test::tester(), test::insertOnly());
        ASSERT_TRUE(imported.ok());
        ASSERT_TRUE(imported->ok()) << test::describe(*imported);
        EXPECT_EQ(imported->imported, 2);
        EXPECT_EQ(contentOf(*target.list(oldestFirst())), contentOf(*source.list(oldestFirst())));
    }
}

TEST(LinesCsv, ABadLineNamesItsRowAndColumnAndNothingIsWritten) {
    test::TempDb t(kNow);
    RecordRepository repo(t.db(), canteen::deliveriesKind());
    const QByteArray csv = QStringLiteral("日期,出入库,验收人,复核人,物品,数量,单位\n"
                                          "2026-09-08,出库,王芳,李强,土豆,20,kg\n"
                                          "2026-09-08,出库,王芳,李强,鸡蛋,0,kg\n"
                                          "2026-09-07,出库,王芳,王芳,大米,50,kg\n")
                               .toUtf8();
    const test::DbCounts before = test::counts(t.db(), QStringLiteral("delivery_lines"));
    auto imported = importCsv(repo, csv, test::tester());
    ASSERT_TRUE(imported.ok());
    ASSERT_EQ(imported->problems.size(), 2) << test::describe(*imported);
    EXPECT_EQ(imported->problems.at(0).row, 3);
    EXPECT_EQ(imported->problems.at(0).column, QStringLiteral("数量"));
    EXPECT_EQ(imported->problems.at(1).row, 4);
    EXPECT_EQ(imported->problems.at(1).column, QStringLiteral("复核人"));
    EXPECT_EQ(test::counts(t.db(), QStringLiteral("delivery_lines")), before);
    EXPECT_EQ(test::countSql(t.db(), QStringLiteral("SELECT count(*) FROM deliveries")), 0);
}

TEST(LinesCsv, ConsecutiveRowsWithTheSameRecordCellsAreOneRecord) {
    test::TempDb t(kNow);
    RecordRepository repo(t.db(), canteen::menusKind());
    const QByteArray csv = QStringLiteral("week_start,weekday,meal,dishes\n"
                                          "2026-09-07,周一,午餐,米饭、番茄炒蛋\n"
                                          "2026-09-07,周一,午点,银耳羹\n"
                                          "2026-09-14,周一,午餐,面条\n")
                               .toUtf8();
    auto imported = importCsv(repo, csv, test::tester());
    ASSERT_TRUE(imported.ok());
    ASSERT_TRUE(imported->ok()) << test::describe(*imported);
    EXPECT_EQ(imported->imported, 2);
    const QList<Record> menus = *repo.list(oldestFirst());
    ASSERT_EQ(menus.size(), 2);
    EXPECT_EQ(menus.at(0).lines.size(), 2);
    EXPECT_EQ(menus.at(1).lines.size(), 1);
}

TEST(LinesCsv, AMissingRequiredLineColumnIsAProblemOfTheHeader) {
    test::TempDb t(kNow);
    RecordRepository repo(t.db(), canteen::menusKind());
    auto imported =
        importCsv(repo, QByteArray("week_start,weekday,meal\n2026-09-07,1,lunch\n"), test::tester());
    ASSERT_TRUE(imported.ok());
    ASSERT_EQ(imported->problems.size(), 1);
    EXPECT_EQ(imported->problems.first().row, 1);
}
