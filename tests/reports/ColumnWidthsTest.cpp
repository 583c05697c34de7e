#include "reports/ColumnWidths.h"

#include "PdfText.h"
#include "reports/PageFlow.h"
#include "reports/Printer.h"

#include <QFontMetricsF>
#include <QPageSize>
#include <QPrinter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <numeric>

using namespace houqin;
using namespace houqin::reports;
using detail::ColumnNeed;
using detail::columnWidths;

namespace {
double sum(const QList<double>& l) {
    return std::accumulate(l.cbegin(), l.cend(), 0.0);
}
} // namespace

TEST(ColumnWidths, EverythingFitsEachColumnGetsItsNaturalWidthAndTheRestByStretch) {
    const QList<double> w = columnWidths({{10, 20, 1}, {10, 30, 3}}, 90);
    ASSERT_EQ(w.size(), 2);
    EXPECT_DOUBLE_EQ(w[0], 20 + 40 * 1 / 4.0);
    EXPECT_DOUBLE_EQ(w[1], 30 + 40 * 3 / 4.0);
    EXPECT_DOUBLE_EQ(sum(w), 90);
}

TEST(ColumnWidths, TooNarrowForOneLineShortCellsKeepTheirWidthAndLongTextWraps) {
    // A date column (minimum = natural = 20) and a notes column that would like 200 but can wrap to 15.
    const QList<double> w = columnWidths({{20, 20, 1}, {15, 200, 1}}, 100);
    EXPECT_DOUBLE_EQ(w[0], 20); // never narrower than one line of its date
    EXPECT_DOUBLE_EQ(w[1], 80);
    // Exactly the minimums: each gets its minimum.
    const QList<double> tight = columnWidths({{20, 20, 1}, {15, 200, 1}}, 35);
    EXPECT_DOUBLE_EQ(tight[0], 20);
    EXPECT_DOUBLE_EQ(tight[1], 15);
}

TEST(ColumnWidths, NotEvenTheMinimumsFitWidthsFollowTheMinimums) {
    const QList<double> w = columnWidths({{30, 30, 1}, {10, 50, 5}}, 20);
    EXPECT_DOUBLE_EQ(w[0], 15);
    EXPECT_DOUBLE_EQ(w[1], 5);
}

TEST(ColumnWidths, ShortCellsMustNotBreakLongOnesMay) {
    const QFont font = printFont(9.5);
    const QFontMetricsF m(font);
    const double noBreak = 12 * m.horizontalAdvance(QChar(0x4E2D));
    ColumnNeed supplier;
    detail::measureCell(supplier, QStringLiteral("绿源净菜配送有限公司"), m, noBreak, 2);
    EXPECT_DOUBLE_EQ(supplier.minimum, supplier.natural);
    EXPECT_DOUBLE_EQ(supplier.natural, m.horizontalAdvance(QStringLiteral("绿源净菜配送有限公司")) + 4);
    ColumnNeed notes;
    detail::measureCell(notes,
                        QStringLiteral("后勤会议：一月一次理论考试，内容为食品安全与消毒知识，全体参加。"), m,
                        noBreak, 2);
    EXPECT_LT(notes.minimum, notes.natural);
    // Chinese text may break between any two characters: a long one needs only four of them.
    EXPECT_DOUBLE_EQ(notes.minimum, 4 * m.horizontalAdvance(QChar(0x4E2D)) + 4);
    // A long Latin word (a licence number) inside Chinese text stays whole.
    ColumnNeed licence;
    detail::measureCell(licence, QStringLiteral("许可证号JY13101150012345已核验，有效期至2027年。"), m,
                        noBreak, 2);
    EXPECT_DOUBLE_EQ(licence.minimum, m.horizontalAdvance(QStringLiteral("JY13101150012345")) + 4);
    // Several lines: the widest counts.
    ColumnNeed twoLines;
    detail::measureCell(twoLines, QStringLiteral("第5周\n9月28日—10月4日"), m, noBreak, 2);
    EXPECT_DOUBLE_EQ(twoLines.minimum, m.horizontalAdvance(QStringLiteral("9月28日—10月4日")) + 4);
}

