// A value a list export hides: the visitors' ID number is exported masked (1101**********1234) with labels,
// for privacy. Importing such a file must not refuse it (it used to, "not valid: 18 characters"), nor
// overwrite a stored number with nothing: an update through the record ID keeps the stored number, a new
// record gets none, and the import says so once for the column.
#include "IoTestSupport.h"
#include "domain/safety/SafetyKinds.h"
#include "io/Csv.h"
#include "io/RecordFiles.h"
#include "storage/RecordRepository.h"

#include <QDir>
#include <QFile>

using namespace houqin;
using namespace houqin::io;

namespace {
const QDateTime kNow(QDate(2026, 10, 13), QTime(16, 0));
const QString kId = QStringLiteral("id_number");
const QString kNumber1 = QStringLiteral("11010519491231002X");
const QString kNumber2 = QStringLiteral("310104198807153416");

Record visitor(const QString& name, const QString& number, int hour) {
    Record r;
    r.set(QStringLiteral("time_in"), QDateTime(QDate(2026, 10, 13), QTime(hour, 0)));
    r.set(QStringLiteral("name"), name);
    r.set(QStringLiteral("phone"), QStringLiteral("13800000000"));
    r.set(kId, number);
    r.set(QStringLiteral("purpose"), QStringLiteral("送货"));
    r.set(QStringLiteral("temperature_c"), 36.5);
    return r;
}

ListQuery byId() {
    ListQuery q;
    q.sortField = QStringLiteral("id");
    q.sortDescending = false;
    return q;
}

CsvTable parsed(const QByteArray& csv) {
    auto t = parseCsv(csv);
    EXPECT_TRUE(t.ok());
    return t.ok() ? *t : CsvTable{};
}
} // namespace

class MaskedValuesTest : public ::testing::Test {
protected:
    test::TempDb t{kNow};
    RecordRepository repo{t.db(), safety::visitorsKind()};
    QList<qint64> ids;

    void SetUp() override {
        auto r = repo.insertAll(
            {visitor(QStringLiteral("张三"), kNumber1, 9), visitor(QStringLiteral("李四"), kNumber2, 10)},
            test::tester());
        ASSERT_TRUE(r.ok());
        ids = *r;
    }
    CsvTable exported(bool keys) {
        auto csv = exportCsv(repo, {keys, byId()});
        EXPECT_TRUE(csv.ok());
        return parsed(csv.ok() ? *csv : QByteArray());
    }
    static ImportResult import(RecordRepository& into, const CsvTable& file, ImportOptions options = {}) {
        auto r = importCsv(into, writeCsv(file.header, file.rows), test::tester(), options);
        EXPECT_TRUE(r.ok());
        return r.ok() ? *r : ImportResult{};
    }
    QString stored(RecordRepository& from, qint64 id) { return from.get(id)->value(kId).toString(); }
};

TEST_F(MaskedValuesTest, AListExportWritesTheNumberMaskedAndAKeyExportInFull) {
    const CsvTable labels = exported(false);
    const qsizetype column = labels.header.indexOf(QStringLiteral("ID number"));
    ASSERT_GE(column, 0);
    EXPECT_EQ(labels.rows[0][column], QStringLiteral("1101**********002X"));
    const CsvTable keys = exported(true);
    EXPECT_EQ(keys.rows[0][keys.header.indexOf(kId)], kNumber1);
}

// Re-imported into its own database as exported: nothing changes, and nothing to warn about.
TEST_F(MaskedValuesTest, BackIntoItsOwnDatabaseEveryRowIsUnchangedAndTheNumbersStay) {
    const CsvTable file = exported(false); // audited as an export
    const test::DbCounts before = test::counts(t.db(), QStringLiteral("visitors"));
    const ImportResult r = import(repo, file);
    ASSERT_TRUE(r.ok()) << test::describe(r);
    EXPECT_EQ((std::tuple{r.imported, r.updated, r.unchanged}), (std::tuple{0, 0, 2}));
    EXPECT_TRUE(r.warnings.isEmpty());
    EXPECT_EQ(test::counts(t.db(), QStringLiteral("visitors")), before);
    EXPECT_EQ(stored(repo, ids[0]), kNumber1);
}

// The clerk corrects a phone number in Excel: that visitor is updated, the number stays as stored.
TEST_F(MaskedValuesTest, AnEditedRowIsUpdatedAndKeepsItsStoredNumber) {
    CsvTable file = exported(false);
    file.rows[1][file.header.indexOf(QStringLiteral("Phone"))] = QStringLiteral("13911112222");
    const ImportResult r = import(repo, file);
    ASSERT_TRUE(r.ok()) << test::describe(r);
    EXPECT_TRUE(r.written);
    EXPECT_EQ((std::tuple{r.imported, r.updated, r.unchanged}), (std::tuple{0, 1, 1}));
    EXPECT_TRUE(r.warnings.isEmpty());
    EXPECT_EQ(repo.get(ids[1])->value(QStringLiteral("phone")).toString(), QStringLiteral("13911112222"));
    EXPECT_EQ(stored(repo, ids[1]), kNumber2);
    EXPECT_EQ(stored(repo, ids[0]), kNumber1);
}

