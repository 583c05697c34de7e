#include "reports/Printer.h"

#include "PdfText.h"

#include <QDir>
#include <QFile>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::reports;

namespace {

TableDocument sampleRegister(int rows) {
    TableDocument doc;
    doc.kindergarten = QStringLiteral("测试幼儿园");
    doc.title = QStringLiteral("留样登记表");
    doc.subtitleLines << QStringLiteral("2026年第36周");
    doc.columns = {{QStringLiteral("序号"), 1, Qt::AlignRight},
                   {QStringLiteral("菜品名称"), 3, Qt::AlignLeft},
                   {QStringLiteral("留样人"), 2, Qt::AlignHCenter}};
    for (int i = 1; i <= rows; ++i)
        doc.rows << QStringList{QStringLiteral("R%1").arg(i, 4, 10, QLatin1Char('0')),
                                QStringLiteral("番茄炒蛋"), QStringLiteral("王老师")};
    return doc;
}

// Code points of the Kangxi radicals and CJK radicals supplement: what Noto CJK's PDF text layer turns
// some ordinary ideographs into (⼀ for 一, ⽇ for 日, ...).
bool hasRadicals(const QString& text) {
    for (QChar c : text)
        if (c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF)
            return true;
    return false;
}

class PrinterTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString file(const QString& name) const { return dir.filePath(name); }
};

} // namespace

TEST_F(PrinterTest, WritesAPdfFile) {
    const QString path = file(QStringLiteral("small.pdf"));
    auto pages = writePdf(sampleRegister(3), path);
    ASSERT_TRUE(pages.ok()) << pages.error().message.toStdString();
    EXPECT_EQ(*pages, 1);
    EXPECT_EQ(test::fileStart(path, 5), QByteArray("%PDF-"));
    EXPECT_EQ(test::pdfInfo(path, QStringLiteral("Pages")), QStringLiteral("1"));
}

TEST_F(PrinterTest, UsesWenQuanYiMicroHeiAndEmbedsIt) {
    EXPECT_EQ(printFontFamily(), QStringLiteral("WenQuanYi Micro Hei"));
    const QString path = file(QStringLiteral("font.pdf"));
    ASSERT_TRUE(writePdf(sampleRegister(2), path).ok());
    const QString fonts = test::runTool(QStringLiteral("pdffonts"), {path});
    EXPECT_TRUE(fonts.contains(QStringLiteral("WenQuanYi"))) << fonts.toStdString();
    EXPECT_FALSE(fonts.contains(QStringLiteral("NotoSansCJK"))) << fonts.toStdString();
}