// Printed, a narrow serial-number column, dates and company names come out whole on one line.
TEST(ColumnWidths, APrintedRegisterBreaksNeitherDatesNorNamesNorItsHeader) {
    TableDocument doc;
    doc.kindergarten = QStringLiteral("测试幼儿园");
    doc.title = QStringLiteral("农药残留快速检测结果公示");
    doc.columns = {{QStringLiteral("序号"), 1, Qt::AlignRight},
                   {QStringLiteral("样品（蔬菜）"), 2, Qt::AlignLeft},
                   {QStringLiteral("供应商"), 2, Qt::AlignLeft},
                   {QStringLiteral("检测周期"), 2, Qt::AlignLeft},
                   {QStringLiteral("处理情况"), 3, Qt::AlignLeft}};
    for (int i = 1; i <= 3; ++i)
        doc.rows << QStringList{QString::number(i), QStringLiteral("大白菜"),
                                QStringLiteral("绿源净菜配送有限公司"), QStringLiteral("10月26日—11月1日"),
                                QStringLiteral("退货，供应商已更换批次并重新送检，复检合格后使用。")};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notice.pdf"));
    ASSERT_TRUE(writePdf(doc, path).ok());
    const QString text = test::pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("序号"))) << text.toStdString();
    EXPECT_EQ(text.count(QStringLiteral("绿源净菜配送有限公司")), 3) << text.toStdString();
    EXPECT_EQ(text.count(QStringLiteral("10月26日—11月1日")), 3) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("样品（蔬菜）"))) << text.toStdString();

    // The same as a lobby notice: as large as the page allows without breaking them either.
    doc.fontScale = 1.8;
    doc.fillPage = true;
    ASSERT_TRUE(writePdf(doc, path).ok());
    const QString notice = test::pdfText(path);
    EXPECT_EQ(notice.count(QStringLiteral("绿源净菜配送有限公司")), 3) << notice.toStdString();
    EXPECT_EQ(notice.count(QStringLiteral("10月26日—11月1日")), 3) << notice.toStdString();
}

// A notice that fills its page: three rows print larger than the base scale, forty still fit one page.
TEST(ColumnWidths, ANoticeGrowsToUseItsPageAndStaysOnOne) {
    auto notice = [](int rows) {
        TableDocument doc;
        doc.title = QStringLiteral("农药残留快速检测结果公示");
        doc.columns = {{QStringLiteral("序号"), 1, Qt::AlignRight},
                       {QStringLiteral("样品"), 2, Qt::AlignLeft}};
        for (int i = 1; i <= rows; ++i)
            doc.rows << QStringList{QString::number(i), QStringLiteral("青菜")};
        doc.fontScale = 1.8;
        doc.fillPage = true;
        return doc;
    };
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setPageSize(QPageSize(QPageSize::A4));
    const QSizeF body(printer.width(), printer.height() * 0.9);
    const double three = detail::PageFlow::fittingScale(notice(3), printer, body);
    EXPECT_GT(three, 1.8 * 1.5);
    const double twenty = detail::PageFlow::fittingScale(notice(20), printer, body);
    EXPECT_LT(twenty, three);
    EXPECT_GE(twenty, 1.8);
    EXPECT_EQ(detail::PageFlow(notice(20), printer, body).pageCount(), 1);
    // Too long for one page even at the base scale: the base scale, on two pages.
    EXPECT_DOUBLE_EQ(detail::PageFlow::fittingScale(notice(80), printer, body), 1.8);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("three.pdf"));
    auto pages = writePdf(notice(3), path);
    ASSERT_TRUE(pages.ok());
    EXPECT_EQ(*pages, 1);
}

// Too many short cells for the page (an English asset register): they wrap between their words before any
// code or number is cut, and a column that fits on its word minimum gets its share of what is left.
TEST(ColumnWidths, WhenTheMinimumsDoNotFitShortCellsWrapBetweenWordsNotInsideThem) {
    const QFont font = printFont(9.5);
    const QFontMetricsF m(font);
    const double noBreak = 12 * m.horizontalAdvance(QChar(0x4E2D));
    ColumnNeed category, code;
    detail::measureCell(category, QStringLiteral("Furniture and fittings"), m, noBreak, 2);
    detail::measureCell(code, QStringLiteral("XG-2025-0001"), m, noBreak, 2);
    EXPECT_DOUBLE_EQ(category.minimum, category.natural); // short: whole while there is room
    EXPECT_DOUBLE_EQ(category.wordMinimum, m.horizontalAdvance(QStringLiteral("Furniture")) + 4);
    EXPECT_DOUBLE_EQ(code.wordMinimum, code.minimum); // one word: never narrower
    // Room for both word minimums but not both minimums: the code stays whole, the category wraps.
    const double room = code.minimum + category.wordMinimum + 10;
    ASSERT_LT(room, code.minimum + category.minimum);
    const QList<double> w = columnWidths({code, category}, room);
    EXPECT_DOUBLE_EQ(w[0], code.minimum);
    EXPECT_DOUBLE_EQ(w[1], category.wordMinimum + 10);
    // One unit less than the word minimums: in proportion to them, as before.
    const double tight = code.wordMinimum + category.wordMinimum - 1;
    const QList<double> t = columnWidths({code, category}, tight);
    EXPECT_NEAR(t[0] + t[1], tight, 1e-9);
    EXPECT_LT(t[0], code.minimum);
}

