// Imports that stream (issue #15): rows read, checked and written one record at a time inside one
// transaction, the CSV read a chunk at a time, every bad row still reported, Cancel rolling back, the audit
// chain's cached head forgotten on rollback; and exports written as they are read.
#include "FoodSampleRecords.h"
#include "IoTestSupport.h"
#include "domain/canteen/FoodSamples.h"
#include "io/RowSource.h"
#include "storage/AuditChain.h"
#include "storage/RecordRepository.h"

#include <QBuffer>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace houqin;
using namespace houqin::io;
using test::counts;
using test::DbCounts;

namespace {
const QDateTime kNow(QDate(2026, 9, 7), QTime(10, 0));
const QByteArray kKeys = "date,meal,dish,weight_g,stored_at,fridge_temp_c,sampled_by\r\n";
const QString kTable = QStringLiteral("food_samples");

// n valid samples; the rows listed in `light` (0-based) weigh 100 g, below the rule's 125 g.
QByteArray samples(int n, const QSet<int>& light = {}) {
    QByteArray csv = kKeys;
    const QDate first(2026, 1, 1);
    for (int i = 0; i < n; ++i) {
        const QString d = first.addDays(i / 20).toString(Qt::ISODate);
        csv += QStringLiteral("%1,lunch,菜%2,%3,%1 11:30,4,王老师\r\n")
                   .arg(d)
                   .arg(i)
                   .arg(light.contains(i) ? 100 : 130)
                   .toUtf8();
    }
    return csv;
}

QList<RowSource::Row> readAll(RowSource& source) {
    QList<RowSource::Row> rows;
    RowSource::Row row;
    if (!source.header(row))
        return rows;
    rows << row;
    while (source.next(row))
        rows << row;
    return rows;
}
} // namespace

class StreamImportTest : public ::testing::Test {
protected:
    test::TempDb t{kNow};
    RecordRepository repo{t.db(), canteen::foodSamplesKind()};
};

TEST_F(StreamImportTest, TheStreamReaderReadsWhatTheTableParserReads) {
    // Quoted cells with line breaks, doubled quotes, CR, LF and CRLF ends, blank rows, a BOM, and a
    // Chinese character, a CRLF and a doubled quote each cut by the reader's 64 KiB chunk boundary.
    QByteArray csv = "\xEF\xBB\xBF"
                     "a,b,c\r\n\r\n1,\"x\r\ny\",\"say \"\"hi\"\"\"\n,,\r2,3,4\r\n";
    while (csv.size() < 64 * 1024 - 2)
        csv += "5,6,7\r\n";
    csv.truncate(64 * 1024 - 2);
    csv += "\"中\r\n文\",\"q\"\"\",end\r\n\"\"\"\",x,\"last\"";
    auto table = parseCsv(csv);
    ASSERT_TRUE(table.ok());
    QBuffer buffer(&csv);
    ASSERT_TRUE(buffer.open(QIODevice::ReadOnly));
    CsvStreamSource stream(buffer);
    const QList<RowSource::Row> rows = readAll(stream);
    EXPECT_FALSE(stream.fault());
    ASSERT_EQ(rows.size(), table->rows.size() + 1);
    EXPECT_EQ(rows.first().cells, table->header);
    for (qsizetype i = 0; i < table->rows.size(); ++i) {
        EXPECT_EQ(rows.at(i + 1).cells, table->rows.at(i)) << i;
        EXPECT_EQ(rows.at(i + 1).number, table->rowNumbers.at(i)) << i;
    }
    EXPECT_EQ(rows.last().cells,
              (QStringList{QStringLiteral("\""), QStringLiteral("x"), QStringLiteral("last")}));
}

