// .xlsx export and import of records (issue 14): the same header as the CSV export, typed cells, a frozen
// header row and fitted widths; a round trip gives the same records, like the CSV's; text cells that
// look like formulas are text in a workbook and guarded in CSV, and negative numbers stay numbers.
#include "ChineseInstalled.h"
#include "IoTestSupport.h"
#include "domain/canteen/FoodSamples.h"
#include "io/Csv.h"
#include "io/RecordFiles.h"
#include "io/XlsxReader.h"
#include "io/XlsxWriter.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <zip.h>

using namespace houqin;
using namespace houqin::io;

namespace {
const QDateTime kNow(QDate(2026, 9, 7), QTime(10, 0));

Record sample(const QString& dish, int day, const QString& notes = {}) {
    Record r;
    const QDateTime stored(QDate(2026, 9, day), QTime(11, 30));
    r.set(QStringLiteral("date"), stored.date());
    r.set(QStringLiteral("meal"), QStringLiteral("lunch"));
    r.set(QStringLiteral("dish"), dish);
    r.set(QStringLiteral("weight_g"), 130.5);
    r.set(QStringLiteral("stored_at"), stored);
    r.set(QStringLiteral("fridge_temp_c"), -2.5);
    r.set(QStringLiteral("sampled_by"), QStringLiteral("王老师"));
    if (!notes.isEmpty())
        r.set(QStringLiteral("notes"), notes);
    return r;
}

ListQuery byId() {
    ListQuery q;
    q.sortField = QStringLiteral("id");
    q.sortDescending = false;
    return q;
}

QList<QVariantMap> valuesOf(const QList<Record>& records) {
    QList<QVariantMap> out;
    for (const Record& r : records)
        out << r.values.toMap();
    return out;
}

// A kind with text, money and numbers that can be negative, on a table made here.
const RecordKind& ledgerKind() {
    static const RecordKind k = [] {
        RecordKind k;
        k.key = QStringLiteral("ledger");
        k.table = QStringLiteral("ledger");
        k.label = "Ledger";
        k.fields = {
            field::text(QStringLiteral("name"), "Name").req(),
            field::longText(QStringLiteral("notes"), "Notes"),
            field::money(QStringLiteral("amount"), "Amount"),
            field::integer(QStringLiteral("count"), "Count"),
            field::decimal(QStringLiteral("ratio"), "Ratio", 2),
            field::date(QStringLiteral("day"), "Day"),
            field::dateTime(QStringLiteral("at"), "At"),
            field::boolean(QStringLiteral("checked"), "Checked"),
        };
        k.defaultSort = QStringLiteral("id");
        return k;
    }();
    return k;
}

QByteArray zipPart(const QByteArray& archive, const char* name) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* src =
        zip_source_buffer_create(archive.constData(), zip_uint64_t(archive.size()), 0, &error);
    zip_t* z = zip_open_from_source(src, ZIP_RDONLY, &error);
    EXPECT_NE(z, nullptr);
    QByteArray out;
    if (zip_file_t* f = z ? zip_fopen(z, name, 0) : nullptr) {
        char buf[4096];
        zip_int64_t n;
        while ((n = zip_fread(f, buf, sizeof buf)) > 0)
            out.append(buf, qsizetype(n));
        zip_fclose(f);
    }
    if (z)
        zip_discard(z);
    return out;
}

} // namespace

class XlsxExportTest : public ::testing::Test {
protected:
    test::TempDb t{kNow};
    RecordRepository samples{t.db(), canteen::foodSamplesKind()};
    RecordRepository ledger{t.db(), ledgerKind()};

