// Re-importing an edited export: the record ID column an export writes first lets the import update the
// records it came from instead of adding them again (issue 16). Real database files throughout.
#include "FoodSampleRecords.h"
#include "IoTestSupport.h"
#include "domain/canteen/Deliveries.h"
#include "domain/canteen/FoodSamples.h"
#include "io/Csv.h"
#include "storage/RecordRepository.h"
#include "storage/SettingsStore.h"

using namespace houqin;
using namespace houqin::io;

namespace {
const QDateTime kNow(QDate(2026, 9, 7), QTime(10, 0));
const QString kTable = QStringLiteral("food_samples");

Record sample(const QString& dish, int day) {
    Record r = test::foodSample(dish, QDateTime(QDate(2026, 9, day), QTime(11, 30)));
    r.set(QStringLiteral("fridge_temp_c"), 4.5);
    return r;
}

ListQuery byId() {
    ListQuery q;
    q.sortField = QStringLiteral("id");
    q.sortDescending = false;
    return q;
}

QByteArray toCsv(const CsvTable& t) {
    return writeCsv(t.header, t.rows);
}

CsvTable parsed(const QByteArray& csv) {
    auto t = parseCsv(csv);
    EXPECT_TRUE(t.ok());
    return t.ok() ? *t : CsvTable{};
}
} // namespace

class ReimportTest : public ::testing::Test {
protected:
    test::TempDb t{kNow};
    RecordRepository samples{t.db(), canteen::foodSamplesKind()};
    QList<qint64> ids;

    void SetUp() override {
        auto r = samples.insertAll({sample(QStringLiteral("米饭"), 1), sample(QStringLiteral("青菜"), 2),
                                    sample(QStringLiteral("鸡蛋"), 3)},
                                   test::tester());
        ASSERT_TRUE(r.ok());
        ids = *r;
    }
    CsvTable exported(bool keys) {
        auto csv = exportCsv(samples, {keys, byId()});
        EXPECT_TRUE(csv.ok());
        return parsed(csv.ok() ? *csv : QByteArray());
    }
    ImportResult import(const QByteArray& csv, ImportOptions options = {}) {
        auto r = importCsv(samples, csv, test::tester(), options);
        EXPECT_TRUE(r.ok());
        return r.ok() ? *r : ImportResult{};
    }
};

TEST_F(ReimportTest, ExportCarriesTheDatabaseAndRecordIdFirst) {
    EXPECT_EQ(t->databaseId().size(), 36);
    for (bool keys : {true, false}) {
        const CsvTable got = exported(keys);
        EXPECT_EQ(got.header.first(), keys ? QStringLiteral("id") : QStringLiteral("Record ID"));
        ASSERT_EQ(got.rows.size(), 3);
        const QString prefix = t->databaseId().remove(QLatin1Char('-')).left(8);
        EXPECT_EQ(got.rows[1][0], prefix + QStringLiteral("-%1").arg(ids[1]));
    }
}

TEST_F(ReimportTest, TheIdentityIsKeptAcrossReopeningAndSavingSettings) {
    const QString id = t->databaseId();
    t.reopen();
    EXPECT_EQ(t->databaseId(), id);
    KindergartenSettings s = t->settings();
    s.name = QStringLiteral("另一个名字");
    ASSERT_TRUE(SettingsStore::save(t.db(), s, test::tester()).ok());
    t.reopen();
    EXPECT_EQ(t->databaseId(), id);
    EXPECT_EQ(t->settings().name, QStringLiteral("另一个名字"));
    test::TempDb other{kNow};
    EXPECT_NE(other->databaseId(), id);
    // A file from before identities (no such row) gets one when next opened, and keeps it.
    ASSERT_TRUE(Query::run(t.db(), QStringLiteral("DELETE FROM settings WHERE key = 'database.id'")).ok());
    t.reopen();
    const QString fresh = t->databaseId();
    EXPECT_EQ(fresh.size(), 36);
    EXPECT_NE(fresh, id);
    t.reopen();
    EXPECT_EQ(t->databaseId(), fresh);
}

