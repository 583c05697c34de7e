#include "io/Csv.h"

#include <QStringDecoder>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::io;

namespace {
CsvTable parsed(const QByteArray& data) {
    auto t = parseCsv(data);
    EXPECT_TRUE(t.ok()) << (t.ok() ? std::string() : t.error().message.toStdString());
    return t.ok() ? *t : CsvTable{};
}
QStringList cells(std::initializer_list<const char*> list) {
    QStringList out;
    for (const char* s : list)
        out << QString::fromUtf8(s);
    return out;
}
} // namespace

TEST(Csv, PlainHeaderAndRows) {
    const CsvTable t = parsed("a,b,c\n1,2,3\n4,5,6\n");
    EXPECT_EQ(t.header, cells({"a", "b", "c"}));
    ASSERT_EQ(t.rows.size(), 2);
    EXPECT_EQ(t.rows[0], cells({"1", "2", "3"}));
    EXPECT_EQ(t.rows[1], cells({"4", "5", "6"}));
    EXPECT_EQ(t.rowNumbers, (QList<int>{2, 3}));
    EXPECT_EQ(t.headerRow, 1);
}

TEST(Csv, LastLineWithoutLineEnd) {
    const CsvTable t = parsed("a,b\n1,2");
    ASSERT_EQ(t.rows.size(), 1);
    EXPECT_EQ(t.rows[0], cells({"1", "2"}));
}

TEST(Csv, EmptyCellsAndTrailingSeparator) {
    const CsvTable t = parsed("a,b,c\n1,,\n,2,\n");
    ASSERT_EQ(t.rows.size(), 2);
    EXPECT_EQ(t.rows[0], cells({"1", "", ""}));
    EXPECT_EQ(t.rows[1], cells({"", "2", ""}));
}

TEST(Csv, QuotedCellsWithSeparatorsAndDoubledQuotes) {
    const CsvTable t = parsed("a,b\n\"x, y\",\"he said \"\"hi\"\"\"\n\"\",\"\"\"\"\n");
    ASSERT_EQ(t.rows.size(), 2);
    EXPECT_EQ(t.rows[0], cells({"x, y", "he said \"hi\""}));
    EXPECT_EQ(t.rows[1], cells({"", "\""}));
}

TEST(Csv, EmbeddedLineBreaksKeepSpreadsheetRowNumbers) {
    // A cell over three lines is still one spreadsheet row, so the next record is row 3, not row 5.
    const CsvTable t = parsed("a,b\n\"line 1\nline 2\r\nline 3\",x\n2,y\n");
    ASSERT_EQ(t.rows.size(), 2);
    EXPECT_EQ(t.rows[0][0], QStringLiteral("line 1\nline 2\nline 3"));
    EXPECT_EQ(t.rows[0][1], QStringLiteral("x"));
    EXPECT_EQ(t.rowNumbers, (QList<int>{2, 3}));
}

TEST(Csv, QuoteInsideUnquotedCellIsLiteral) {
    const CsvTable t = parsed("a,b\n5\" pan,\"q\"x\n");
    ASSERT_EQ(t.rows.size(), 1);
    EXPECT_EQ(t.rows[0], cells({"5\" pan", "qx"}));
}

TEST(Csv, ByteOrderMarkIsDropped) {
    const CsvTable t = parsed("\xEF\xBB\xBF"
                              "date,dish\n2026-09-01,米饭\n");
    EXPECT_EQ(t.header.first(), QStringLiteral("date")); // not "\uFEFFdate"
    ASSERT_EQ(t.rows.size(), 1);
    EXPECT_EQ(t.rows[0][1], QStringLiteral("米饭"));
}

TEST(Csv, CrLfAndBareCrLineEnds) {
    const CsvTable crlf = parsed("a,b\r\n1,2\r\n3,4\r\n");
    ASSERT_EQ(crlf.rows.size(), 2);
    EXPECT_EQ(crlf.rows[1], cells({"3", "4"})); // no stray "\r" on the last cell
    const CsvTable cr = parsed("a,b\r1,2\r");
    ASSERT_EQ(cr.rows.size(), 1);
    EXPECT_EQ(cr.rows[0], cells({"1", "2"}));
}

