// CSV round trips of canteen kinds whose values the generic tests do not cover: the pesticide rate under
// its CSV key inhibition_pct, money by category, booleans of a checklist, and Chinese choices and months as
// kindergartens type them.
#include "IoTestSupport.h"
#include "domain/canteen/CanteenAccounts.h"
#include "domain/canteen/MorningChecks.h"
#include "domain/canteen/PesticideTests.h"
#include "domain/canteen/Suppliers.h"
#include "storage/RecordRepository.h"

using namespace houqin;
using namespace houqin::io;

namespace {
const QDateTime kNow(QDate(2026, 9, 8), QTime(16, 0));

ListQuery byId() {
    ListQuery q;
    q.sortField = QStringLiteral("id");
    q.sortDescending = false;
    return q;
}

QList<QVariantMap> valuesOf(const QList<Record>& records) {
    QList<QVariantMap> out;
    for (const Record& r : records)
        out << r.values.toMap();
    return out;
}

// Export from one database, import into a fresh one, in both header forms.
void roundTrip(const RecordKind& kind, const QList<Record>& records) {
    for (const bool keys : {true, false}) {
        SCOPED_TRACE(keys ? "keys" : "labels");
        test::TempDb from(kNow), to(kNow);
        RecordRepository source(from.db(), kind), target(to.db(), kind);
        auto ids = source.insertAll(records, test::tester());
        ASSERT_TRUE(ids.ok()) << ids.error().message.toStdString();
        ExportOptions options;
        options.keys = keys;
        options.query = byId();
        auto csv = exportCsv(source, options);
        ASSERT_TRUE(csv.ok());
        auto imported = importCsv(target, *csv, test::tester(), test::insertOnly());
        ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
        ASSERT_TRUE(imported->ok()) << test::describe(*imported);
        EXPECT_EQ(imported->imported, records.size());
        EXPECT_EQ(valuesOf(*target.list(byId())), valuesOf(*source.list(byId())));
    }
}
} // namespace

TEST(CanteenCsv, PesticideTestsRoundTripAndTheRateHasItsKey) {
    Record handled;
    handled.set(QStringLiteral("date"), kNow.date());
    handled.set(QStringLiteral("sample"), QStringLiteral("韭菜"));
    handled.set(QStringLiteral("supplier"), QStringLiteral("绿源净菜"));
    handled.set(QStringLiteral("batch"), QStringLiteral("20260908-1"));
    handled.set(QStringLiteral("inhibition_pct"), 52.5);
    handled.set(QStringLiteral("tester"), QStringLiteral("王老师"));
    handled.set(QStringLiteral("handling"), QStringLiteral("retested"));
    handled.set(QStringLiteral("retest_pct"), 21.0);
    handled.set(QStringLiteral("notes"), QStringLiteral("假阳性，\n复检合格"));
    Record plain = handled;
    plain.values.remove(QStringLiteral("handling"));
    plain.values.remove(QStringLiteral("retest_pct"));
    plain.values.remove(QStringLiteral("notes"));
    plain.set(QStringLiteral("inhibition_pct"), 49.9);
    roundTrip(canteen::pesticideTestsKind(), {handled, plain});

    test::TempDb t(kNow);
    RecordRepository repo(t.db(), canteen::pesticideTestsKind());
    ASSERT_TRUE(repo.insert(plain, test::tester()).ok());
    ExportOptions options;
    options.keys = true;
    auto csv = exportCsv(repo, options);
    ASSERT_TRUE(csv.ok());
    const QString text = QString::fromUtf8(*csv);
    EXPECT_TRUE(text.contains(QStringLiteral("inhibition_pct")));
    EXPECT_TRUE(text.contains(QStringLiteral("49.9")));
    EXPECT_TRUE(text.contains(QStringLiteral(",pass"))) << text.toStdString(); // the derived result
}

TEST(CanteenCsv, ChineseSpreadsheetOfPesticideTestsImports) {
    test::TempDb t(kNow);
    RecordRepository repo(t.db(), canteen::pesticideTestsKind());
    const QByteArray csv = QStringLiteral("date,sample,inhibition_pct,tester,handling\n"
                                          "2026年9月8日,菠菜,６２．０％,王老师,退货\n"
                                          "2026/9/8,青菜,12,王老师,\n")
                               .toUtf8();
    auto imported = importCsv(repo, csv, test::tester());
    ASSERT_TRUE(imported.ok());
    ASSERT_TRUE(imported->ok()) << test::describe(*imported);
    const QList<Record> rows = *repo.list(byId());
    ASSERT_EQ(rows.size(), 2);
    EXPECT_DOUBLE_EQ(rows[0].value(QStringLiteral("inhibition_pct")).toDouble(), 62.0);
    EXPECT_EQ(rows[0].value(QStringLiteral("handling")).toString(), QStringLiteral("returned"));
}

