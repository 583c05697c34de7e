// Reading .xlsx workbooks (issue 14): made here with libxlsxwriter, as Excel and WPS write them, and one by
// hand with libzip (inline strings, cells without references, the 1904 date system); nothing checked in.
#include "io/XlsxDates.h"
#include "io/XlsxReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <xlsxwriter.h>
#include <zip.h>

using namespace houqin;
using namespace houqin::io;

namespace {

QByteArray readAll(const QString& path) {
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

// A workbook as an office keeps it: a date typed in three formats, a time, a date and time, numbers, a
// boolean, a formula with its cached result, empty rows and a lone cell far down, and a second sheet.
QByteArray officeWorkbook() {
    QTemporaryDir dir;
    const QByteArray path = dir.filePath(QStringLiteral("book.xlsx")).toUtf8();
    lxw_workbook* book = workbook_new(path.constData());
    lxw_worksheet* sheet = workbook_add_worksheet(book, "留样");
    lxw_worksheet* second = workbook_add_worksheet(book, "第二页");
    auto format = [&](const char* code) {
        lxw_format* f = workbook_add_format(book);
        format_set_num_format(f, code);
        return f;
    };
    lxw_format* builtinDate = workbook_add_format(book);
    format_set_num_format_index(builtinDate, 14);
    lxw_format* builtinZhDate = workbook_add_format(book);
    format_set_num_format_index(builtinZhDate, 31); // yyyy"年"m"月"d"日" in a Chinese Excel
    lxw_format* isoDate = format("yyyy-mm-dd");
    lxw_format* zhDate = format("yyyy\"年\"m\"月\"d\"日\"");
    lxw_format* time = format("hh:mm");
    lxw_format* dateTime = format("yyyy/m/d h:mm");
    lxw_format* twoDecimals = format("0.00");
    lxw_format* days = format("0 \"d\""); // a number with a unit in quotes: no date
    lxw_format* percent = format("0.0%");
    const char* headings[] = {"日期", "菜品", "重量", "时间", "留样时间",
                              "检查", "公式", "金额", "天数", "抑制率"};
    for (int c = 0; c < 10; ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), headings[c], nullptr);
    lxw_datetime sept1 = {2026, 9, 1, 0, 0, 0};
    worksheet_write_datetime(sheet, 1, 0, &sept1, isoDate);
    worksheet_write_string(sheet, 1, 1, "番茄炒蛋", nullptr);
    worksheet_write_number(sheet, 1, 2, 130.5, nullptr);
    lxw_datetime half11 = {0, 0, 0, 11, 30, 0};
    worksheet_write_datetime(sheet, 1, 3, &half11, time);
    lxw_datetime stored = {2026, 9, 1, 11, 30, 0};
    worksheet_write_datetime(sheet, 1, 4, &stored, dateTime);
    worksheet_write_boolean(sheet, 1, 5, 1, nullptr);
    worksheet_write_formula_num(sheet, 1, 6, "=1+2", nullptr, 3);
    worksheet_write_number(sheet, 1, 7, 1234.5, twoDecimals);
    worksheet_write_number(sheet, 1, 8, 45000, days);
    worksheet_write_number(sheet, 1, 9, 0.575, percent); // shown 57.5%
    lxw_datetime sept2 = {2026, 9, 2, 0, 0, 0};
    worksheet_write_datetime(sheet, 2, 0, &sept2, builtinDate);
    worksheet_write_string(sheet, 2, 1, "=HYPERLINK(\"x\")", nullptr); // a string, not a formula
    worksheet_write_number(sheet, 2, 2, 0.1, nullptr);
    worksheet_write_boolean(sheet, 2, 5, 0, nullptr);
    worksheet_write_number(sheet, 2, 7, -3, nullptr);
    lxw_datetime sept3 = {2026, 9, 3, 0, 0, 0};
    worksheet_write_datetime(sheet, 3, 0, &sept3, zhDate);
    worksheet_write_datetime(sheet, 4, 0, &sept3, builtinZhDate);
    worksheet_write_blank(sheet, 5, 2, twoDecimals); // a formatted but empty cell: a blank row
    worksheet_write_string(sheet, 6, 3, "D7", nullptr);
    worksheet_write_string(second, 0, 0, "名称", nullptr);
    worksheet_write_string(second, 1, 0, "第二页的行", nullptr);
    EXPECT_EQ(workbook_close(book), LXW_NO_ERROR);
    return readAll(QString::fromUtf8(path));
}

// A zip archive of the given parts, made with libzip as another program might write it.
QByteArray handMadeZip(const QList<std::pair<const char*, QByteArray>>& parts) {
    QTemporaryDir dir;
    const QByteArray path = dir.filePath(QStringLiteral("hand.xlsx")).toUtf8();
    int error = 0;
    zip_t* z = zip_open(path.constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    EXPECT_NE(z, nullptr);
    QList<QByteArray> keep; // libzip reads the buffers at zip_close
    for (const auto& [name, bytes] : parts) {
        keep << bytes;
        zip_source_t* s = zip_source_buffer(z, keep.last().constData(), zip_uint64_t(keep.last().size()), 0);
        EXPECT_GE(zip_file_add(z, name, s, ZIP_FL_ENC_UTF_8), 0);
    }
    EXPECT_EQ(zip_close(z), 0);
    return readAll(QString::fromUtf8(path));
}

const QByteArray kWorkbook1904 =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<workbookPr date1904="1"/><sheets><sheet name="Inline" sheetId="1" r:id="rId1"/></sheets></workbook>)";
const QByteArray kRels =
    R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/data.xml"/>
</Relationships>)";
const QByteArray kStyles =
    R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="200" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>