TEST(Csv, BlankLinesAreSkippedButCounted) {
    const CsvTable t = parsed("a,b\n\n1,2\r\n\r\n,,\n , \n3,4\n\n");
    ASSERT_EQ(t.rows.size(), 2);
    EXPECT_EQ(t.rows[0], cells({"1", "2"}));
    EXPECT_EQ(t.rows[1], cells({"3", "4"}));
    EXPECT_EQ(t.rowNumbers, (QList<int>{3, 7}));
}

TEST(Csv, BlankLinesBeforeTheHeader) {
    const CsvTable t = parsed("\n\na,b\n1,2\n");
    EXPECT_EQ(t.header, cells({"a", "b"}));
    EXPECT_EQ(t.headerRow, 3);
    EXPECT_EQ(t.rowNumbers, (QList<int>{4}));
}

TEST(Csv, CellsAreNotTrimmed) {
    const CsvTable t = parsed("a\n  x  \n");
    ASSERT_EQ(t.rows.size(), 1);
    EXPECT_EQ(t.rows[0][0], QStringLiteral("  x  "));
}

TEST(Csv, EmptyInputGivesAnEmptyTable) {
    const CsvTable t = parsed("");
    EXPECT_TRUE(t.header.isEmpty());
    EXPECT_TRUE(t.rows.isEmpty());
    EXPECT_TRUE(parsed("\xEF\xBB\xBF").header.isEmpty());
}

TEST(Csv, UnterminatedQuoteIsRefusedNamingTheRowItStarts) {
    CsvFault fault;
    auto t = parseCsv("a,b\n1,2\n3,\"never closed\n4,5\n", &fault);
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().code, Error::Code::Io);
    EXPECT_EQ(fault.row, 3);
    EXPECT_TRUE(t.error().message.contains(QStringLiteral("Row 3"))) << t.error().message.toStdString();
    // Closed on the last line: fine.
    EXPECT_TRUE(parseCsv("a,b\n3,\"closed\nhere\"").ok());
}

TEST(Csv, GbkIsReadAndBytesOfNoEncodingAreRefusedNamingTheRow) {
    // "米饭" in GBK, as Excel's plain "CSV (Comma delimited)" writes it on a Chinese Windows: read as GBK
    // (TextDecodingTest has the rules).
    const CsvTable gbk = parsed("a,b\n1,ok\n2,\xC3\xD7\xB7\xB9\n");
    EXPECT_EQ(gbk.rows.value(1).value(1), QStringLiteral("米饭"));
    // 0xFF is a byte of neither.
    CsvFault fault;
    auto t = parseCsv("a,b\n1,ok\n2,\xC3\xD7\xFF\n", &fault);
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().code, Error::Code::Io);
    EXPECT_EQ(fault.row, 3);
    EXPECT_TRUE(fault.reason.contains(QStringLiteral("UTF-8"))) << fault.reason.toStdString();
}

TEST(Csv, Utf8EdgeCases) {
    // After Chinese in UTF-8 (so the file is UTF-8, not GBK), each of these is a broken byte.
    const QByteArray before = "a\n\xE7\xB1\xB3\xE9\xA5\xAD\n";  // 米饭
    EXPECT_TRUE(parseCsv(before + "\xF0\x9F\x8D\x9A\n").ok());  // 🍚, four bytes
    EXPECT_FALSE(parseCsv(before + "\xC0\xAF\n").ok());         // overlong "/"
    EXPECT_FALSE(parseCsv(before + "\xED\xA0\x80\n").ok());     // a UTF-16 surrogate
    EXPECT_FALSE(parseCsv(before + "\xF4\x90\x80\x80\n").ok()); // above U+10FFFF
    EXPECT_FALSE(parseCsv(before + "\xE7\xB1").ok());           // cut off at the end
    // Alone, C0 AF is a GBK character.
    EXPECT_EQ(parsed("a\n\xC0\xAF\n").rows.value(0).value(0),
              QStringDecoder("GB18030")(QByteArray("\xC0\xAF")));
}

TEST(Csv, WriteUsesBomCrLfAndQuotesOnlyWhereNeeded) {
    const QByteArray out =
        writeCsv(cells({"名称", "note"}),
                 {cells({"米饭", "plain"}), cells({"a,b", "say \"hi\""}), cells({"two\nlines", " padded "})});
    EXPECT_TRUE(out.startsWith("\xEF\xBB\xBF"));
    EXPECT_EQ(out.mid(3), QByteArray("名称,note\r\n"
                                     "米饭,plain\r\n"
                                     "\"a,b\",\"say \"\"hi\"\"\"\r\n"
                                     "\"two\nlines\",\" padded \"\r\n"));
}

