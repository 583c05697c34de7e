// Encodings detected without asking (issue 14): the same Chinese file in each encoding reads and imports
// identically, a GBK file is never read as UTF-8 nor the other way round, and bytes that are no text name
// their row.
#include "io/TextDecoding.h"

#include "IoTestSupport.h"
#include "domain/canteen/FoodSamples.h"
#include "io/Csv.h"
#include "storage/RecordRepository.h"

#include <QStringEncoder>

using namespace houqin;
using namespace houqin::io;

namespace {
const QDateTime kNow(QDate(2026, 9, 7), QTime(10, 0));

// A food-sample file as an office types it: Chinese headers and cells, a quoted cell over two lines.
const QString kFile =
    QStringLiteral("日期,餐次,菜品,重量,留样时间,冰箱温度,留样人,备注\r\n"
                   "2026-09-01,午餐,番茄炒蛋,130,2026-09-01 11:30,4.5,王老师,\"汤汁多，\r\n带汤\"\r\n"
                   "2026/9/2,午餐,青菜𠀀豆腐,125,2026-09-02 11:40,4,李师傅,\r\n");

QByteArray encoded(const QString& text, const char* codec, const QByteArray& bom = {}) {
    QStringEncoder encoder(codec);
    const QByteArray bytes = encoder(text);
    EXPECT_FALSE(encoder.hasError()) << codec;
    return bom + bytes;
}

struct Encoded {
    const char* name;
    QByteArray bytes;
    TextEncoding expected;
};

QList<Encoded> everyEncoding(const QString& text) {
    return {{"UTF-8", encoded(text, "UTF-8"), TextEncoding::Utf8},
            {"UTF-8 BOM", encoded(text, "UTF-8", "\xEF\xBB\xBF"), TextEncoding::Utf8},
            {"UTF-16LE", encoded(text, "UTF-16LE", "\xFF\xFE"), TextEncoding::Utf16LE},
            {"UTF-16BE", encoded(text, "UTF-16BE", "\xFE\xFF"), TextEncoding::Utf16BE},
            {"GB18030", encoded(text, "GB18030"), TextEncoding::Gb18030}};
}

QByteArray gbk(const char* utf8) {
    return encoded(QString::fromUtf8(utf8), "GB18030");
}
} // namespace

TEST(TextDecoding, TheSameChineseFileReadsIdenticallyInEveryEncoding) {
    for (const Encoded& e : everyEncoding(kFile)) {
        SCOPED_TRACE(e.name);
        const DecodedText d = decodeText(e.bytes);
        ASSERT_TRUE(d.ok) << d.reason.toStdString();
        EXPECT_EQ(d.encoding, e.expected);
        EXPECT_EQ(d.text, kFile);
        auto t = parseCsv(e.bytes);
        ASSERT_TRUE(t.ok());
        EXPECT_EQ(t->rows.size(), 2);
        EXPECT_EQ(t->rows[0][7], QStringLiteral("汤汁多，\n带汤"));
        EXPECT_EQ(t->rows[1][2], QStringLiteral("青菜𠀀豆腐")); // beyond GBK: GB18030's four bytes
        EXPECT_EQ(t->rowNumbers, (QList<int>{2, 3}));
    }
}

TEST(TextDecoding, TheSameChineseFileImportsIdenticallyInEveryEncoding) {
    QList<QVariantMap> first;
    for (const Encoded& e : everyEncoding(kFile)) {
        SCOPED_TRACE(e.name);
        test::TempDb t{kNow};
        RecordRepository samples(t.db(), canteen::foodSamplesKind());
        auto r = importCsv(samples, e.bytes, test::tester());
        ASSERT_TRUE(r.ok());
        ASSERT_TRUE(r->ok()) << test::describe(*r);
        EXPECT_EQ(r->imported, 2);
        QList<QVariantMap> values;
        for (const Record& rec : *samples.list({}))
            values << rec.values.toMap();
        if (first.isEmpty())
            first = values;
        EXPECT_EQ(values, first);
    }
    ASSERT_EQ(first.size(), 2);
}

TEST(TextDecoding, ShortGbkTextThatIsAlsoValidUtf8IsReadAsGbk) {
    // "小" in GBK is D0 A1, which is also valid UTF-8 (U+0421, Cyrillic "С"). No Chinese in UTF-8 takes two
    // bytes, and every pair is a common hanzi in GB2312: GBK.
    ASSERT_EQ(gbk("小"), QByteArray("\xD0\xA1"));
    DecodedText d = decodeText("a,b\r\n1," + gbk("小") + "\r\n");
    EXPECT_EQ(d.encoding, TextEncoding::Gb18030);
    EXPECT_EQ(d.text, QStringLiteral("a,b\r\n1,小\r\n"));
    // The other side of the boundary: a 2-byte UTF-8 letter that is no GB2312 hanzi (trail byte below
    // 0xA1) stays UTF-8, "ǚ" (C7 9A) from pinyin.
    d = decodeText("name\nl\xC7\x9A\n");
    EXPECT_EQ(d.encoding, TextEncoding::Utf8);
    EXPECT_EQ(d.text, QStringLiteral("name\nlǚ\n"));
    // Any Chinese character in UTF-8 (three bytes) makes it UTF-8 even beside such a pair.
    d = decodeText("a\n\xD0\xA1\xE4\xB8\xAD\n");
    EXPECT_EQ(d.encoding, TextEncoding::Utf8);
    EXPECT_EQ(d.text, QStringLiteral("a\nС中\n"));
    // ASCII alone is UTF-8.
    EXPECT_EQ(decodeText("a,b\n1,2\n").encoding, TextEncoding::Utf8);
}