<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="200" applyNumberFormat="1"/></cellXfs></styleSheet>)";

QByteArray inlineSheet(const QByteArray& rows) {
    return R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)" +
           rows + "</sheetData></worksheet>";
}

QStringList cells(std::initializer_list<const char*> list) {
    QStringList out;
    for (const char* s : list)
        out << QString::fromUtf8(s);
    return out;
}

} // namespace

TEST(XlsxRead, CellTypesDatesAndSpreadsheetRowNumbers) {
    CsvFault fault;
    auto t = parseXlsx(officeWorkbook(), {}, &fault);
    ASSERT_TRUE(t.ok()) << fault.reason.toStdString();
    EXPECT_EQ(t->headerRow, 1);
    EXPECT_EQ(t->header,
              cells({"日期", "菜品", "重量", "时间", "留样时间", "检查", "公式", "金额", "天数", "抑制率"}));
    ASSERT_EQ(t->rows.size(), 5);
    EXPECT_EQ(t->rows[0], cells({"2026-09-01", "番茄炒蛋", "130.5", "11:30", "2026-09-01 11:30", "TRUE", "3",
                                 "1234.5", "45000", "57.5"}));
    EXPECT_EQ(t->rows[1], cells({"2026-09-02", "=HYPERLINK(\"x\")", "0.1", "", "", "FALSE", "", "-3"}));
    EXPECT_EQ(t->rows[2], cells({"2026-09-03"}));
    EXPECT_EQ(t->rows[3], cells({"2026-09-03"}));
    EXPECT_EQ(t->rows[4], cells({"", "", "", "D7"})) << "a lone cell keeps its column";
    // Rows as the spreadsheet numbers them: the blank rows 6 (a formatted empty cell) is skipped, the
    // lone cell stays row 7.
    EXPECT_EQ(t->rowNumbers, (QList<int>{2, 3, 4, 5, 7}));
}

TEST(XlsxRead, SheetByNameOrTheFirst) {
    const QByteArray book = officeWorkbook();
    auto t = parseXlsx(book, QStringLiteral("第二页"));
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t->header, cells({"名称"}));
    EXPECT_EQ(t->rows.value(0), cells({"第二页的行"}));
    EXPECT_TRUE(parseXlsx(book, QStringLiteral("留样")).ok());
    CsvFault fault;
    EXPECT_FALSE(parseXlsx(book, QStringLiteral("Sheet9"), &fault).ok());
    EXPECT_EQ(fault.row, 0);
    EXPECT_TRUE(fault.reason.contains(QStringLiteral("Sheet9")) &&
                fault.reason.contains(QStringLiteral("留样, 第二页")))
        << fault.reason.toStdString();
}