    void SetUp() override {
        ASSERT_TRUE(
            samples
                .insertAll({sample(QStringLiteral("番茄炒蛋"), 1, QStringLiteral("汤汁多, \"带汤\"\n第二行")),
                            sample(QStringLiteral("=HYPERLINK(\"http://x\")"), 2, QStringLiteral("@SUM(1)")),
                            sample(QStringLiteral("鸡蛋"), 3, QStringLiteral("'=x"))},
                           test::tester())
                .ok());
        ASSERT_TRUE(
            Query::run(t.db(), QStringLiteral("CREATE TABLE ledger (id INTEGER PRIMARY KEY, created_at TEXT "
                                              "NOT NULL, created_by TEXT NOT NULL, updated_at TEXT NOT NULL, "
                                              "updated_by TEXT NOT NULL, name TEXT NOT NULL, notes TEXT, "
                                              "amount INTEGER, count INTEGER, ratio REAL, day TEXT, at TEXT, "
                                              "checked INTEGER) STRICT"))
                .ok());
        Record a;
        a.set(QStringLiteral("name"), QStringLiteral("-3 人"));
        a.set(QStringLiteral("notes"), QStringLiteral("+86 138 0013 8000"));
        a.set(QStringLiteral("amount"), QVariant::fromValue<qint64>(-300)); // ¥-3.00
        a.set(QStringLiteral("count"), QVariant::fromValue<qint64>(-3));
        a.set(QStringLiteral("ratio"), -0.25);
        a.set(QStringLiteral("day"), QDate(2026, 2, 28));
        a.set(QStringLiteral("at"), QDateTime(QDate(2026, 2, 28), QTime(23, 59)));
        a.set(QStringLiteral("checked"), true);
        Record b;
        b.set(QStringLiteral("name"), QStringLiteral("-3"));
        b.set(QStringLiteral("amount"), QVariant::fromValue<qint64>(123456));
        b.set(QStringLiteral("checked"), false);
        ASSERT_TRUE(ledger.insertAll({a, b}, test::tester()).ok());
    }

    CsvTable readBack(const QByteArray& xlsx) {
        CsvFault fault;
        auto table = parseXlsx(xlsx, {}, &fault);
        EXPECT_TRUE(table.ok()) << fault.reason.toStdString();
        return table.ok() ? *table : CsvTable{};
    }
    void expectRoundTrip(const RecordKind& kind, RecordRepository& from) {
        const QList<QVariantMap> original = valuesOf(*from.list(byId()));
        for (bool keys : {true, false}) {
            SCOPED_TRACE(keys ? "keys" : "labels");
            auto xlsx = exportXlsx(from, {keys, byId()});
            ASSERT_TRUE(xlsx.ok());
            test::TempDb other{kNow};
            if (&kind == &ledgerKind()) {
                ASSERT_TRUE(
                    Query::run(other.db(), QStringLiteral("CREATE TABLE ledger (id INTEGER PRIMARY KEY, "
                                                          "created_at TEXT NOT NULL, created_by TEXT NOT "
                                                          "NULL, updated_at TEXT NOT NULL, updated_by TEXT "
                                                          "NOT NULL, name TEXT NOT NULL, notes TEXT, amount "
                                                          "INTEGER, count INTEGER, ratio REAL, day TEXT, at "
                                                          "TEXT, checked INTEGER) STRICT"))
                        .ok());
            }
            RecordRepository target(other.db(), kind);
            auto r = importTable(target, readBack(*xlsx), test::tester(), test::insertOnly());
            ASSERT_TRUE(r.ok());
            ASSERT_TRUE(r->ok()) << test::describe(*r);
            EXPECT_EQ(valuesOf(*target.list(byId())), original);
        }
    }
};

TEST_F(XlsxExportTest, RoundTripGivesTheSameRecords) {
    expectRoundTrip(canteen::foodSamplesKind(), samples);
    expectRoundTrip(ledgerKind(), ledger);
}

TEST_F(XlsxExportTest, ReimportIntoTheSameDatabaseFindsEveryRecordUnchanged) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("留样.xlsx"));
    ASSERT_TRUE(exportFile(samples, {false, byId()}, path).ok());
    ImportOptions update;
    auto r = importFile(samples, path, test::tester(), update);
    ASSERT_TRUE(r.ok());
    ASSERT_TRUE(r->ok()) << test::describe(*r);
    EXPECT_EQ(r->unchanged, 3);
    EXPECT_EQ(r->imported + r->updated, 0);
}

TEST_F(XlsxExportTest, TheHeaderIsTheCsvHeaderInEitherLanguageAndWithKeys) {
    test::ChineseInstalled zh;
    ASSERT_TRUE(zh.loaded());
    for (bool keys : {true, false}) {
        const CsvTable csv = *parseCsv(*exportCsv(samples, {keys, byId()}));
        const CsvTable xlsx = readBack(*exportXlsx(samples, {keys, byId()}));
        EXPECT_EQ(xlsx.header, csv.header);
        EXPECT_EQ(xlsx.rows.size(), csv.rows.size());
    }
    const CsvTable labels = readBack(*exportXlsx(samples, {false, byId()}));
    EXPECT_TRUE(labels.header.contains(QStringLiteral("菜品")))
        << labels.header.join(QLatin1Char(',')).toStdString();
    EXPECT_TRUE(readBack(*exportXlsx(samples, {true, byId()})).header.contains(QStringLiteral("dish")));
}

