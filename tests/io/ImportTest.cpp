#include "IoTestSupport.h"
#include "domain/canteen/FoodSamples.h"
#include "storage/RecordRepository.h"

#include <QFile>
#include <QTemporaryDir>

using namespace houqin;
using namespace houqin::io;
using test::counts;
using test::DbCounts;

namespace {
const QDateTime kNow(QDate(2026, 9, 7), QTime(10, 0));
const QByteArray kKeys = "date,meal,dish,weight_g,stored_at,fridge_temp_c,sampled_by\r\n";
const QByteArray kKeysDisposal =
    "date,meal,dish,weight_g,stored_at,fridge_temp_c,sampled_by,disposed_at,disposed_by\r\n";
const QString kTable = QStringLiteral("food_samples");

QByteArray line(const char* row) {
    return QByteArray(row) + "\r\n";
}
} // namespace

class ImportTest : public ::testing::Test {
protected:
    test::TempDb t{kNow};
    RecordRepository repo{t.db(), canteen::foodSamplesKind()};

    ImportResult import(const QByteArray& csv) {
        auto r = importCsv(repo, csv, test::tester());
        EXPECT_TRUE(r.ok()) << (r.ok() ? std::string() : r.error().message.toStdString());
        return r.ok() ? *r : ImportResult{};
    }
    QList<Record> all() {
        ListQuery q;
        q.sortField = QStringLiteral("id");
        q.sortDescending = false;
        return *repo.list(q);
    }
    // A good first import, so that "unchanged" means more than "still empty".
    void seed() {
        const ImportResult r = import(kKeys + line("2026-09-01,lunch,种子,130,2026-09-01 11:30,4,王老师"));
        ASSERT_TRUE(r.ok()) << test::describe(r);
        ASSERT_EQ(r.imported, 1);
    }
};

TEST_F(ImportTest, EverySpreadsheetFormatIsAccepted) {
    const QByteArray csv =
        "\xEF\xBB\xBF" + kKeys + line("2026-09-01,lunch,米饭,130,2026-09-01 11:30,4,王老师") +
        line("2026/9/1,午餐,青菜,１３０,2026/9/1 11:30,4℃, 王老师 ") +
        line("2026年9月1日,Lunch,汤,130g,2026年9月1日 11:30,４．５,王老师") +
        line("２０２６-０９-０１, LUNCH ,鱼,130.0克,2026-09-01T11:30:00,4.0 °C,王老师") +
        line("\" 2026-09-01 \",afternoon-snack,\"苹果, 切块\",125,2026-09-01 15:00:00,  4 ,王老师") +
        line("2026.9.1,午点,饼干,\"1,250\",2026/09/01 15:00,3,王老师") +
        line("2026-9-1,早餐,牛奶,130,2026-09-01 7:05,-0,　王老师　");
    const ImportResult r = import(csv);
    ASSERT_TRUE(r.ok()) << test::describe(r);
    EXPECT_EQ(r.imported, 7);
    const QList<Record> got = all();
    ASSERT_EQ(got.size(), 7);
    const QList<double> weights{130, 130, 130, 130, 125, 1250, 130};
    const QList<double> fridge{4, 4, 4.5, 4, 4, 3, 0};
    const QList<QTime> times{QTime(11, 30), QTime(11, 30), QTime(11, 30), QTime(11, 30),
                             QTime(15, 0),  QTime(15, 0),  QTime(7, 5)};
    const QStringList meals{"lunch",           "lunch",           "lunch",    "lunch",
                            "afternoon-snack", "afternoon-snack", "breakfast"};
    for (int i = 0; i < got.size(); ++i) {
        SCOPED_TRACE(i + 2);
        const Record& s = got[i];
        EXPECT_EQ(s.value(QStringLiteral("date")).toDate(), QDate(2026, 9, 1));
        EXPECT_EQ(s.value(QStringLiteral("meal")).toString(), meals[i]);
        EXPECT_DOUBLE_EQ(s.value(QStringLiteral("weight_g")).toDouble(), weights[i]);
        EXPECT_EQ(s.value(QStringLiteral("stored_at")).toDateTime(), QDateTime(QDate(2026, 9, 1), times[i]));
        EXPECT_DOUBLE_EQ(s.value(QStringLiteral("fridge_temp_c")).toDouble(), fridge[i]);
        EXPECT_EQ(s.value(QStringLiteral("sampled_by")).toString(), QStringLiteral("王老师"));
    }
    EXPECT_EQ(got[4].value(QStringLiteral("dish")).toString(), QStringLiteral("苹果, 切块"));
}