TEST(XlsxRead, InlineStringsCellsWithoutReferencesAnd1904Dates) {
    const QByteArray sheet = inlineSheet(
        R"(<row r="3"><c t="inlineStr"><is><t>名称</t></is></c><c t="inlineStr"><is><r><t>日</t></r><r><t>期</t></r><rPh><t>ri qi</t></rPh></is></c></row>)"
        R"(<row><c t="inlineStr"><is><t xml:space="preserve">两行_x000D_
第二行 </t></is></c><c s="1"><v>0</v></c></row>)"
        R"(<row r="9"><c r="B9" s="1"><v>44805</v></c><c r="C9" t="str"><f>A1</f><v>a_x005F_x0041_b</v></c></row>)");
    const QByteArray book = handMadeZip({{"xl/workbook.xml", kWorkbook1904},
                                         {"xl/_rels/workbook.xml.rels", kRels},
                                         {"xl/styles.xml", kStyles},
                                         {"xl/worksheets/data.xml", sheet}});
    CsvFault fault;
    auto t = parseXlsx(book, {}, &fault);
    ASSERT_TRUE(t.ok()) << fault.reason.toStdString();
    EXPECT_EQ(t->headerRow, 3);
    EXPECT_EQ(t->header, cells({"名称", "日期"})) << "rich text runs joined, the phonetic guide left out";
    ASSERT_EQ(t->rows.size(), 2);
    EXPECT_EQ(t->rows[0], cells({"两行\r\n第二行 ", "1904-01-01"}));
    EXPECT_EQ(t->rows[1], cells({"", "2026-09-02", "a_x0041_b"})) << "serial 44805 in the 1904 system";
    EXPECT_EQ(t->rowNumbers, (QList<int>{4, 9}));
}

TEST(XlsxRead, DamagedAndForeignFilesAreRefusedWithAReason) {
    CsvFault fault;
    EXPECT_FALSE(parseXlsx("PK\x03\x04 not really a zip", {}, &fault).ok());
    EXPECT_TRUE(fault.reason.contains(QStringLiteral("not an .xlsx"))) << fault.reason.toStdString();
    fault = {};
    EXPECT_FALSE(parseXlsx(handMadeZip({{"hello.txt", "hi"}}), {}, &fault).ok());
    EXPECT_TRUE(fault.reason.contains(QStringLiteral("damaged"))) << fault.reason.toStdString();
    // A shared string that does not exist, on row 5.
    fault = {};
    const QByteArray bad = handMadeZip(
        {{"xl/workbook.xml", kWorkbook1904},
         {"xl/_rels/workbook.xml.rels", kRels},
         {"xl/worksheets/data.xml",
          inlineSheet(
              R"(<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row><row r="5"><c r="A5" t="s"><v>7</v></c></row>)")}});
    EXPECT_FALSE(parseXlsx(bad, {}, &fault).ok());
    EXPECT_EQ(fault.row, 5) << fault.reason.toStdString();
    // A cell reference beyond Excel's last column.
    fault = {};
    const QByteArray wide = handMadeZip(
        {{"xl/workbook.xml", kWorkbook1904},
         {"xl/_rels/workbook.xml.rels", kRels},
         {"xl/worksheets/data.xml", inlineSheet(R"(<row r="2"><c r="XFE2"><v>1</v></c></row>)")}});
    EXPECT_FALSE(parseXlsx(wide, {}, &fault).ok());
    EXPECT_EQ(fault.row, 2);
}