TEST_F(StreamImportTest, BytesThatAreNotUtf8PastTheFirstChunkNameTheirRowAndNothingIsWritten) {
    const DbCounts before = counts(t.db(), kTable);
    QByteArray csv = samples(3000); // about 150 KiB: the bad byte is read after rows were written
    const int rows = 3002;          // the header, 3000 rows, then the bad one
    csv += "2026-09-01,lunch,\xB2\xCB,130,2026-09-01 11:30,4,王老师\r\n";
    ASSERT_GT(csv.size(), 128 * 1024);
    auto r = importCsv(repo, csv, test::tester());
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->problems.size(), 1);
    EXPECT_EQ(r->problems.first().row, rows);
    EXPECT_TRUE(r->problems.first().reason.contains(QStringLiteral("UTF-8")));
    EXPECT_FALSE(r->written);
    EXPECT_EQ(counts(t.db(), kTable), before);

    QByteArray unterminated = samples(3000) + "2026-09-01,lunch,\"汤,130\r\n";
    r = importCsv(repo, unterminated, test::tester());
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->problems.size(), 1);
    EXPECT_EQ(r->problems.first().row, rows);
    EXPECT_EQ(counts(t.db(), kTable), before);
}

TEST_F(StreamImportTest, BadRowsAnywhereRollBackAndAreAllReportedUpToTheCap) {
    const DbCounts before = counts(t.db(), kTable);
    QSet<int> light;
    for (int i = 0; i < 150; ++i)
        light.insert(2000 + 7 * i); // the first bad row comes after 2,000 good ones were written
    light.insert(4999);             // and the last row is bad too
    auto r = importCsv(repo, samples(5000, light), test::tester());
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r->written);
    EXPECT_EQ(r->problems.size(), ImportResult::kMaxListed);
    EXPECT_EQ(r->problems.size() + r->moreProblems, 151);
    EXPECT_EQ(r->problems.first().row, 2002); // spreadsheet rows: the header is row 1
    for (qsizetype i = 1; i < r->problems.size(); ++i)
        EXPECT_LT(r->problems.at(i - 1).row, r->problems.at(i).row);
    EXPECT_EQ(r->imported, 0);
    EXPECT_EQ(counts(t.db(), kTable), before);
}

TEST_F(StreamImportTest, TheSameRowsFromATableSourceGiveTheSameResult) {
    const QByteArray csv = samples(600, {10, 599});
    auto table = parseCsv(csv);
    ASSERT_TRUE(table.ok());
    CsvTableSource source(*table);
    auto fromTable = importRows(repo, source, test::tester());
    auto fromBytes = importCsv(repo, csv, test::tester());
    ASSERT_TRUE(fromTable.ok() && fromBytes.ok());
    ASSERT_EQ(fromTable->problems.size(), 2);
    EXPECT_EQ(test::describe(*fromTable), test::describe(*fromBytes));

    const CsvTable table600 = parseCsv(samples(600)).value();
    CsvTableSource good(table600);
    auto r = importRows(repo, good, test::tester());
    ASSERT_TRUE(r.ok() && r->ok()) << (r.ok() ? test::describe(*r) : std::string());
    EXPECT_EQ(r->imported, 600);
    EXPECT_TRUE(r->written);
}

TEST_F(StreamImportTest, CancelRollsBackEverythingWrittenSoFar) {
    const DbCounts before = counts(t.db(), kTable);
    ImportOptions options;
    int asked = 0;
    options.cancelled = [&asked] { return ++asked == 5; }; // after about 1,280 rows were written
    auto r = importCsv(repo, samples(3000), test::tester(), options);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::Cancelled);
    EXPECT_EQ(asked, 5);
    EXPECT_EQ(counts(t.db(), kTable), before);
    EXPECT_EQ(t->transactionDepth(), 0);
    // Not asked again: an import that is not cancelled goes through.
    options.cancelled = [] { return false; };
    r = importCsv(repo, samples(1000), test::tester(), options);
    ASSERT_TRUE(r.ok() && r->ok());
    EXPECT_EQ(counts(t.db(), kTable).rows, before.rows + 1000);
}