TEST_F(PrinterTest, ChineseTextCopiesBackExactly) {
    TableDocument doc = sampleRegister(2);
    doc.rows << QStringList{QStringLiteral("R9999"), QStringLiteral("一日三餐 日常 土豆丝"),
                            QStringLiteral("李一")};
    const QString path = file(QStringLiteral("chinese.pdf"));
    ASSERT_TRUE(writePdf(doc, path).ok());
    const QString text = test::pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("留样登记表"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("测试幼儿园"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("番茄炒蛋"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("一日三餐"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("2026年第36周"))) << text.toStdString();
    EXPECT_FALSE(hasRadicals(text)) << text.toStdString();
}

TEST_F(PrinterTest, LongTableRepeatsHeaderRowAndFooterOnEveryPage) {
    const QString path = file(QStringLiteral("long.pdf"));
    auto pages = writePdf(sampleRegister(200), path);
    ASSERT_TRUE(pages.ok()) << pages.error().message.toStdString();
    ASSERT_GE(*pages, 3);
    test::keepPdf(path);
    EXPECT_EQ(test::pdfInfo(path, QStringLiteral("Pages")), QString::number(*pages));
    for (int p = 1; p <= *pages; ++p) {
        SCOPED_TRACE(p);
        const QString text = test::pdfText(path, p);
        EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %2").arg(p).arg(*pages))) << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("菜品名称"))) << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("测试幼儿园"))) << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("留样登记表"))) << text.toStdString();
        if (p > 1) { // the big heading and subtitle are on the first page only
            EXPECT_FALSE(text.contains(QStringLiteral("2026年第36周"))) << text.toStdString();
        }
    }
    EXPECT_FALSE(test::pdfText(path, 1).contains(QStringLiteral("Page 2 of")));
    // Every row is printed exactly once: none lost at a page break, none printed twice.
    const QString all = test::pdfText(path);
    for (int i = 1; i <= 200; ++i) {
        const QString id = QStringLiteral("R%1").arg(i, 4, 10, QLatin1Char('0'));
        EXPECT_EQ(all.count(id), 1) << id.toStdString();
    }
}

TEST_F(PrinterTest, LongCellsWrapAndRowsAreNotSplitAcrossPages) {
    TableDocument doc = sampleRegister(0);
    // Tall rows: a wrapped cell of numbered words; each row's first and last word must share a page.
    for (int i = 1; i <= 40; ++i) {
        QStringList words;
        for (int w = 1; w <= 30; ++w)
            words << QStringLiteral("r%1w%2").arg(i).arg(w);
        doc.rows << QStringList{QStringLiteral("R%1").arg(i), words.join(QLatin1Char(' ')),
                                QStringLiteral("王老师")};
    }
    const QString path = file(QStringLiteral("wrap.pdf"));
    auto pages = writePdf(doc, path);
    ASSERT_TRUE(pages.ok());
    ASSERT_GE(*pages, 2);
    test::keepPdf(path);
    QList<QString> pageText;
    for (int p = 1; p <= *pages; ++p)
        pageText << test::pdfText(path, p);
    const QString all = test::pdfText(path);
    for (int i = 1; i <= 40; ++i) {
        for (int w = 1; w <= 30; ++w) {
            const QRegularExpression word(QStringLiteral("\\br%1w%2\\b").arg(i).arg(w));
            ASSERT_TRUE(all.contains(word)) << "r" << i << "w" << w << " missing";
        }
        const QRegularExpression first(QStringLiteral("\\br%1w1\\b").arg(i));
        const QRegularExpression last(QStringLiteral("\\br%1w30\\b").arg(i));
        int firstPage = -1, lastPage = -1;
        for (int p = 0; p < pageText.size(); ++p) {
            if (pageText[p].contains(first))
                firstPage = p;
            if (pageText[p].contains(last))
                lastPage = p;
        }
        EXPECT_EQ(firstPage, lastPage) << "row " << i << " is split across pages";
    }
}

TEST_F(PrinterTest, ARowTallerThanAPageIsSplitBetweenLinesWithNothingLost) {
    TableDocument doc = sampleRegister(2);
    QStringList words;
    for (int w = 1; w <= 1500; ++w)
        words << QStringLiteral("t%1").arg(w, 4, 10, QLatin1Char('0'));
    doc.rows.insert(
        1, QStringList{QStringLiteral("TALL"), words.join(QLatin1Char(' ')), QStringLiteral("李老师")});
    const QString path = file(QStringLiteral("tall.pdf"));
    auto pages = writePdf(doc, path);
    ASSERT_TRUE(pages.ok());
    ASSERT_GE(*pages, 2);
    test::keepPdf(path);
    const QString all = test::pdfText(path);
    for (const QString& w : words)
        ASSERT_EQ(all.count(w), 1) << w.toStdString();
    EXPECT_EQ(all.count(QStringLiteral("R0001")), 1);
    EXPECT_EQ(all.count(QStringLiteral("R0002")), 1);
    EXPECT_TRUE(all.indexOf(QStringLiteral("t1500")) < all.indexOf(QStringLiteral("R0002")));
    for (int p = 1; p <= *pages; ++p)
        EXPECT_TRUE(test::pdfText(path, p).contains(QStringLiteral("菜品名称"))) << "page " << p;
}

TEST_F(PrinterTest, PortraitAndLandscapeA4) {
    const QString portrait = file(QStringLiteral("portrait.pdf"));
    ASSERT_TRUE(writePdf(sampleRegister(1), portrait).ok());
    EXPECT_TRUE(test::pdfInfo(portrait, QStringLiteral("Page size")) == test::kA4Portrait)
        << test::pdfInfo(portrait, QStringLiteral("Page size")).toStdString();

    TableDocument wide = sampleRegister(1);
    wide.orientation = QPageLayout::Landscape;
    const QString landscape = file(QStringLiteral("landscape.pdf"));
    ASSERT_TRUE(writePdf(wide, landscape).ok());
    EXPECT_TRUE(test::pdfInfo(landscape, QStringLiteral("Page size")) == test::kA4Landscape)
        << test::pdfInfo(landscape, QStringLiteral("Page size")).toStdString();
}

TEST_F(PrinterTest, SignatureLinesAndFootnoteFollowTheTable) {
    TableDocument doc = sampleRegister(1);
    doc.footnote = QStringLiteral("本周共 1 份留样");
    doc.signatureLines << QStringLiteral("留样人（签字）：") << QStringLiteral("审核人（签字）：");
    const QString path = file(QStringLiteral("signatures.pdf"));
    ASSERT_TRUE(writePdf(doc, path).ok());
    test::keepPdf(path);
    const QString text = test::pdfText(path);
    const qsizetype row = text.indexOf(QStringLiteral("R0001"));
    const qsizetype note = text.indexOf(QStringLiteral("本周共 1 份留样"));
    const qsizetype sampler = text.indexOf(QStringLiteral("留样人（签字）：__"));
    const qsizetype reviewer = text.indexOf(QStringLiteral("审核人（签字）：__"));
    ASSERT_GE(row, 0);
    EXPECT_GT(note, row) << text.toStdString();
    EXPECT_GT(sampler, note) << text.toStdString();
    EXPECT_GT(reviewer, sampler) << text.toStdString();
}

TEST_F(PrinterTest, EmptyTableStillPrintsItsHeaderRow) {
    TableDocument doc = sampleRegister(0);
    doc.footnote = QStringLiteral("本周无留样记录");
    const QString path = file(QStringLiteral("empty.pdf"));
    auto pages = writePdf(doc, path);
    ASSERT_TRUE(pages.ok());
    EXPECT_EQ(*pages, 1);
    test::keepPdf(path);
    const QString text = test::pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("菜品名称")));
    EXPECT_TRUE(text.contains(QStringLiteral("本周无留样记录")));
    EXPECT_TRUE(text.contains(QStringLiteral("Page 1 of 1")));
}

