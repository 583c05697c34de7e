#include "FoodSampleRecords.h"
#include "IoTestSupport.h"
#include "domain/canteen/FoodSamples.h"
#include "domain/staff/StaffKind.h"
#include "io/Csv.h"
#include "storage/RecordRepository.h"

#include <QFile>
#include <QTemporaryDir>

using namespace houqin;
using namespace houqin::io;

namespace {
const QDateTime kNow(QDate(2026, 9, 7), QTime(10, 0));

Record sample(const QString& dish, const QDateTime& stored, double weight = 130) {
    Record r = test::foodSample(dish, stored, QStringLiteral("lunch"), weight);
    r.set(QStringLiteral("fridge_temp_c"), 4.5);
    return r;
}

CsvTable table(const QByteArray& csv) {
    auto t = parseCsv(csv);
    EXPECT_TRUE(t.ok());
    return t.ok() ? *t : CsvTable{};
}

QList<QVariantMap> valuesOf(const QList<Record>& records) {
    QList<QVariantMap> out;
    for (const Record& r : records)
        out << r.values.toMap();
    return out;
}

ListQuery byId() {
    ListQuery q;
    q.sortField = QStringLiteral("id");
    q.sortDescending = false;
    return q;
}

// A kind with one field of every type, on a table made here: the round trip of each type is generic
// machinery and must not wait for a module that happens to use it.
const RecordKind& everyTypeKind() {
    static const RecordKind k = [] {
        RecordKind k;
        k.key = QStringLiteral("every-type");
        k.table = QStringLiteral("every_type");
        k.label = "Every type";
        k.fields = {
            field::text(QStringLiteral("name"), "Name").req(),
            field::longText(QStringLiteral("notes"), "Notes"),
            field::choice(QStringLiteral("size"), "Size",
                          {{QStringLiteral("small"), "Small", {}}, {QStringLiteral("large"), "Large", {}}}),
            field::integer(QStringLiteral("count"), "Count"),
            field::money(QStringLiteral("price"), "Price"),
            field::decimal(QStringLiteral("ratio"), "Ratio", 2),
            field::date(QStringLiteral("day"), "Day"),
            field::dateTime(QStringLiteral("at"), "At"),
            field::boolean(QStringLiteral("checked"), "Checked"),
        };
        k.defaultSort = QStringLiteral("name");
        return k;
    }();
    return k;
}
} // namespace

class ExportTest : public ::testing::Test {
protected:
    test::TempDb t{kNow};
    RecordRepository samples{t.db(), canteen::foodSamplesKind()};

    void addSamples() {
        Record disposed = sample(QStringLiteral("番茄炒蛋"), QDateTime(QDate(2026, 9, 1), QTime(11, 30)));
        disposed.set(QStringLiteral("disposed_at"), QDateTime(QDate(2026, 9, 3), QTime(12, 0)));
        disposed.set(QStringLiteral("disposed_by"), QStringLiteral("李师傅"));
        disposed.set(QStringLiteral("notes"), QStringLiteral("汤汁多, \"带汤\"\n第二行"));
        ASSERT_TRUE(
            samples
                .insertAll({disposed,
                            sample(QStringLiteral("青菜"), QDateTime(QDate(2026, 9, 4), QTime(11, 30))),
                            sample(QStringLiteral("牛奶"), QDateTime(QDate(2026, 9, 7), QTime(8, 0)), 125)},
                           test::tester())
                .ok());
    }
    QByteArray exported(bool keys, const ListQuery& q = byId()) {
        auto csv = exportCsv(samples, {keys, q});
        EXPECT_TRUE(csv.ok());
        return csv.ok() ? *csv : QByteArray();
    }
};