// The head of the audit chain is read once per transaction and kept; a rolled-back import must not leave
// the head of rows that no longer exist, or the next row would chain to a ghost.
TEST_F(StreamImportTest, TheAuditChainStaysIntactAcrossRolledBackAndCommittedImports) {
    ASSERT_TRUE(importCsv(repo, samples(300), test::tester()).value().written);
    auto refused = importCsv(repo, samples(700, {650}), test::tester()); // 650 rows written, then rolled back
    ASSERT_TRUE(refused.ok());
    EXPECT_FALSE(refused->written);
    ASSERT_TRUE(importCsv(repo, samples(200), test::tester()).value().written);
    ASSERT_TRUE(repo.insert(test::foodSample(QStringLiteral("单独"), kNow), test::tester()).ok());
    auto verdict = AuditChain::verify(t.db());
    ASSERT_TRUE(verdict.ok());
    EXPECT_TRUE(verdict->intact()) << verdict->reason.toStdString();
    EXPECT_EQ(verdict->rowsChecked, test::countSql(t.db(), QStringLiteral("SELECT count(*) FROM audit_log")));
    EXPECT_EQ(test::countSql(t.db(), QStringLiteral("SELECT count(*) FROM food_samples")), 501);
}

TEST_F(StreamImportTest, AnExportIsWrittenAsItIsReadAndACancelledOneLeavesNoFile) {
    ASSERT_TRUE(importCsv(repo, samples(1200), test::tester()).value().written);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("samples.csv"));
    ExportOptions options;
    options.keys = true;
    QList<std::pair<int, int>> calls;
    options.progress = [&](int done, int total) { calls << std::pair{done, total}; };
    ASSERT_TRUE(exportCsvFile(repo, options, path).ok());
    ASSERT_FALSE(calls.isEmpty());
    EXPECT_EQ(calls.last(), (std::pair{1200, 1200}));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray written = f.readAll();
    f.close();
    EXPECT_EQ(written.count("\r\n"), 1201);
    EXPECT_EQ(written, exportCsv(repo, options).value());

    // Cancelled half-way: the file already there is left as it was, and a new path gets no file.
    int asked = 0;
    options.cancelled = [&asked] { return ++asked == 2; };
    auto cancelled = exportCsvFile(repo, options, path);
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().code, Error::Code::Cancelled);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), written);
    asked = 0;
    const QString fresh = dir.filePath(QStringLiteral("new.csv"));
    EXPECT_FALSE(exportCsvFile(repo, options, fresh).ok());
    EXPECT_FALSE(QFile::exists(fresh));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("samples.csv")});
}

namespace {
QByteArray inEncoding(const QString& text, const char* codec, const QByteArray& bom = {}) {
    QStringEncoder encoder(codec);
    return bom + QByteArray(encoder(text));
}

// The stream reader gives exactly what parseCsv gives: the same rows and row numbers, or the same fault.
void expectSameAsTable(const QByteArray& bytes, const char* what) {
    SCOPED_TRACE(what);
    CsvFault fault;
    auto table = parseCsv(bytes, &fault);
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    ASSERT_TRUE(buffer.open(QIODevice::ReadOnly));
    CsvStreamSource stream(buffer);
    const QList<RowSource::Row> rows = readAll(stream);
    if (!table) {
        ASSERT_TRUE(stream.fault().has_value());
        EXPECT_EQ(stream.fault()->row, fault.row);
        EXPECT_EQ(stream.fault()->reason, fault.reason);
        return;
    }
    EXPECT_FALSE(stream.fault()) << stream.fault()->reason.toStdString();
    if (table->header.isEmpty()) { // an empty file: no header, no rows
        EXPECT_TRUE(rows.isEmpty());
        return;
    }
    ASSERT_EQ(rows.size(), table->rows.size() + 1);
    EXPECT_EQ(rows.first().cells, table->header);
    EXPECT_EQ(rows.first().number, table->headerRow);
    for (qsizetype i = 0; i < table->rows.size(); ++i) {
        ASSERT_EQ(rows.at(i + 1).cells, table->rows.at(i)) << i;
        ASSERT_EQ(rows.at(i + 1).number, table->rowNumbers.at(i)) << i;
    }
}
} // namespace