TEST_F(ImportTest, LfLineEndsAndDisposalColumns) {
    const QByteArray csv =
        "date,meal,dish,weight_g,stored_at,fridge_temp_c,sampled_by,disposed_at,disposed_by,notes\n"
        "2026-09-01,lunch,米饭,130,2026-09-01 11:30,4,王老师,2026/9/3 11:30,李师傅,\"第一行\n第二行\"\n"
        "2026-09-02,lunch,青菜,130,2026-09-02 11:30,4,王老师,,,\n";
    const ImportResult r = import(csv);
    ASSERT_TRUE(r.ok()) << test::describe(r);
    const QList<Record> got = all();
    ASSERT_EQ(got.size(), 2);
    EXPECT_EQ(got[0].value(QStringLiteral("disposed_at")).toDateTime(),
              QDateTime(QDate(2026, 9, 3), QTime(11, 30)));
    EXPECT_EQ(got[0].value(QStringLiteral("disposed_by")).toString(), QStringLiteral("李师傅"));
    EXPECT_EQ(got[0].value(QStringLiteral("notes")).toString(), QStringLiteral("第一行\n第二行"));
    EXPECT_TRUE(got[1].isEmpty(QStringLiteral("disposed_at")));
    EXPECT_TRUE(got[1].isEmpty(QStringLiteral("notes")));
}

TEST_F(ImportTest, OneBadRowLeavesTheDatabaseUnchanged) {
    seed();
    const QList<Record> before = all();
    const DbCounts c = counts(t.db(), kTable);
    const ImportResult r = import(kKeys + line("2026-09-02,lunch,米饭,130,2026-09-02 11:30,4,王老师") +
                                  line("2026-09-02,lunch,青菜,124.9,2026-09-02 11:30,4,王老师") +
                                  line("2026-09-02,lunch,汤,130,2026-09-02 11:30,4,王老师"));
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.imported, 0);
    ASSERT_EQ(r.problems.size(), 1) << test::describe(r);
    EXPECT_EQ(r.problems[0].row, 3);
    EXPECT_EQ(r.problems[0].column, QStringLiteral("weight_g"));
    EXPECT_TRUE(r.problems[0].reason.contains(QStringLiteral("125"))) << test::describe(r);
    EXPECT_TRUE(r.problems[0].reason.contains(QStringLiteral("124.9"))) << test::describe(r);
    EXPECT_EQ(counts(t.db(), kTable), c);
    const QList<Record> after = all();
    ASSERT_EQ(after.size(), before.size());
    EXPECT_EQ(after[0].values, before[0].values);
}

TEST_F(ImportTest, EveryBadRowIsReportedWithItsColumn) {
    const QByteArray csv = kKeysDisposal + line("2026-09-01,lunch,米饭,124,2026-09-01 11:30,4,王老师,,") +
                           line("2026-09-01,lunch,青菜,130,2026-09-01 11:30,4,王老师,,") +
                           line("2026-13-01,lunch,汤,130,2026-09-01 11:30,4,王老师,,") +
                           line("2026-09-01,supper,鱼,130,2026-09-01 11:30,4,王老师,,") +
                           line("2026-09-01,lunch,,130,2026-09-01 11:30,4,王老师,,") +
                           line("2026-09-01,lunch,面,abc,2026-09-01 11:30,4,王老师,,") +
                           line("2026-09-01,lunch,饭,130,2026-09-01 11:30,4,王老师,,,surplus") +
                           line("2026-09-01,lunch,粥,130,2026-09-01 11:30,4,王老师,2026-09-02 12:00,李师傅") +
                           line("2026-09-01,lunch,粥,130,2026-09-01 11:30,4,王老师,2026-09-01 10:00,李师傅") +
                           line("2026-09-01,lunch,粥,130,2026-09-01 11:30,4,王老师,2026-09-04 12:00,");
    const DbCounts c = counts(t.db(), kTable);
    const ImportResult r = import(csv);
    EXPECT_EQ(counts(t.db(), kTable), c);
    QList<std::pair<int, QString>> where;
    for (const ImportProblem& p : r.problems)
        where << std::pair{p.row, p.column};
    const QList<std::pair<int, QString>> expected{
        {2, QStringLiteral("weight_g")},    {4, QStringLiteral("date")},
        {5, QStringLiteral("meal")},        {6, QStringLiteral("dish")},
        {7, QStringLiteral("weight_g")},    {8, QString()},
        {9, QStringLiteral("disposed_at")}, {10, QStringLiteral("disposed_at")},
        {11, QStringLiteral("disposed_by")}};
    EXPECT_EQ(where, expected) << test::describe(r);
    ASSERT_EQ(r.problems.size(), expected.size());
    // Each reason says what is wrong in words the user can act on.
    EXPECT_TRUE(r.problems[1].reason.contains(QStringLiteral("2026-13-01")));
    EXPECT_TRUE(r.problems[2].reason.contains(QStringLiteral("supper")));
    EXPECT_TRUE(r.problems[4].reason.contains(QStringLiteral("abc")));
    EXPECT_TRUE(r.problems[5].reason.contains(QStringLiteral("more cells")));
    EXPECT_TRUE(r.problems[6].reason.contains(QStringLiteral("2026-09-03 11:30"))) << test::describe(r);
}