TEST(CanteenCsv, ARateAbove100RefusesTheWholeFile) {
    test::TempDb t(kNow);
    RecordRepository repo(t.db(), canteen::pesticideTestsKind());
    const QByteArray csv = QStringLiteral("date,sample,inhibition_pct,tester\n"
                                          "2026-09-08,菠菜,20,王老师\n"
                                          "2026-09-08,青菜,100.1,王老师\n")
                               .toUtf8();
    const test::DbCounts before = test::counts(t.db(), QStringLiteral("pesticide_tests"));
    auto imported = importCsv(repo, csv, test::tester());
    ASSERT_TRUE(imported.ok());
    ASSERT_EQ(imported->problems.size(), 1);
    EXPECT_EQ(imported->problems.first().row, 3);
    EXPECT_EQ(test::counts(t.db(), QStringLiteral("pesticide_tests")), before);
}

TEST(CanteenCsv, AccountsRoundTripInFenAndMorningChecksWithTheirTicks) {
    Record account = newRecord(canteen::canteenAccountsKind(), nullptr, {KindergartenSettings{}, kNow, {}});
    account.set(QStringLiteral("month"), QDate(2026, 8, 1));
    account.set(QStringLiteral("income"), QVariant::fromValue<qint64>(4320012));
    account.set(QStringLiteral("meat_eggs_fish"), QVariant::fromValue<qint64>(1500001));
    account.set(QStringLiteral("published_on"), QDate(2026, 9, 3));
    roundTrip(canteen::canteenAccountsKind(), {account});

    Record check = newRecord(canteen::morningChecksKind(), nullptr, {KindergartenSettings{}, kNow, {}});
    check.set(QStringLiteral("person"), QStringLiteral("李师傅"));
    check.set(QStringLiteral("checked_by"), QStringLiteral("王老师"));
    check.set(QStringLiteral("temperature_c"), 37.3);
    check.set(QStringLiteral("no_rings"), false);
    check.set(QStringLiteral("action"), QStringLiteral("回家休息"));
    roundTrip(canteen::morningChecksKind(), {check});
}

TEST(CanteenCsv, AMonthThatIsNotAFirstDayIsNamedInTheProblem) {
    test::TempDb t(kNow);
    RecordRepository repo(t.db(), canteen::canteenAccountsKind());
    const QByteArray csv = QStringLiteral("month,income\n2026-08-15,100\n").toUtf8();
    auto imported = importCsv(repo, csv, test::tester());
    ASSERT_TRUE(imported.ok());
    ASSERT_EQ(imported->problems.size(), 1);
    EXPECT_TRUE(imported->problems.first().reason.contains(QStringLiteral("2026-08-01")))
        << test::describe(*imported);
}

TEST(CanteenCsv, TwoDecimalRatesImportAsTypedAndKeepTheirVerdict) {
    test::TempDb t(kNow);
    RecordRepository repo(t.db(), canteen::pesticideTestsKind());
    const QByteArray csv = QStringLiteral("date,sample,inhibition_pct,tester\n"
                                          "2026-09-08,青菜,49.99,王老师\n"
                                          "2026-09-08,菠菜,50.00,王老师\n")
                               .toUtf8();
    auto imported = importCsv(repo, csv, test::tester());
    ASSERT_TRUE(imported.ok());
    ASSERT_TRUE(imported->ok()) << test::describe(*imported);
    const QList<Record> rows = *repo.list(byId());
    ASSERT_EQ(rows.size(), 2);
    EXPECT_DOUBLE_EQ(rows[0].value(QStringLiteral("inhibition_pct")).toDouble(), 49.99);
    const QVariantMap first = deriveValues(canteen::pesticideTestsKind(), rows[0], t.db().ruleContext());
    const QVariantMap second = deriveValues(canteen::pesticideTestsKind(), rows[1], t.db().ruleContext());
    EXPECT_EQ(first.value(QStringLiteral("result")).toString(), QStringLiteral("pass"));
    EXPECT_EQ(second.value(QStringLiteral("result")).toString(), QStringLiteral("fail"));
}

// A row the database refuses (a supplier already in the register) names its row and column, translated,
// and nothing of the file is written.
TEST(CanteenCsv, ARowTheDatabaseRefusesIsNamedWithItsColumn) {
    test::TempDb t(kNow);
    RecordRepository repo(t.db(), canteen::suppliersKind());
    Record existing;
    existing.set(QStringLiteral("name"), QStringLiteral("绿源净菜"));
    existing.set(QStringLiteral("in_use"), true);
    ASSERT_TRUE(repo.insert(existing, test::tester()).ok());
    const QByteArray csv = QStringLiteral("name,phone\n新鲜农场,12345678\n绿源净菜,87654321\n").toUtf8();
    auto imported = importCsv(repo, csv, test::tester());
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    ASSERT_EQ(imported->problems.size(), 1) << test::describe(*imported);
    EXPECT_EQ(imported->problems.first().row, 3);
    EXPECT_EQ(imported->problems.first().column, QStringLiteral("name"));
    EXPECT_EQ(imported->problems.first().reason,
              QCoreApplication::translate(
                  "Constraints", "A supplier of this name already exists; edit that record instead."));
    EXPECT_EQ(*repo.count(), 1);
}
