// `houqin export KIND -o FILE.xlsx` and `houqin import KIND FILE.xlsx [--sheet NAME]` (issue 14).
#include "CliHarness.h"
#include "TestSupport.h"
#include "domain/canteen/FoodSamples.h"
#include "io/XlsxReader.h"
#include "io/XlsxWriter.h"
#include "storage/Query.h"
#include "storage/RecordRepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace houqin;
using test::runCli;

namespace {
QByteArray readFile(const QString& path) {
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

void writeFile(const QString& path, const QByteArray& data) {
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(data);
}

int countRows(Database& db) {
    Query q(db, QStringLiteral("SELECT count(*) FROM food_samples"));
    EXPECT_TRUE(q.exec().ok());
    EXPECT_TRUE(q.next());
    return q.value(0).toInt();
}

Record sample(const QString& dish, QDate day) {
    Record r;
    r.set(QStringLiteral("date"), day);
    r.set(QStringLiteral("meal"), QStringLiteral("lunch"));
    r.set(QStringLiteral("dish"), dish);
    r.set(QStringLiteral("weight_g"), 130.0);
    r.set(QStringLiteral("stored_at"), QDateTime(day, QTime(11, 40)));
    r.set(QStringLiteral("fridge_temp_c"), 4.0);
    r.set(QStringLiteral("sampled_by"), QStringLiteral("王老师"));
    return r;
}
} // namespace

class XlsxCliTest : public ::testing::Test {
protected:
    test::TempDb t;
    test::TempDb other;
    QStringList with(const test::TempDb& db, QStringList args) {
        return QStringList{QStringLiteral("--db"), db.path()} + args;
    }
    void SetUp() override {
        RecordRepository repo(t.db(), canteen::foodSamplesKind());
        ASSERT_TRUE(repo.insertAll({sample(QStringLiteral("番茄炒蛋"), QDate(2026, 9, 1)),
                                    sample(QStringLiteral("青菜"), QDate(2026, 9, 2))},
                                   test::tester())
                        .ok());
    }
};

TEST_F(XlsxCliTest, ExportToXlsxThenImportIntoAnotherFile) {
    const QString book = t.dir() + QStringLiteral("/留样.xlsx");
    for (const char* keys : {"", "--keys"}) {
        SCOPED_TRACE(keys);
        QStringList args{QStringLiteral("export"), QStringLiteral("food-samples"), QStringLiteral("-o"),
                         book};
        if (*keys)
            args << QString::fromLatin1(keys);
        auto r = runCli(with(t, args));
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
        auto table = io::parseXlsx(readFile(book));
        ASSERT_TRUE(table.ok());
        EXPECT_EQ(table->rows.size(), 2);
        EXPECT_TRUE(table->header.contains(*keys ? QStringLiteral("dish") : QStringLiteral("Dish")));
    }
    auto r = runCli(with(other, {QStringLiteral("import"), QStringLiteral("food-samples"), book,
                                 QStringLiteral("--insert-only")}));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(countRows(other.db()), 2);
}

TEST_F(XlsxCliTest, SheetChoosesTheSheetAndAMissingOneIsNamed) {
    // A workbook whose first sheet is a cover page, the samples on the second.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("two.xlsx"));
    auto cover =
        io::writeXlsx(QStringLiteral("说明"), {{QStringLiteral("说明"), io::XlsxColumn::Type::Text, -1}},
                      {{QStringLiteral("九月的留样在第二页")}});
    ASSERT_TRUE(cover.ok());
    writeFile(path, *cover);
    auto r = runCli(with(other, {QStringLiteral("import"), QStringLiteral("food-samples"), path}));
    EXPECT_EQ(r.code, 3) << "the cover page is not a list of samples: " << r.err.toStdString();
    EXPECT_EQ(countRows(other.db()), 0);

    r = runCli(with(other, {QStringLiteral("import"), QStringLiteral("food-samples"), path,
                            QStringLiteral("--sheet"), QStringLiteral("九月")}));
    EXPECT_EQ(r.code, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("\"九月\"")) && r.err.contains(QStringLiteral("说明")))
        << r.err.toStdString();

    // The samples' own export has one sheet, named after the kind: --sheet picks it by that name.
    const QString book = t.dir() + QStringLiteral("/samples.xlsx");
    ASSERT_EQ(runCli(with(t, {QStringLiteral("export"), QStringLiteral("food-samples"), QStringLiteral("-o"),
                              book}))
                  .code,
              0);
    r = runCli(with(other, {QStringLiteral("import"), QStringLiteral("food-samples"), book,
                            QStringLiteral("--sheet"), QStringLiteral("food samples"),
                            QStringLiteral("--insert-only")}));
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(countRows(other.db()), 2);
}

TEST_F(XlsxCliTest, SheetOfACsvFileIsRefused) {
    const QString csv = t.dir() + QStringLiteral("/x.csv");
    ASSERT_EQ(
        runCli(with(t, {QStringLiteral("export"), QStringLiteral("food-samples"), QStringLiteral("-o"), csv}))
            .code,
        0);
    EXPECT_FALSE(readFile(csv).startsWith("PK"));
    auto r = runCli(
        with(other, {QStringLiteral("import"), QStringLiteral("food-samples"), csv, QStringLiteral("--sheet"),
                     QStringLiteral("Sheet1"), QStringLiteral("--insert-only")}));
    EXPECT_EQ(r.code, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("x.csv"))) << r.err.toStdString();
    EXPECT_EQ(countRows(other.db()), 0);
}