TEST_F(ImportTest, MinimumWeightBoundary) {
    ImportResult r = import(kKeys + line("2026-09-01,lunch,米饭,124.9,2026-09-01 11:30,4,王老师"));
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(counts(t.db(), kTable).rows, 0);
    r = import(kKeys + line("2026-09-01,lunch,米饭,125,2026-09-01 11:30,4,王老师"));
    EXPECT_TRUE(r.ok()) << test::describe(r);
    EXPECT_EQ(r.imported, 1);
    r = import(kKeys + line("2026-09-01,lunch,米饭,125.0,2026-09-01 11:30,4,王老师"));
    EXPECT_TRUE(r.ok()) << test::describe(r);
    EXPECT_EQ(counts(t.db(), kTable).rows, 2);
}

TEST_F(ImportTest, WarningsDoNotBlock) {
    const ImportResult r = import(kKeys + line("2026-09-01,lunch,米饭,130,2026-09-01 11:30,10,王老师") +
                                  line("2026-09-01,lunch,青菜,130,2026-09-01 11:30,4,王老师"));
    ASSERT_TRUE(r.ok()) << test::describe(r);
    EXPECT_EQ(r.imported, 2);
    ASSERT_EQ(r.warnings.size(), 1);
    EXPECT_EQ(r.warnings[0].row, 2);
    EXPECT_EQ(r.warnings[0].column, QStringLiteral("fridge_temp_c"));
    EXPECT_TRUE(r.warnings[0].reason.contains(QStringLiteral("10.0")));
}

TEST_F(ImportTest, HeaderOnlyImportsNothingSuccessfully) {
    seed();
    const DbCounts c = counts(t.db(), kTable);
    for (const QByteArray& csv : {kKeys, "\xEF\xBB\xBF" + kKeys + "\r\n\r\n", kKeys.trimmed()}) {
        const ImportResult r = import(csv);
        EXPECT_TRUE(r.ok()) << test::describe(r);
        EXPECT_EQ(r.imported, 0);
    }
    EXPECT_EQ(counts(t.db(), kTable), c);
}

TEST_F(ImportTest, EmptyFileIsAProblem) {
    for (const QByteArray& csv : {QByteArray(), QByteArray("\xEF\xBB\xBF"), QByteArray("\r\n\r\n")}) {
        const ImportResult r = import(csv);
        ASSERT_EQ(r.problems.size(), 1);
        EXPECT_EQ(r.problems[0].row, 0);
        EXPECT_TRUE(r.problems[0].reason.contains(QStringLiteral("empty")));
    }
}

TEST_F(ImportTest, InvalidUtf8IsRefusedWithAClearMessage) {
    seed();
    const DbCounts c = counts(t.db(), kTable);
    // The dish "米饭" in GBK, as Excel's plain "CSV" format saves it on a Chinese Windows.
    const ImportResult r = import(kKeys + line("2026-09-01,lunch,ok,130,2026-09-01 11:30,4,王老师") +
                                  line("2026-09-01,lunch,\xC3\xD7\xB7\xB9,130,2026-09-01 11:30,4,x"));
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems[0].row, 3);
    EXPECT_TRUE(r.problems[0].reason.contains(QStringLiteral("UTF-8")));
    EXPECT_TRUE(r.problems[0].toString().startsWith(QStringLiteral("Row 3: ")))
        << r.problems[0].toString().toStdString();
    EXPECT_EQ(counts(t.db(), kTable), c);
}

TEST_F(ImportTest, UnterminatedQuoteIsRefused) {
    const ImportResult r = import(kKeys + line("2026-09-01,lunch,\"米饭,130,2026-09-01 11:30,4,王老师"));
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems[0].row, 2);
    EXPECT_EQ(counts(t.db(), kTable).rows, 0);
}