TEST_F(ReimportTest, EditedCellUpdatesExactlyThatRecordAndTheCountStays) {
    for (bool keys : {true, false}) {
        SCOPED_TRACE(keys ? "keys" : "labels");
        CsvTable file = exported(keys);
        const double weight = keys ? 140.5 : 141.5;
        file.rows[1][4] = QString::number(weight, 'f', 1); // 青菜's weight
        const test::DbCounts before = test::counts(t.db(), kTable);
        ImportOptions plan;
        plan.planOnly = true;
        ImportResult r = import(toCsv(file), plan);
        ASSERT_TRUE(r.ok()) << test::describe(r);
        EXPECT_TRUE(r.hasIds);
        EXPECT_FALSE(r.written);
        EXPECT_EQ((std::tuple{r.imported, r.updated, r.unchanged}), (std::tuple{0, 1, 2}));
        EXPECT_EQ(test::counts(t.db(), kTable), before) << "a plan writes nothing";

        r = import(toCsv(file));
        ASSERT_TRUE(r.ok()) << test::describe(r);
        EXPECT_TRUE(r.written);
        EXPECT_EQ((std::tuple{r.imported, r.updated, r.unchanged}), (std::tuple{0, 1, 2}));
        EXPECT_EQ(r.countsText(), QStringLiteral("0 new, 1 updated, 2 unchanged"));
        EXPECT_EQ(test::counts(t.db(), kTable), (test::DbCounts{before.rows, before.audit + 1}))
            << "one audited update, no new row";
        EXPECT_DOUBLE_EQ(samples.get(ids[1])->value(QStringLiteral("weight_g")).toDouble(), weight);
        EXPECT_EQ(samples.get(ids[0])->value(QStringLiteral("weight_g")).toDouble(), 130.0);
        EXPECT_EQ(samples.get(ids[1])->updatedBy, QStringLiteral("tester"));
    }
}

TEST_F(ReimportTest, ARowWithoutIdIsAddedBesideTheUpdates) {
    CsvTable file = exported(true);
    QStringList added = file.rows[0];
    added[0].clear();
    added[3] = QStringLiteral("新菜");
    file.rows << added;
    file.rows[0][3] = QStringLiteral("米饭（改）");
    const ImportResult r = import(toCsv(file));
    ASSERT_TRUE(r.ok()) << test::describe(r);
    EXPECT_EQ((std::tuple{r.imported, r.updated, r.unchanged}), (std::tuple{1, 1, 2}));
    EXPECT_EQ(*samples.count(), 4);
    EXPECT_EQ(samples.get(ids[0])->value(QStringLiteral("dish")).toString(), QStringLiteral("米饭（改）"));
}

TEST_F(ReimportTest, InsertOnlyIgnoresTheIds) {
    const ImportResult r = import(toCsv(exported(true)), test::insertOnly());
    ASSERT_TRUE(r.ok()) << test::describe(r);
    EXPECT_TRUE(r.hasIds);
    EXPECT_EQ((std::tuple{r.imported, r.updated, r.unchanged}), (std::tuple{3, 0, 0}));
    EXPECT_EQ(*samples.count(), 6);
}

TEST_F(ReimportTest, ADeletedRecordsIdIsRefusedNamingItsRow) {
    CsvTable file = exported(true);
    file.rows[0][4] = QStringLiteral("150.0");
    ASSERT_TRUE(samples.remove(ids[2], test::tester()).ok());
    const test::DbCounts before = test::counts(t.db(), kTable);
    const ImportResult r = import(toCsv(file));
    ASSERT_EQ(r.problems.size(), 1) << test::describe(r);
    EXPECT_EQ(r.problems[0].row, 4);
    EXPECT_EQ(r.problems[0].column, QStringLiteral("id"));
    EXPECT_TRUE(r.problems[0].reason.contains(QStringLiteral("deleted")))
        << r.problems[0].reason.toStdString();
    EXPECT_FALSE(r.written);
    EXPECT_EQ(test::counts(t.db(), kTable), before) << "the good update on row 2 is not written either";
    EXPECT_EQ(samples.get(ids[0])->value(QStringLiteral("weight_g")).toDouble(), 130.0);
}

TEST_F(ReimportTest, AnotherDatabasesFileIsRefusedAndNothingWritten) {
    test::TempDb other{kNow};
    RecordRepository target(other.db(), canteen::foodSamplesKind());
    ASSERT_TRUE(target.insert(sample(QStringLiteral("别的"), 4), test::tester()).ok());
    const test::DbCounts before = test::counts(other.db(), kTable);
    auto r = importCsv(target, toCsv(exported(true)), test::tester());
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->problems.size(), 3) << test::describe(*r);
    EXPECT_EQ(r->problems[0].row, 2);
    EXPECT_TRUE(r->problems[0].reason.contains(QStringLiteral("another database")));
    EXPECT_EQ(test::counts(other.db(), kTable), before);
    // As new records it is fine.
    r = importCsv(target, toCsv(exported(true)), test::tester(), test::insertOnly());
    ASSERT_TRUE(r.ok() && r->ok()) << test::describe(*r);
    EXPECT_EQ(*target.count(), 4);
}