TEST(Csv, WriteThenParseGivesTheSameCells) {
    const QStringList header = cells({"a", "b", "c"});
    const QList<QStringList> rows{cells({"x, y", "\"", "line\nbreak"}), cells({"", " s ", "中文"}),
                                  cells({"=1+1", "''", "\t"})};
    const CsvTable t = parsed(writeCsv(header, rows));
    EXPECT_EQ(t.header, header);
    EXPECT_EQ(t.rows, rows);
}

TEST(Csv, ReadCsvFile) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.csv"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("\xEF\xBB\xBF"
            "a,b\r\n1,2\r\n");
    f.close();
    auto t = readCsvFile(path);
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t->rows.size(), 1);
    auto missing = readCsvFile(dir.filePath(QStringLiteral("nope.csv")));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, Error::Code::Io);
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("nope.csv")));
}

TEST(Csv, FormulaCellsGetOneApostropheAndLoseItOnImport) {
    // OWASP CSV injection: each character that starts a formula.
    for (const char* cell : {"=1+2", "+1+2", "-1+2", "@SUM(1)", "\t=x", "\r=x", "=HYPERLINK(\"http://x\")"}) {
        SCOPED_TRACE(cell);
        const QString text = QString::fromUtf8(cell);
        EXPECT_EQ(guardFormula(text), QLatin1Char('\'') + text);
        EXPECT_EQ(unguardFormula(guardFormula(text)), text);
    }
    // A text that already starts with apostrophes before such a character gets one more, so the import's
    // removal of one gives it back: "'=x" is written "''=x".
    EXPECT_EQ(guardFormula(QStringLiteral("'=x")), QStringLiteral("''=x"));
    EXPECT_EQ(unguardFormula(QStringLiteral("''=x")), QStringLiteral("'=x"));
    EXPECT_EQ(unguardFormula(QStringLiteral("'=x")), QStringLiteral("=x"));
    // Plain numbers stay numbers; other texts and an apostrophe before ordinary text are left alone.
    for (const char* cell : {"-3", "-12.50", "+5", "3", "'abc", "'", "a=b", "", "米饭", "2026-09-01"}) {
        SCOPED_TRACE(cell);
        EXPECT_EQ(guardFormula(QString::fromUtf8(cell)), QString::fromUtf8(cell));
        EXPECT_EQ(unguardFormula(QString::fromUtf8(cell)), QString::fromUtf8(cell));
    }
    EXPECT_EQ(guardFormula(QStringLiteral("-3 人")), QStringLiteral("'-3 人")) << "not a plain number";
    EXPECT_EQ(guardFormula(QStringLiteral("-")), QStringLiteral("'-"));
}

TEST(Csv, FormulaGuardRoundTripsEveryTextExactly) {
    const QStringList texts{QStringLiteral("=1+2"),
                            QStringLiteral("'=1+2"),
                            QStringLiteral("''=1+2"),
                            QStringLiteral("'"),
                            QStringLiteral("''"),
                            QStringLiteral("'abc"),
                            QStringLiteral("-3"),
                            QStringLiteral("'-3"),
                            QStringLiteral("-3 人"),
                            QStringLiteral("@a,b"),
                            QStringLiteral("+86 138 0013 8000"),
                            QStringLiteral("普通文本"),
                            QStringLiteral("=\"a\"\"b\"")};
    QList<QStringList> rows;
    for (const QString& s : texts)
        rows << QStringList{s};
    const QByteArray csv = writeCsv({QStringLiteral("t")}, rows);
    EXPECT_TRUE(csv.contains("\r\n'=1+2\r\n''=1+2\r\n'''=1+2\r\n")) << csv.toStdString();
    EXPECT_TRUE(csv.contains("\r\n-3\r\n''-3\r\n'-3 人\r\n")) << csv.toStdString();
    const CsvTable back = parsed(csv);
    ASSERT_EQ(back.rows.size(), texts.size());
    for (qsizetype i = 0; i < texts.size(); ++i)
        EXPECT_EQ(back.rows[i][0], texts[i]);
}
