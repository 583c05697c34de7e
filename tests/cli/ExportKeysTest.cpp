// An export with --keys is language-neutral in every column, derived ones included, whatever language the
// program runs in (issue 16: the food samples' time left came out as "还剩 47 小时…").
#include "ChineseInstalled.h"
#include "CliHarness.h"
#include "TestSupport.h"
#include "cli/demo/DemoData.h"
#include "domain/KindRegistry.h"
#include "io/Csv.h"
#include "io/RecordCsv.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace houqin;

namespace {

bool hasCjk(const QString& s) {
    static const QRegularExpression cjk(
        QStringLiteral("[\\x{3000}-\\x{303F}\\x{4E00}-\\x{9FFF}\\x{FF00}-\\x{FFEF}]"));
    return cjk.match(s).hasMatch();
}
} // namespace

// Every kind's export with keys is byte for byte the same whether the program runs in Chinese or English,
// and no derived column other than a summary of typed text (a delivery's items: "番茄 9kg、青菜 8.5kg")
// holds a Chinese character.
TEST(ExportKeys, DerivedColumnsAreTheSameInEveryLanguageAndHaveNoChinese) {
    test::TempDb t(QDateTime(QDate(2026, 11, 24), QTime(16, 0)));
    ASSERT_TRUE(demo::generate(t.db(), {1, 7}, test::tester()).ok());
    QHash<QString, QByteArray> english;
    for (const RecordKind* kind : allKinds()) {
        auto csv = io::exportCsv(RecordRepository(t.db(), *kind), {true, {}});
        ASSERT_TRUE(csv.ok());
        english.insert(kind->key, *csv);
    }
    test::ChineseInstalled zh;
    ASSERT_TRUE(zh.loaded());
    // The catalogue is in effect: the list shows the time left in Chinese.
    ASSERT_TRUE(hasCjk(QCoreApplication::translate("FoodSamples", "%1 left")));
    int derivedCells = 0;
    for (const RecordKind* kind : allKinds()) {
        SCOPED_TRACE(kind->key.toStdString());
        auto csv = io::exportCsv(RecordRepository(t.db(), *kind), {true, {}});
        ASSERT_TRUE(csv.ok());
        const QStringList zhLines = QString::fromUtf8(*csv).split(QStringLiteral("\r\n"));
        const QStringList enLines = QString::fromUtf8(english.value(kind->key)).split(QStringLiteral("\r\n"));
        EXPECT_EQ(zhLines.size(), enLines.size());
        for (qsizetype i = 0; i < std::min(zhLines.size(), enLines.size()); ++i)
            if (zhLines.at(i) != enLines.at(i)) {
                ADD_FAILURE() << "line " << i << " follows the language:\n"
                              << enLines.at(i).toStdString() << "\n"
                              << zhLines.at(i).toStdString();
                break;
            }
        auto table = io::parseCsv(*csv);
        ASSERT_TRUE(table.ok());
        QList<const FieldDef*> derived;
        for (const DerivedDef& d : kind->derived)
            derived << &d.field;
        if (kind->lines)
            for (const DerivedDef& d : kind->lines->derived)
                derived << &d.field;
        for (const FieldDef* f : derived) {
            const qsizetype column = table->header.indexOf(f->key);
            ASSERT_GE(column, 0) << f->key.toStdString();
            for (const QStringList& row : table->rows) {
                const QString cell = row.value(column);
                derivedCells += cell.isEmpty() ? 0 : 1;
                if (!f->isText())
                    EXPECT_FALSE(hasCjk(cell)) << f->key.toStdString() << ": " << cell.toStdString();
            }
        }
    }
    EXPECT_GT(derivedCells, 1000) << "the demo data gives derived values to look at";
}

TEST(ExportKeys, TheFoodSamplesTimeLeftIsMinutes) {
    test::TempDb t(QDateTime(QDate(2026, 11, 24), QTime(16, 0)));
    ASSERT_TRUE(demo::generate(t.db(), {1, 7}, test::tester()).ok());
    test::ChineseInstalled zh;
    const auto r = test::runCli({QStringLiteral("--db"), t.path(), QStringLiteral("export"),
                                 QStringLiteral("food-samples"), QStringLiteral("--keys")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    auto table = io::parseCsv(r.out.toUtf8());
    ASSERT_TRUE(table.ok());
    const qsizetype column = table->header.indexOf(QStringLiteral("time_left"));
    ASSERT_GE(column, 0);
    int held = 0;
    for (const QStringList& row : table->rows) {
        const QString cell = row.value(column);
        if (cell.isEmpty())
            continue; // disposed of
        bool ok = false;
        cell.toLongLong(&ok);
        EXPECT_TRUE(ok) << cell.toStdString();
        ++held;
    }
    EXPECT_GT(held, 0);
}