TEST_F(PrinterTest, RendersOnAQPrinterAsPrintPreviewDoes) {
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = file(QStringLiteral("printer.pdf"));
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::Letter)); // render() insists on A4
    TableDocument doc = sampleRegister(120);
    doc.orientation = QPageLayout::Landscape;
    auto pages = render(doc, printer);
    ASSERT_TRUE(pages.ok()) << pages.error().message.toStdString();
    EXPECT_GE(*pages, 2);
    EXPECT_EQ(printer.pageLayout().pageSize().id(), QPageSize::A4);
    EXPECT_EQ(printer.pageLayout().orientation(), QPageLayout::Landscape);
    test::keepPdf(path);
    EXPECT_EQ(test::pdfInfo(path, QStringLiteral("Pages")), QString::number(*pages));
    const QString last = test::pdfText(path, *pages);
    EXPECT_TRUE(last.contains(QStringLiteral("Page %1 of %1").arg(*pages))) << last.toStdString();
    EXPECT_TRUE(last.contains(QStringLiteral("菜品名称")));
    EXPECT_TRUE(last.contains(QStringLiteral("R0120")));
}

TEST_F(PrinterTest, PrintPreviewShowsEveryPage) {
    // What the GUI's QPrintPreviewDialog does: render() on the printer it hands to paintRequested.
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewWidget preview(&printer);
    int rendered = -1;
    QObject::connect(&preview, &QPrintPreviewWidget::paintRequested, [&](QPrinter* p) {
        auto pages = render(sampleRegister(200), *p);
        rendered = pages.ok() ? *pages : 0;
    });
    preview.updatePreview();
    ASSERT_GE(rendered, 3);
    EXPECT_EQ(preview.pageCount(), rendered);
    EXPECT_EQ(printer.pageLayout().pageSize().id(), QPageSize::A4);
}

TEST_F(PrinterTest, UnwritablePathIsAnIoErrorAndLeavesNoFile) {
    const QString path = file(QStringLiteral("missing-folder/out.pdf"));
    auto pages = writePdf(sampleRegister(1), path);
    ASSERT_FALSE(pages.ok());
    EXPECT_EQ(pages.error().code, Error::Code::Io);
    EXPECT_TRUE(pages.error().message.contains(path)) << pages.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(PrinterTest, RewritingKeepsAValidFile) {
    const QString path = file(QStringLiteral("again.pdf"));
    ASSERT_TRUE(writePdf(sampleRegister(1), path).ok());
    auto pages = writePdf(sampleRegister(200), path);
    ASSERT_TRUE(pages.ok());
    EXPECT_EQ(test::pdfInfo(path, QStringLiteral("Pages")), QString::number(*pages));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no temporary file left behind
}