TEST(TextDecoding, GbkTextIsNeverReadAsUtf8) {
    // Ordinary GBK words: most pairs are invalid UTF-8 at once.
    for (const char* words : {"米饭", "番茄炒蛋", "留样人,王老师", "大一班", "食品留样登记表"}) {
        SCOPED_TRACE(words);
        const DecodedText d = decodeText(gbk(words));
        ASSERT_TRUE(d.ok) << d.reason.toStdString();
        EXPECT_EQ(d.encoding, TextEncoding::Gb18030);
        EXPECT_EQ(d.text, QString::fromUtf8(words));
    }
    // GBK text in which a few bytes happen to form 3-byte UTF-8 sequences (E4 B8 B0 is "丰" in UTF-8)
    // is still GBK while those are fewer than the invalid bytes.
    const QByteArray mixed = gbk("涓皑米饭青菜");
    const DecodedText d = decodeText(mixed);
    ASSERT_TRUE(d.ok) << d.reason.toStdString();
    EXPECT_EQ(d.encoding, TextEncoding::Gb18030);
    EXPECT_EQ(d.text, QStringLiteral("涓皑米饭青菜"));
}

TEST(TextDecoding, ABrokenByteOnLineSevenIsNamedAsLineSeven) {
    QByteArray utf8 = "日期,菜名\n2026-09-01,米饭\n2026-09-02,青菜\n2026-09-03,鸡蛋\n2026-09-04,豆腐\n"
                      "2026-09-05,牛奶\n2026-09-06,面\xFF条\n2026-09-07,馒头\n";
    for (const QByteArray& bad :
         {utf8, QByteArray(utf8).replace("\xFF", "\x80"), QByteArray(utf8).replace("\xFF", "\xE4\xB8")}) {
        CsvFault fault;
        auto t = parseCsv(bad, &fault);
        ASSERT_FALSE(t.ok());
        EXPECT_EQ(fault.row, 7) << fault.reason.toStdString();
        EXPECT_TRUE(fault.reason.contains(QStringLiteral("UTF-8"))) << fault.reason.toStdString();
        EXPECT_TRUE(t.error().message.startsWith(QStringLiteral("Row 7:")))
            << t.error().message.toStdString();
        // With a BOM the same.
        fault = {};
        EXPECT_FALSE(parseCsv("\xEF\xBB\xBF" + bad, &fault).ok());
        EXPECT_EQ(fault.row, 7);
    }
    // A GBK file with a byte that is no GB18030 on line 7.
    QByteArray gb = encoded(QString::fromUtf8(utf8.replace("\xFF", "")), "GB18030");
    const qsizetype at = gb.indexOf(gbk("条"));
    ASSERT_GT(at, 0);
    gb.insert(at, '\xFF');
    CsvFault fault;
    EXPECT_FALSE(parseCsv(gb, &fault).ok());
    EXPECT_EQ(fault.row, 7) << fault.reason.toStdString();
    EXPECT_TRUE(fault.reason.contains(QStringLiteral("GB18030"))) << fault.reason.toStdString();
    // A lone lead byte at the very end.
    fault = {};
    EXPECT_FALSE(parseCsv(gbk("日期\n米饭\n") + "\xB0", &fault).ok());
    EXPECT_EQ(fault.row, 3);
}

TEST(TextDecoding, BrokenUtf16NamesItsRow) {
    QByteArray le = encoded(QStringLiteral("a\n1\n2\n"), "UTF-16LE", "\xFF\xFE");
    le += QByteArray("\x00\xD8", 2); // a high surrogate without its pair, on row 4
    CsvFault fault;
    EXPECT_FALSE(parseCsv(le, &fault).ok());
    EXPECT_EQ(fault.row, 4);
    EXPECT_TRUE(fault.reason.contains(QStringLiteral("UTF-16"))) << fault.reason.toStdString();
    fault = {};
    EXPECT_FALSE(
        parseCsv(encoded(QStringLiteral("a\n1\n"), "UTF-16BE", "\xFE\xFF") + QByteArray(1, '\0'), &fault)
            .ok());
    EXPECT_EQ(fault.row, 3) << "an odd last byte";
}

TEST(TextDecoding, NulBytesAndOldWorkbooksAreNotText) {
    CsvFault fault;
    EXPECT_FALSE(parseCsv(QByteArray("a,b\n1,2\n3,\0\n", 12), &fault).ok());
    EXPECT_EQ(fault.row, 3);
    fault = {};
    auto t = parseCsv(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0", 12), &fault);
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(fault.row, 0);
    EXPECT_TRUE(fault.reason.contains(QStringLiteral(".xls"))) << fault.reason.toStdString();
}

TEST(TextDecoding, ExcelUnicodeTextIsUtf16WithTabs) {
    // Excel's "Unicode Text (*.txt)": UTF-16LE with a BOM, cells separated by tabs.
    const QByteArray bytes =
        encoded(QStringLiteral("菜名\t留样量(克)\r\n米饭\t130\r\n"), "UTF-16LE", "\xFF\xFE");
    auto t = parseCsv(bytes);
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t->header, (QStringList{QStringLiteral("菜名"), QStringLiteral("留样量(克)")}));
    EXPECT_EQ(t->rows.value(0), (QStringList{QStringLiteral("米饭"), QStringLiteral("130")}));
    // A comma on the first line keeps commas as the separator, tabs inside cells stay.
    t = parseCsv("a,b\n1\t2,3\n");
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t->rows.value(0), (QStringList{QStringLiteral("1\t2"), QStringLiteral("3")}));
}