TEST_F(XlsxExportTest, WorkbookHasAFrozenHeaderWidthsAndTypedCells) {
    const QByteArray book = *exportXlsx(ledger, {false, byId()});
    const QString sheet = QString::fromUtf8(zipPart(book, "xl/worksheets/sheet1.xml"));
    const QString styles = QString::fromUtf8(zipPart(book, "xl/styles.xml"));
    const QString workbook = QString::fromUtf8(zipPart(book, "xl/workbook.xml"));
    EXPECT_TRUE(sheet.contains(QStringLiteral("ySplit=\"1\"")) &&
                sheet.contains(QStringLiteral("state=\"frozen\"")))
        << "header row frozen";
    EXPECT_TRUE(sheet.contains(QStringLiteral("<autoFilter")));
    EXPECT_TRUE(sheet.contains(QRegularExpression(QStringLiteral("<col [^>]*width=\"[0-9.]+\""))));
    EXPECT_FALSE(sheet.contains(QStringLiteral("<f>"))) << "no formulas";
    EXPECT_TRUE(workbook.contains(QStringLiteral("name=\"Ledger\"")));
    EXPECT_TRUE(styles.contains(QStringLiteral("formatCode=\"yyyy-mm-dd\"")));
    EXPECT_TRUE(styles.contains(QStringLiteral("formatCode=\"0.00\"")));
    // Columns: id, name, notes, amount, count, ratio, day, at, checked. Row 2 is record a.
    auto cell = [&](const char* ref) {
        const QRegularExpression re(QStringLiteral("<c r=\"%1\"([^>]*)>(.*?)</c>").arg(QLatin1String(ref)));
        const auto m = re.match(sheet);
        return m.hasMatch() ? m.captured(1) + QLatin1Char('|') + m.captured(2) : QString();
    };
    EXPECT_TRUE(cell("B2").contains(QStringLiteral("t=\"s\"")))
        << "text \"-3 人\" is a string: " << cell("B2").toStdString();
    EXPECT_TRUE(cell("B3").contains(QStringLiteral("t=\"s\"")))
        << "text \"-3\" too: " << cell("B3").toStdString();
    EXPECT_TRUE(cell("D2").endsWith(QStringLiteral("|<v>-3</v>")))
        << "money in yuan, a number: " << cell("D2").toStdString();
    EXPECT_TRUE(cell("D3").endsWith(QStringLiteral("|<v>1234.56</v>"))) << cell("D3").toStdString();
    EXPECT_TRUE(cell("E2").endsWith(QStringLiteral("|<v>-3</v>"))) << cell("E2").toStdString();
    EXPECT_TRUE(cell("G2").endsWith(QStringLiteral("|<v>46081</v>")))
        << "2026-02-28 as a date serial: " << cell("G2").toStdString();
    EXPECT_FALSE(cell("G2").contains(QStringLiteral("t=\""))) << cell("G2").toStdString();
    // With keys, money is whole fen.
    const QString keysSheet =
        QString::fromUtf8(zipPart(*exportXlsx(ledger, {true, byId()}), "xl/worksheets/sheet1.xml"));
    EXPECT_TRUE(keysSheet.contains(QStringLiteral("<v>123456</v>")));
}

TEST_F(XlsxExportTest, FormulaLikeTextIsGuardedInCsvAndPlainTextInXlsx) {
    const QByteArray csv = *exportCsv(samples, {true, byId()});
    EXPECT_TRUE(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\"")) << csv.toStdString();
    EXPECT_TRUE(csv.contains(",'@SUM(1),")) << csv.toStdString();
    EXPECT_TRUE(csv.contains(",''=x,")) << "an apostrophe already there gets one more";
    EXPECT_TRUE(csv.contains(",-2.5,")) << "a negative number stays a number";
    const QByteArray ledgerCsv = *exportCsv(ledger, {false, byId()});
    EXPECT_TRUE(ledgerCsv.contains(",'-3 人,'+86 138 0013 8000,-3.00,-3,-0.25,")) << ledgerCsv.toStdString();
    EXPECT_TRUE(ledgerCsv.contains(",-3,,1234.56,")) << "a text that is a plain number is left alone";
    // Both read back exactly, by CSV and by workbook.
    const QList<QVariantMap> original = valuesOf(*samples.list(byId()));
    const CsvTable fromXlsx = readBack(*exportXlsx(samples, {true, byId()}));
    EXPECT_TRUE(fromXlsx.rows.value(1).contains(QStringLiteral("=HYPERLINK(\"http://x\")")));
    EXPECT_TRUE(fromXlsx.rows.value(2).contains(QStringLiteral("'=x")));
    for (const QByteArray& data : {csv}) {
        test::TempDb other{kNow};
        RecordRepository target(other.db(), canteen::foodSamplesKind());
        auto r = importCsv(target, data, test::tester(), test::insertOnly());
        ASSERT_TRUE(r.ok() && r->ok());
        EXPECT_EQ(valuesOf(*target.list(byId())), original);
    }
}