TEST(XlsxDates, NumberFormatsThatShowDates) {
    using xlsxdates::Shown;
    EXPECT_EQ(xlsxdates::shownAs(0, {}), Shown::Number);
    EXPECT_EQ(xlsxdates::shownAs(13, {}), Shown::Number); // # ?/?
    EXPECT_EQ(xlsxdates::shownAs(14, {}), Shown::Date);
    EXPECT_EQ(xlsxdates::shownAs(20, {}), Shown::Time);
    EXPECT_EQ(xlsxdates::shownAs(22, {}), Shown::DateTime);
    EXPECT_EQ(xlsxdates::shownAs(23, {}), Shown::Number);
    EXPECT_EQ(xlsxdates::shownAs(9, {}), Shown::Percent);
    EXPECT_EQ(xlsxdates::shownAs(164, QStringLiteral("0.0%")), Shown::Percent);
    EXPECT_EQ(xlsxdates::shownAs(164, QStringLiteral("0\"%\"")), Shown::Number) << "a quoted %";
    EXPECT_EQ(xlsxdates::shownAs(31, {}), Shown::Date);
    EXPECT_EQ(xlsxdates::shownAs(164, QStringLiteral("General")), Shown::Number);
    EXPECT_EQ(xlsxdates::shownAs(164, QStringLiteral("0.00_ ")), Shown::Number);
    EXPECT_EQ(xlsxdates::shownAs(164, QStringLiteral("#,##0.00 \"元\"")), Shown::Number);
    EXPECT_EQ(xlsxdates::shownAs(164, QStringLiteral("0 \"days\"")), Shown::Number);
    EXPECT_EQ(xlsxdates::shownAs(164, QStringLiteral("[Red]0.00")), Shown::Number);
    EXPECT_EQ(xlsxdates::shownAs(164, QStringLiteral("0\\d")), Shown::Number) << "an escaped d";
    EXPECT_EQ(xlsxdates::shownAs(164, QStringLiteral("yyyy/m/d")), Shown::Date);
    EXPECT_EQ(xlsxdates::shownAs(164, QStringLiteral("[$-804]yyyy\"年\"m\"月\"d\"日\"")), Shown::Date);
    EXPECT_EQ(xlsxdates::shownAs(164, QStringLiteral("mmm-yy")), Shown::Date);
    EXPECT_EQ(xlsxdates::shownAs(164, QStringLiteral("h:mm:ss")), Shown::Time);
    EXPECT_EQ(xlsxdates::shownAs(164, QStringLiteral("[h]:mm")), Shown::Time);
    EXPECT_EQ(xlsxdates::shownAs(164, QStringLiteral("yyyy-mm-dd hh:mm")), Shown::DateTime);
}

TEST(XlsxDates, SerialsAroundTheDayThatNeverWas) {
    EXPECT_EQ(xlsxdates::fromSerial(1).date(), QDate(1900, 1, 1));
    EXPECT_EQ(xlsxdates::fromSerial(59).date(), QDate(1900, 2, 28));
    EXPECT_FALSE(xlsxdates::fromSerial(60).isValid()); // 1900-02-29
    EXPECT_EQ(xlsxdates::fromSerial(61).date(), QDate(1900, 3, 1));
    EXPECT_EQ(xlsxdates::fromSerial(46266).date(), QDate(2026, 9, 1));
    EXPECT_EQ(xlsxdates::fromSerial(46266.479166666664), QDateTime(QDate(2026, 9, 1), QTime(11, 30)));
    EXPECT_EQ(xlsxdates::fromSerial(0, true).date(), QDate(1904, 1, 1));
    EXPECT_FALSE(xlsxdates::fromSerial(-1).isValid());
    EXPECT_FALSE(xlsxdates::fromSerial(3e6).isValid());
    for (const QDate d : {QDate(1900, 1, 1), QDate(1900, 2, 28), QDate(1900, 3, 1), QDate(2026, 9, 1)})
        EXPECT_EQ(xlsxdates::fromSerial(xlsxdates::toSerial(d)).date(), d);
    const QDateTime at(QDate(2026, 2, 28), QTime(23, 59, 59));
    EXPECT_EQ(xlsxdates::fromSerial(xlsxdates::toSerial(at)), at);
}