TEST_F(ImportTest, ProblemTextNamesRowAndColumn) {
    EXPECT_EQ((ImportProblem{3, QStringLiteral("重量"), QStringLiteral("too light")}).toString(),
              QStringLiteral("Row 3, column 重量: too light"));
    EXPECT_EQ((ImportProblem{4, QString(), QStringLiteral("too long")}).toString(),
              QStringLiteral("Row 4: too long"));
    EXPECT_EQ((ImportProblem{0, QString(), QStringLiteral("empty")}).toString(), QStringLiteral("empty"));
}

// How fast is measured by tests/bench/ImportBench.cpp, not here.
TEST_F(ImportTest, TenThousandRowsInOneTransactionWithProgress) {
    QByteArray csv = "\xEF\xBB\xBF" + kKeys;
    const QDate first(2026, 1, 1);
    for (int i = 0; i < 10000; ++i) {
        const QDate d = first.addDays(i / 20);
        csv += line(QStringLiteral("%1,lunch,菜%2,130,%1 11:30,4,王老师")
                        .arg(d.toString(Qt::ISODate))
                        .arg(i)
                        .toUtf8());
    }
    QList<std::pair<int, int>> calls;
    const DbCounts before = counts(t.db(), kTable);
    ImportOptions options;
    options.progress = [&](int done, int total) { calls << std::pair{done, total}; };
    auto r = importCsv(repo, csv, test::tester(), options);
    ASSERT_TRUE(r.ok());
    ASSERT_TRUE(r->ok()) << test::describe(*r);
    EXPECT_EQ(r->imported, 10000);
    EXPECT_EQ(counts(t.db(), kTable), (DbCounts{before.rows + 10000, before.audit + 10000}));
    // In bytes of the file read, since the rows are not counted before they are read.
    ASSERT_GT(calls.size(), 10);
    EXPECT_EQ(calls.last(), (std::pair{int(csv.size()), int(csv.size())}));
    for (qsizetype i = 1; i < calls.size(); ++i) {
        EXPECT_LE(calls[i - 1].first, calls[i].first);
        EXPECT_EQ(calls[i].second, int(csv.size()));
    }
}

TEST_F(ImportTest, ImportFromFile) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("留样.csv"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(kKeys + line("2026-09-01,lunch,米饭,130,2026-09-01 11:30,4,王老师"));
    f.close();
    auto r = importCsvFile(repo, path, test::tester());
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->imported, 1);
    auto missing = importCsvFile(repo, dir.filePath(QStringLiteral("none.csv")), test::tester());
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, Error::Code::Io);
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("none.csv")));
}

// A file of many bad rows lists the first hundred problems and counts the rest; a huge cell is quoted short.
TEST_F(ImportTest, ManyBadRowsListAHundredProblemsAndCountTheRest) {
    seed();
    QByteArray csv = kKeys;
    for (int i = 0; i < 250; ++i)
        csv += line("2026-09-02,lunch,米饭,heavy,2026-09-02 11:30,4,王老师");
    csv += "2026-09-02,lunch,米饭," + QByteArray(1000000, '9') + "x,2026-09-02 11:30,4,王老师\r\n";
    const ImportResult r = import(csv);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.problems.size(), ImportResult::kMaxListed);
    EXPECT_EQ(r.moreProblems, 151);
    for (const ImportProblem& p : r.problems)
        EXPECT_LT(p.reason.size(), 300);
    EXPECT_EQ(all().size(), 1); // nothing of the file was written
}

TEST_F(ImportTest, ControlCharactersAndAbsurdDatesAreRefusedOnTheirRow) {
    seed();
    const ImportResult r = import(kKeys + line("2026-09-02,lunch,米饭\x07,130,2026-09-02 11:30,4,王老师") +
                                  line("9999-12-31,lunch,米饭,130,9999-12-31 11:30,4,王老师") +
                                  line("2026-09-02,lunch,\xe2\x80\x8b,130,2026-09-02 11:30,4,王老师") +
                                  line("2026-09-02,lunch,\xe2\x80\xae"
                                       "abc,130,2026-09-02 11:30,4,王老师"));
    ASSERT_FALSE(r.ok());
    QSet<int> rows;
    for (const ImportProblem& p : r.problems)
        rows.insert(p.row);
    EXPECT_EQ(rows, (QSet<int>{2, 3, 4, 5})) << test::describe(r);
    EXPECT_EQ(all().size(), 1);
}