// Typed in full over the mask, the number is read: a correction of the number itself goes through.
TEST_F(MaskedValuesTest, ANumberTypedInFullIsReadAndABrokenOneStillRefused) {
    CsvTable file = exported(false);
    const qsizetype column = file.header.indexOf(QStringLiteral("ID number"));
    file.rows[0][column] = QStringLiteral("110105194912310038");
    ImportResult r = import(repo, file);
    ASSERT_TRUE(r.ok()) << test::describe(r);
    EXPECT_EQ((std::tuple{r.imported, r.updated, r.unchanged}), (std::tuple{0, 1, 1}));
    EXPECT_EQ(stored(repo, ids[0]), QStringLiteral("110105194912310038"));

    file.rows[0][column] = QStringLiteral("1101****0038"); // not the mask of a whole number: still masked
    r = import(repo, file);
    ASSERT_TRUE(r.ok()) << test::describe(r);
    EXPECT_EQ(stored(repo, ids[0]), QStringLiteral("110105194912310038"));

    file.rows[0][column] = QStringLiteral("1101-0038"); // neither a number nor a mask
    const test::DbCounts before = test::counts(t.db(), QStringLiteral("visitors"));
    r = import(repo, file);
    ASSERT_EQ(r.problems.size(), 1) << test::describe(r);
    EXPECT_EQ(r.problems[0].row, 2);
    EXPECT_EQ(r.problems[0].column, QStringLiteral("ID number"));
    EXPECT_EQ(test::counts(t.db(), QStringLiteral("visitors")), before);
}

// Into another database: the visitors are added without a number, and one warning names the column, the
// count and what to do. Nothing is refused.
TEST_F(MaskedValuesTest, IntoAnotherDatabaseTheRecordsComeWithoutTheNumberAndOneWarning) {
    test::TempDb other{kNow};
    RecordRepository copy(other.db(), safety::visitorsKind());
    const ImportResult r = import(copy, exported(false), test::insertOnly());
    ASSERT_TRUE(r.ok()) << test::describe(r);
    EXPECT_TRUE(r.written);
    EXPECT_EQ(r.imported, 2);
    ASSERT_EQ(r.warnings.size(), 1);
    EXPECT_EQ(r.warnings[0].row, 0);
    EXPECT_EQ(r.warnings[0].column, QStringLiteral("ID number"));
    const QString text = r.warnings[0].toString();
    EXPECT_TRUE(text.contains(QStringLiteral("\"ID number\""))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("1101**********002X"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral(" 2 new records"))) << text.toStdString();
    auto list = copy.list(byId());
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 2);
    for (const Record& v : *list) {
        EXPECT_TRUE(v.isEmpty(kId));
        EXPECT_FALSE(v.isEmpty(QStringLiteral("name")));
    }
    // A row without an ID in the same database is a new record too: it gets no number either.
    CsvTable file = exported(false);
    file.rows.removeLast();
    file.rows[0][0].clear();
    const ImportResult added = import(repo, file);
    ASSERT_TRUE(added.ok()) << test::describe(added);
    EXPECT_EQ(added.imported, 1);
    EXPECT_EQ(added.warnings.size(), 1);
}

// An export with keys carries the full numbers, so a copy keeps them, and so does an .xlsx with labels
// keep the same behaviour as the CSV.
TEST_F(MaskedValuesTest, AKeyExportCarriesTheNumbersAndAWorkbookBehavesAsTheCsv) {
    test::TempDb other{kNow};
    RecordRepository copy(other.db(), safety::visitorsKind());
    ImportResult r = import(copy, exported(true), test::insertOnly());
    ASSERT_TRUE(r.ok()) << test::describe(r);
    EXPECT_TRUE(r.warnings.isEmpty());
    auto list = copy.list(byId());
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ(list->at(0).value(kId).toString(), kNumber1);

    const QString path = QDir(t.dir()).filePath(QStringLiteral("visitors.xlsx"));
    ASSERT_TRUE(exportFile(repo, {false, byId()}, path).ok());
    auto fromBook = importFile(repo, path, test::tester());
    ASSERT_TRUE(fromBook.ok());
    ASSERT_TRUE(fromBook->ok()) << test::describe(*fromBook);
    EXPECT_EQ(fromBook->unchanged, 2);
    EXPECT_EQ(stored(repo, ids[1]), kNumber2);
}