// CellMeasurer measures a table's cells once per distinct text, the floor once, and words only for a line
// wider than the floor (issue #15). Its needs must be those of measuring every cell in full, as the rule
// reads (measureCell's definition written out here): short and long, Latin and Chinese, one word and
// several, several lines, empty, on both sides of the floor and of noBreak, each text met twice.
TEST(ColumnWidths, TheCellMeasurerGivesTheNeedsOfMeasuringEveryCellInFull) {
    const QFont font = printFont(9.5);
    const QFontMetricsF m(font);
    const double ideograph = m.horizontalAdvance(QChar(0x4E2D));
    const double floor = 4 * ideograph;
    auto full = [&](ColumnNeed& need, const QString& text, double noBreak, double padding) {
        static const QRegularExpression space(
            QStringLiteral("[\\s\\x{2E80}-\\x{9FFF}\\x{F900}-\\x{FAFF}\\x{FF00}-\\x{FFEF}]+"));
        for (const QString& line : text.split(QRegularExpression(QStringLiteral("\r\n|\n")))) {
            const double natural = m.horizontalAdvance(line);
            double longestWord = 0;
            for (const QString& word : line.split(space, Qt::SkipEmptyParts))
                longestWord = qMax(longestWord, m.horizontalAdvance(word));
            const double minimum = natural > noBreak ? qBound(floor, longestWord, noBreak) : natural;
            const double wordMinimum = qMin(minimum, qMax(qMin(floor, natural), longestWord));
            need.natural = qMax(need.natural, natural + 2 * padding);
            need.minimum = qMax(need.minimum, minimum + 2 * padding);
            need.wordMinimum = qMax(need.wordMinimum, wordMinimum + 2 * padding);
        }
    };
    const QStringList texts{QString(),
                            QStringLiteral("1"),
                            QStringLiteral("早餐"),
                            QStringLiteral("三个字"),
                            QStringLiteral("四个汉字"),
                            QStringLiteral("五个汉字了"),
                            QStringLiteral("152.9"),
                            QStringLiteral("2026-11-16"),
                            QStringLiteral("2026-11-16 08:26"),
                            QStringLiteral("XG-2025-0001"),
                            QStringLiteral("Furniture and fittings"),
                            QStringLiteral("绿源净菜配送有限公司"),
                            QStringLiteral("许可证号JY13101150012345已核验，有效期至2027年。"),
                            QStringLiteral("退货，供应商已更换批次并重新送检，复检合格后使用。"),
                            QStringLiteral("第5周\n9月28日—10月4日"),
                            QStringLiteral("a\r\nbb b\n"),
                            QStringLiteral("Supercalifragilisticexpialidocious"),
                            QStringLiteral("ab cd"),
                            QStringLiteral("   ")};
    // noBreak below the floor, at a few characters, and the printed tables' twelve.
    for (const double noBreak : {2 * ideograph, 5 * ideograph, 12 * ideograph}) {
        for (const double padding : {0.0, 2.5}) {
            detail::CellMeasurer measurer(m, noBreak, padding);
            for (int round = 0; round < 2; ++round) {
                for (const QString& text : texts) {
                    ColumnNeed expected, got;
                    full(expected, text, noBreak, padding);
                    measurer.measure(got, text);
                    const std::string what = text.toStdString() + " noBreak " + std::to_string(noBreak);
                    EXPECT_DOUBLE_EQ(got.natural, expected.natural) << what;
                    EXPECT_DOUBLE_EQ(got.minimum, expected.minimum) << what;
                    EXPECT_DOUBLE_EQ(got.wordMinimum, expected.wordMinimum) << what;
                }
            }
            // Cells of one column widen one need together, as each did alone.
            ColumnNeed column, expected;
            for (const QString& text : texts) {
                measurer.measure(column, text);
                full(expected, text, noBreak, padding);
            }
            EXPECT_DOUBLE_EQ(column.natural, expected.natural);
            EXPECT_DOUBLE_EQ(column.minimum, expected.minimum);
            EXPECT_DOUBLE_EQ(column.wordMinimum, expected.wordMinimum);
        }
    }
}