TEST_F(ReimportTest, AnUpdateIsValidatedLikeAnyWrite) {
    CsvTable file = exported(true);
    file.rows[2][4] = QStringLiteral("100.0"); // below the 125 g minimum
    file.rows[0][3] = QStringLiteral("改了");
    const test::DbCounts before = test::counts(t.db(), kTable);
    const ImportResult r = import(toCsv(file));
    ASSERT_EQ(r.problems.size(), 1) << test::describe(r);
    EXPECT_EQ(r.problems[0].row, 4);
    EXPECT_EQ(r.problems[0].column, QStringLiteral("weight_g"));
    EXPECT_EQ(test::counts(t.db(), kTable), before);
}

TEST_F(ReimportTest, BadOrRepeatedIdsAreProblemsOfTheirRows) {
    CsvTable file = exported(true);
    file.rows[1][0] = QStringLiteral("not-an-id");
    file.rows[2][0] = file.rows[0][0];
    const ImportResult r = import(toCsv(file));
    ASSERT_EQ(r.problems.size(), 2) << test::describe(r);
    EXPECT_EQ(r.problems[0].row, 3);
    EXPECT_TRUE(r.problems[0].reason.contains(QStringLiteral("not a record ID")));
    EXPECT_EQ(r.problems[1].row, 4);
    EXPECT_TRUE(r.problems[1].reason.contains(QStringLiteral("already on row 2")));
}

TEST_F(ReimportTest, AFileWithoutIdsStillAddsEveryRow) {
    CsvTable file = exported(true);
    file.header.removeFirst();
    for (QStringList& row : file.rows)
        row.removeFirst();
    const ImportResult r = import(toCsv(file));
    ASSERT_TRUE(r.ok()) << test::describe(r);
    EXPECT_FALSE(r.hasIds);
    EXPECT_EQ(r.imported, 3);
    EXPECT_EQ(*samples.count(), 6);
}

namespace {
Record item(const QString& name, double qty) {
    Record l;
    l.set(QStringLiteral("item"), name);
    l.set(QStringLiteral("quantity"), qty);
    l.set(QStringLiteral("unit"), QStringLiteral("kg"));
    l.set(QStringLiteral("unit_price_fen"), qint64(350));
    return l;
}

Record delivery(QList<Record> lines) {
    Record r;
    r.set(QStringLiteral("date"), QDate(2026, 9, 7));
    r.set(QStringLiteral("direction"), QStringLiteral("out"));
    r.set(QStringLiteral("campus"), QStringLiteral("滨豪园区"));
    r.set(QStringLiteral("documents_checked"), false);
    r.set(QStringLiteral("received_by"), QStringLiteral("王芳"));
    r.set(QStringLiteral("checked_by"), QStringLiteral("李强"));
    r.lines = std::move(lines);
    return r;
}
} // namespace

TEST(ReimportLines, EditedLineUpdatesItsDeliveryAndIdenticalDeliveriesStayApart) {
    test::TempDb t{kNow};
    RecordRepository deliveries(t.db(), canteen::deliveriesKind());
    // Two identical deliveries typed one after the other: without ids their rows would merge.
    const Record same = delivery({item(QStringLiteral("土豆"), 20), item(QStringLiteral("鸡蛋"), 5)});
    auto stored = deliveries.insertAll({same, same}, test::tester());
    ASSERT_TRUE(stored.ok()) << stored.error().message.toStdString();
    auto csv = exportCsv(deliveries, {true, byId()});
    ASSERT_TRUE(csv.ok());
    CsvTable file = parsed(*csv);
    ASSERT_EQ(file.rows.size(), 4);
    const int quantity = int(file.header.indexOf(QStringLiteral("quantity")));
    ASSERT_GT(quantity, 0);
    file.rows[3][quantity] = QStringLiteral("6.5"); // the second delivery's eggs

    auto r = importCsv(deliveries, toCsv(file), test::tester());
    ASSERT_TRUE(r.ok());
    ASSERT_TRUE(r->ok()) << test::describe(*r);
    EXPECT_EQ((std::tuple{r->imported, r->updated, r->unchanged}), (std::tuple{0, 1, 1}));
    EXPECT_EQ(*deliveries.count(), 2);
    const Record second = *deliveries.get((*stored)[1]);
    ASSERT_EQ(second.lines.size(), 2);
    EXPECT_DOUBLE_EQ(second.lines[1].value(QStringLiteral("quantity")).toDouble(), 6.5);
    EXPECT_DOUBLE_EQ(deliveries.get((*stored)[0])->lines[1].value(QStringLiteral("quantity")).toDouble(),
                     5.0);

    // As new records, the two keep apart by their ids: two deliveries of two lines each.
    r = importCsv(deliveries, toCsv(file), test::tester(), test::insertOnly());
    ASSERT_TRUE(r.ok() && r->ok()) << test::describe(*r);
    EXPECT_EQ(r->imported, 2);
    EXPECT_EQ(*deliveries.count(), 4);
    auto all = deliveries.list(byId());
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->at(3).lines.size(), 2);
}