TEST(StreamEncodings, EveryEncodingStreamsAsTheTableParserReadsIt) {
    // Over three 64 KiB chunks, Chinese on every row so characters and surrogate pairs are cut by the
    // chunk boundaries, formula guards to remove, a quoted cell over two lines.
    QString text = QStringLiteral("日期,菜品,备注\r\n");
    for (int i = 0; text.size() < 100 * 1024; ++i)
        text += QStringLiteral("2026-09-01,番茄炒蛋%1,\"'=SUM(1)\r\n汤𠀀\"\r\n").arg(i);
    text += QStringLiteral("2026-09-02,青菜,'-x\r\n");
    expectSameAsTable(inEncoding(text, "UTF-8"), "UTF-8");
    expectSameAsTable(inEncoding(text, "UTF-8", "\xEF\xBB\xBF"), "UTF-8 BOM");
    expectSameAsTable(inEncoding(text, "UTF-16LE", "\xFF\xFE"), "UTF-16LE");
    expectSameAsTable(inEncoding(text, "UTF-16BE", "\xFE\xFF"), "UTF-16BE");
    expectSameAsTable(inEncoding(text, "GB18030"), "GB18030");
    // GBK's two-byte characters cut at the boundary: "米饭\n" is 5 bytes, and 65536 - 5 is not a multiple.
    QByteArray gbk = inEncoding(QStringLiteral("菜名\n"), "GB18030");
    while (gbk.size() < 3 * 64 * 1024)
        gbk += inEncoding(QStringLiteral("米饭\n"), "GB18030");
    expectSameAsTable(gbk, "GBK cut");
    // Tabs as in Excel's Unicode Text.
    expectSameAsTable(inEncoding(QStringLiteral("菜名\t重量\r\n米饭\t130\r\n"), "UTF-16LE", "\xFF\xFE"),
                      "tabs");
    // Faults: a broken byte late in the file, in each encoding; a NUL; an old workbook; empty files.
    QByteArray utf8 = inEncoding(text, "UTF-8");
    expectSameAsTable(QByteArray(utf8).insert(90 * 1024, "\xFF"), "broken UTF-8");
    expectSameAsTable("\xEF\xBB\xBF" + QByteArray(utf8).insert(90 * 1024, "\x80"), "broken UTF-8 BOM");
    QByteArray gb = inEncoding(text, "GB18030");
    expectSameAsTable(gb + "\xB0", "GBK lone lead byte at the end");
    expectSameAsTable(QByteArray(gbk).insert(70 * 1024, "\xFF"), "broken GBK");
    expectSameAsTable(inEncoding(text, "UTF-16LE", "\xFF\xFE") + QByteArray("\x00\xD8", 2), "broken UTF-16");
    expectSameAsTable(QByteArray("a,b\n1,2\n3,\0\n", 12), "NUL");
    expectSameAsTable(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0", 12), "xls");
    expectSameAsTable(QByteArray(), "empty");
    expectSameAsTable(QByteArray("\xFF\xFE"), "only a BOM");
    expectSameAsTable(QByteArray("a,\"b\n1,2\n"), "unterminated quote");
}

TEST_F(StreamImportTest, AGbkFileImportsFromDiskAsItStreams) {
    QString text = QStringLiteral("日期,餐次,菜品,重量,留样时间,冰箱温度,留样人\r\n");
    for (int i = 0; i < 3000; ++i)
        text += QStringLiteral("2026-09-01,午餐,菜%1,130,2026-09-01 11:30,4,王老师\r\n").arg(i);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gbk.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(inEncoding(text, "GB18030"));
    file.close();
    auto r = importCsvFile(repo, path, test::tester());
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    ASSERT_TRUE(r->ok()) << r->problems.first().toString().toStdString();
    EXPECT_EQ(r->imported, 3000);
    auto list = repo.list({});
    ASSERT_TRUE(list.ok());
    EXPECT_EQ(list->first().value(QStringLiteral("sampled_by")).toString(), QStringLiteral("王老师"));
}