TEST_F(ExportTest, KeysGiveCanonicalValuesAndTheDerivedColumns) {
    addSamples();
    const QByteArray csv = exported(true);
    EXPECT_TRUE(csv.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(csv.contains("\r\n"));
    EXPECT_EQ(csv.count("\r\n"), 4) << "header and three rows, CRLF each (the LF in notes is inside quotes)";
    const CsvTable got = table(csv);
    EXPECT_EQ(got.header.join(QLatin1Char(',')),
              QStringLiteral(
                  "id,date,meal,dish,weight_g,stored_at,fridge_temp_c,sampled_by,disposed_at,disposed_by,"
                  "campus,notes,status,due_at,time_left"));
    ASSERT_EQ(got.rows.size(), 3);
    EXPECT_EQ(got.rows[0].mid(1, 9),
              (QStringList{"2026-09-01", "lunch", "番茄炒蛋", "130.0", "2026-09-01T11:30:00", "4.5", "王老师",
                           "2026-09-03T12:00:00", "李师傅"}));
    EXPECT_EQ(got.rows[0].mid(11, 2), (QStringList{"汤汁多, \"带汤\"\n第二行", "disposed"}));
    EXPECT_EQ(got.rows[1][12], QStringLiteral("disposable")); // stored 09-04 11:30, now 09-07 10:00
    EXPECT_EQ(got.rows[1][13], QStringLiteral("2026-09-06T11:30:00"));
    EXPECT_EQ(got.rows[1][14], QStringLiteral("-1350")) << "minutes past the time disposal was allowed";
    EXPECT_EQ(got.rows[2][12], QStringLiteral("held"));
    EXPECT_EQ(got.rows[2][4], QStringLiteral("125.0"));
}

TEST_F(ExportTest, LabelsGiveDisplayValues) {
    addSamples();
    const QByteArray csv = exported(false);
    EXPECT_TRUE(csv.startsWith("\xEF\xBB\xBF"));
    const CsvTable got = table(csv);
    EXPECT_EQ(
        got.header.join(QLatin1Char(',')),
        QStringLiteral("Record ID,Date,Meal,Dish,Weight,Stored at,Fridge temperature,Sampled by,Disposed at,"
                       "Disposed by,Campus,Notes,Status,Disposal allowed from,Time left"));
    ASSERT_EQ(got.rows.size(), 3);
    EXPECT_EQ(got.rows[0].mid(1, 9),
              (QStringList{"2026-09-01", "Lunch", "番茄炒蛋", "130.0", "2026-09-01 11:30", "4.5", "王老师",
                           "2026-09-03 12:00", "李师傅"}));
    EXPECT_EQ(got.rows[0][12], QStringLiteral("Disposed of"));
    EXPECT_EQ(got.rows[2][12], QStringLiteral("Held"));
    EXPECT_TRUE(got.rows[2][14].contains(QStringLiteral("left"))) << got.rows[2][14].toStdString();
}

TEST_F(ExportTest, DateRangeFollowsTheListQuery) {
    addSamples();
    ListQuery q = byId();
    q.from = QDate(2026, 9, 2);
    q.to = QDate(2026, 9, 4);
    CsvTable got = table(exported(true, q));
    ASSERT_EQ(got.rows.size(), 1);
    EXPECT_EQ(got.rows[0][3], QStringLiteral("青菜"));
    q.to = QDate(2026, 9, 7);
    EXPECT_EQ(table(exported(true, q)).rows.size(), 2);
    q.from = QDate(2026, 9, 8);
    q.to = {};
    got = table(exported(true, q));
    EXPECT_EQ(got.rows.size(), 0);
    EXPECT_EQ(got.header.size(), 15) << "an empty export still has its header";
}

TEST_F(ExportTest, RoundTripWithKeysAndWithLabelsGivesIdenticalRecords) {
    addSamples();
    const QList<QVariantMap> original = valuesOf(*samples.list(byId()));
    for (bool keys : {true, false}) {
        SCOPED_TRACE(keys ? "keys" : "labels");
        test::TempDb other{kNow};
        RecordRepository target(other.db(), canteen::foodSamplesKind());
        auto r = importCsv(target, exported(keys), test::tester(), test::insertOnly());
        ASSERT_TRUE(r.ok());
        ASSERT_TRUE(r->ok()) << test::describe(*r);
        EXPECT_EQ(r->imported, 3);
        EXPECT_EQ(valuesOf(*target.list(byId())), original);
    }
}

TEST_F(ExportTest, StaffRoundTrip) {
    RecordRepository staff(t.db(), staff::staffKind());
    Record a;
    a.set(QStringLiteral("name"), QStringLiteral("李老师"));
    a.set(QStringLiteral("post"), QStringLiteral("health"));
    a.set(QStringLiteral("campus"), QStringLiteral("新港园区"));
    a.set(QStringLiteral("phone"), QStringLiteral("138 0013 8000"));
    a.set(QStringLiteral("status"), QStringLiteral("left"));
    Record b = a;
    b.set(QStringLiteral("name"), QStringLiteral("Zhang, \"Mr\""));
    b.set(QStringLiteral("post"), QStringLiteral("other"));
    b.values.remove(QStringLiteral("phone"));
    b.set(QStringLiteral("status"), QStringLiteral("active"));
    ASSERT_TRUE(staff.insertAll({a, b}, test::tester()).ok());
    const QList<QVariantMap> original = valuesOf(*staff.list(byId()));
    for (bool keys : {true, false}) {
        SCOPED_TRACE(keys ? "keys" : "labels");
        auto csv = exportCsv(staff, {keys, byId()});
        ASSERT_TRUE(csv.ok());
        test::TempDb other{kNow};
        RecordRepository target(other.db(), staff::staffKind());
        auto r = importCsv(target, *csv, test::tester(), test::insertOnly());
        ASSERT_TRUE(r.ok());
        ASSERT_TRUE(r->ok()) << test::describe(*r);
        EXPECT_EQ(valuesOf(*target.list(byId())), original);
    }
}

TEST_F(ExportTest, EveryFieldTypeRoundTrips) {
    ASSERT_TRUE(
        Query::run(
            t.db(),
            QStringLiteral("CREATE TABLE every_type (id INTEGER PRIMARY KEY, created_at TEXT NOT NULL, "
                           "created_by TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL, "
                           "name TEXT NOT NULL, notes TEXT, size TEXT, count INTEGER, price INTEGER, "
                           "ratio REAL, day TEXT, at TEXT, checked INTEGER) STRICT"))
            .ok());
    RecordRepository repo(t.db(), everyTypeKind());
    Record full;
    full.set(QStringLiteral("name"), QStringLiteral(" 前后空格 "));
    full.set(QStringLiteral("notes"), QStringLiteral("a\nb"));
    full.set(QStringLiteral("size"), QStringLiteral("large"));
    full.set(QStringLiteral("count"), QVariant::fromValue<qint64>(-12));
    full.set(QStringLiteral("price"), QVariant::fromValue<qint64>(123456)); // ¥1234.56
    full.set(QStringLiteral("ratio"), 0.25);
    full.set(QStringLiteral("day"), QDate(2026, 2, 28));
    full.set(QStringLiteral("at"), QDateTime(QDate(2026, 2, 28), QTime(23, 59)));
    full.set(QStringLiteral("checked"), true);
    Record sparse;
    sparse.set(QStringLiteral("name"), QStringLiteral("空"));
    sparse.set(QStringLiteral("checked"), false);
    ASSERT_TRUE(repo.insertAll({full, sparse}, test::tester()).ok());
    // Text is stored as given, but import trims cells: compare with what a re-import can give.
    QList<QVariantMap> original = valuesOf(*repo.list(byId()));
    original[0][QStringLiteral("name")] = QStringLiteral("前后空格");

    const QByteArray keysCsv = *exportCsv(repo, {true, byId()});
    EXPECT_TRUE(keysCsv.contains(",123456,")) << "money in fen with keys";
    const QByteArray labelsCsv = *exportCsv(repo, {false, byId()});
    EXPECT_TRUE(labelsCsv.contains(",1234.56,")) << "money in yuan with labels";
    for (const QByteArray& csv : {keysCsv, labelsCsv}) {
        ASSERT_TRUE(Query::run(t.db(), QStringLiteral("DELETE FROM every_type")).ok());
        auto r = importCsv(repo, csv, test::tester(), test::insertOnly());
        ASSERT_TRUE(r.ok());
        ASSERT_TRUE(r->ok()) << test::describe(*r);
        EXPECT_EQ(valuesOf(*repo.list(byId())), original) << csv.toStdString();
    }
    // A money column headed by its key is in fen: "12.5" there is a mistake, not ¥12.50.
    auto r = importCsv(repo, "name,price\nx,12.5\n", test::tester());
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->problems.size(), 1);
    EXPECT_EQ(r->problems[0].column, QStringLiteral("price"));
    EXPECT_TRUE(r->problems[0].reason.contains(QStringLiteral("fen")));
    r = importCsv(repo, "name,Price\nx,12.5\n", test::tester());
    ASSERT_TRUE(r.ok() && r->ok());
}

TEST_F(ExportTest, ExportToFile) {
    addSamples();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("留样.csv"));
    ASSERT_TRUE(exportCsvFile(samples, {false, byId()}, path).ok());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), exported(false));
    const Status bad = exportCsvFile(samples, {}, dir.filePath(QStringLiteral("no/such/folder/x.csv")));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, Error::Code::Io);
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("x.csv")));
}