TEST_F(XlsxExportTest, ABadCellIsNamedByTheRowExcelShows) {
    // Rows 3 to 6 left empty: the bad weight is on row 7 of the sheet.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.xlsx"));
    ASSERT_TRUE(exportFile(samples, {true, byId()}, path).ok());
    // Rewrite the sheet: keep rows 1-2, move row 3 to row 7 with a bad weight.
    auto parsed = readBack([&] {
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }());
    ASSERT_EQ(parsed.rows.size(), 3);
    QList<XlsxColumn> columns;
    for (const QString& h : parsed.header)
        columns << XlsxColumn{h, XlsxColumn::Type::Text, -1};
    QList<QVariantList> rows;
    auto asRow = [](const QStringList& cells) {
        QVariantList out;
        for (const QString& c : cells)
            out << c;
        return out;
    };
    rows << asRow(parsed.rows[0]) << QVariantList() << QVariantList() << QVariantList() << QVariantList();
    QStringList bad = parsed.rows[1];
    bad[parsed.header.indexOf(QStringLiteral("weight_g"))] = QStringLiteral("很多");
    rows << asRow(bad);
    auto written = writeXlsx(QStringLiteral("Sheet1"), columns, rows);
    ASSERT_TRUE(written.ok());
    QFile out(path);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(*written);
    out.close();
    test::TempDb other{kNow};
    RecordRepository target(other.db(), canteen::foodSamplesKind());
    auto r = importFile(target, path, test::tester(), test::insertOnly());
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->problems.size(), 1) << test::describe(*r);
    EXPECT_EQ(r->problems[0].row, 7);
    EXPECT_EQ(r->problems[0].column, QStringLiteral("weight_g"));
    EXPECT_EQ(r->written, false);
}

TEST_F(XlsxExportTest, TheContentDecidesTheFormatOnImportAndTheNameOnExport) {
    EXPECT_EQ(formatForPath(QStringLiteral("/tmp/a.xlsx")), FileFormat::Xlsx);
    EXPECT_EQ(formatForPath(QStringLiteral("/tmp/A.XLSX")), FileFormat::Xlsx);
    EXPECT_EQ(formatForPath(QStringLiteral("/tmp/a.csv")), FileFormat::Csv);
    EXPECT_EQ(formatForPath(QStringLiteral("/tmp/a")), FileFormat::Csv);
    QTemporaryDir dir;
    const QString xlsxNamedCsv = dir.filePath(QStringLiteral("workbook.csv"));
    {
        QFile f(xlsxNamedCsv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(*exportXlsx(samples, {false, byId()}));
    }
    test::TempDb other{kNow};
    RecordRepository target(other.db(), canteen::foodSamplesKind());
    auto r = importFile(target, xlsxNamedCsv, test::tester(), test::insertOnly());
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->ok()) << test::describe(*r);
    EXPECT_EQ(r->imported, 3);
    // A sheet asked of a CSV file is a problem of the file; nothing is written.
    const QString csv = dir.filePath(QStringLiteral("x.csv"));
    ASSERT_TRUE(exportFile(samples, {false, byId()}, csv).ok());
    r = importFile(target, csv, test::tester(), test::insertOnly(), QStringLiteral("Sheet1"));
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->problems.size(), 1);
    EXPECT_TRUE(r->problems[0].reason.contains(QStringLiteral("x.csv")))
        << r->problems[0].reason.toStdString();
    EXPECT_EQ(r->imported, 0);
    // A missing file is an error.
    EXPECT_FALSE(importFile(target, dir.filePath(QStringLiteral("none.xlsx")), test::tester()).ok());
}
