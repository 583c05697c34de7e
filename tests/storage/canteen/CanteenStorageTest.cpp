// The canteen module's tables (migration 0003): filters counted by the repository as the dashboard counts
// them, the triggers that fill in and supersede certificates, one record per month and per worker-day, and
// the semester's account summary.
#include "TestSupport.h"
#include "domain/canteen/CanteenAccounts.h"
#include "domain/canteen/HealthCertificates.h"
#include "domain/canteen/MorningChecks.h"
#include "domain/canteen/PesticideTests.h"
#include "domain/canteen/Suppliers.h"
#include "storage/RecordRepository.h"
#include "storage/SettingsStore.h"
#include "storage/canteen/CanteenAccountsSummary.h"

#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::canteen;

namespace {
const QDate kToday(2026, 9, 8);

qint64 countOf(RecordRepository& repo, const QString& filter) {
    ListQuery q;
    q.filter = filter;
    auto n = repo.count(q);
    EXPECT_TRUE(n.ok()) << n.error().message.toStdString();
    return n.ok() ? *n : -1;
}

Record pesticide(QDate date, double rate, const QString& handling = {}) {
    Record r;
    r.set(QStringLiteral("date"), date);
    r.set(QStringLiteral("sample"), QStringLiteral("菠菜"));
    r.set(QStringLiteral("inhibition_pct"), rate);
    r.set(QStringLiteral("tester"), QStringLiteral("王老师"));
    if (!handling.isEmpty())
        r.set(QStringLiteral("handling"), handling);
    return r;
}

Record certificate(const QString& person, QDate issued, QDate expiry = {}) {
    Record r;
    r.set(QStringLiteral("person"), person);
    r.set(QStringLiteral("certificate_no"), QStringLiteral("JK-") + issued.toString(Qt::ISODate));
    r.set(QStringLiteral("issue_date"), issued);
    if (expiry.isValid())
        r.set(QStringLiteral("expiry_date"), expiry);
    r.set(QStringLiteral("superseded"), false);
    return r;
}

Record account(QDate month, qint64 income, qint64 expenses) {
    Record r;
    r.set(QStringLiteral("month"), month);
    r.set(QStringLiteral("income"), QVariant::fromValue(income));
    for (const QString& key : expenseFields())
        r.set(key, QVariant::fromValue<qint64>(0));
    r.set(QStringLiteral("staple_food"), QVariant::fromValue(expenses));
    return r;
}

class CanteenStorageTest : public ::testing::Test {
protected:
    test::TempDb t{QDateTime(kToday, QTime(10, 0))};
    const Actor who = test::tester();

    qint64 insert(const RecordKind& kind, const Record& r) {
        auto id = RecordRepository(t.db(), kind).insert(r, who);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? *id : 0;
    }
};
} // namespace

TEST_F(CanteenStorageTest, PesticideFiltersFindTodayAndUnhandledPositives) {
    RecordRepository repo(t.db(), pesticideTestsKind());
    EXPECT_EQ(countOf(repo, QStringLiteral("today")), 0);
    insert(pesticideTestsKind(), pesticide(kToday, 49.9));
    insert(pesticideTestsKind(), pesticide(kToday, 50.0));
    insert(pesticideTestsKind(), pesticide(kToday.addDays(-1), 80.0, QStringLiteral("returned")));
    EXPECT_EQ(countOf(repo, QStringLiteral("today")), 2);
    EXPECT_EQ(countOf(repo, QStringLiteral("positive")), 2);
    EXPECT_EQ(countOf(repo, QStringLiteral("unhandled")), 1);

    // A stricter threshold in the settings moves 49.9% into the positives.
    KindergartenSettings s = t->settings();
    s.pesticideThresholdPct = 45;
    ASSERT_TRUE(SettingsStore::save(t.db(), s, who).ok());
    EXPECT_EQ(countOf(repo, QStringLiteral("unhandled")), 2);
}

TEST_F(CanteenStorageTest, RateOutsideTheRangeIsRefusedAndNothingIsWritten) {
    RecordRepository repo(t.db(), pesticideTestsKind());
    auto bad = repo.insertAll({pesticide(kToday, 20), pesticide(kToday, 100.1)}, who);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, Error::Code::Validation);
    EXPECT_EQ(*repo.count(), 0);
}

TEST_F(CanteenStorageTest, CertificateExpiryIsFilledInAsTheDomainComputesIt) {
    RecordRepository repo(t.db(), healthCertificatesKind());
    for (const QDate issued : {QDate(2026, 3, 15), QDate(2024, 2, 29), QDate(2025, 12, 31)}) {
        const Record typed = certificate(QStringLiteral("人") + issued.toString(Qt::ISODate), issued);
        const qint64 id = insert(healthCertificatesKind(), typed);
        EXPECT_EQ(repo.get(id)->value(QStringLiteral("expiry_date")).toDate(), certificateExpiry(typed))
            << issued.toString(Qt::ISODate).toStdString();
    }
    const qint64 entered = insert(healthCertificatesKind(),
                                  certificate(QStringLiteral("赵"), QDate(2026, 1, 5), QDate(2026, 6, 30)));
    EXPECT_EQ(repo.get(entered)->value(QStringLiteral("expiry_date")).toDate(), QDate(2026, 6, 30));
    // Clearing the entered date gives the default again.
    Record cleared = *repo.get(entered);
    cleared.values.remove(QStringLiteral("expiry_date"));
    ASSERT_TRUE(repo.update(cleared, who).ok());
    EXPECT_EQ(repo.get(entered)->value(QStringLiteral("expiry_date")).toDate(), QDate(2027, 1, 5));
}

TEST_F(CanteenStorageTest, ExpiryFiltersCountTheExpiryDayAndTheThirtyDayWarning) {
    RecordRepository repo(t.db(), healthCertificatesKind());
    insert(healthCertificatesKind(), certificate(QStringLiteral("甲"), QDate(2025, 9, 8)));  // expires today
    insert(healthCertificatesKind(), certificate(QStringLiteral("乙"), QDate(2025, 9, 7)));  // yesterday
    insert(healthCertificatesKind(), certificate(QStringLiteral("丙"), QDate(2025, 10, 8))); // in 30 days
    insert(healthCertificatesKind(), certificate(QStringLiteral("丁"), QDate(2025, 10, 9))); // in 31 days
    EXPECT_EQ(countOf(repo, QStringLiteral("expiring")), 2);
    EXPECT_EQ(countOf(repo, QStringLiteral("expired")), 1);
    t.setNow(QDateTime(kToday.addDays(1), QTime(8, 0)));
    EXPECT_EQ(countOf(repo, QStringLiteral("expired")), 2);
    EXPECT_EQ(countOf(repo, QStringLiteral("expiring")), 2); // 丙 in 29 days, 丁 in 30
}

TEST_F(CanteenStorageTest, ARenewedCertificateSupersedesTheOldOne) {
    RecordRepository repo(t.db(), healthCertificatesKind());
    const qint64 old =
        insert(healthCertificatesKind(), certificate(QStringLiteral("李师傅"), QDate(2025, 9, 1)));
    insert(healthCertificatesKind(), certificate(QStringLiteral("王师傅"), QDate(2025, 9, 1)));
    EXPECT_EQ(countOf(repo, QStringLiteral("expired")), 2);
    const qint64 renewed =
        insert(healthCertificatesKind(), certificate(QStringLiteral("李师傅"), QDate(2026, 8, 25)));
    EXPECT_TRUE(repo.get(old)->value(QStringLiteral("superseded")).toBool());
    EXPECT_FALSE(repo.get(renewed)->value(QStringLiteral("superseded")).toBool());
    EXPECT_EQ(countOf(repo, QStringLiteral("expired")), 1);
    // An older certificate entered afterwards is superseded at once.
    const qint64 late =
        insert(healthCertificatesKind(), certificate(QStringLiteral("李师傅"), QDate(2024, 9, 1)));
    EXPECT_TRUE(repo.get(late)->value(QStringLiteral("superseded")).toBool());
    EXPECT_EQ(countOf(repo, QStringLiteral("current")), 2);
}

TEST_F(CanteenStorageTest, SupplierLicenceFiltersSkipSuppliersNoLongerUsed) {
    RecordRepository repo(t.db(), suppliersKind());
    auto supplier = [](const QString& name, QDate expiry, bool inUse = true) {
        Record r;
        r.set(QStringLiteral("name"), name);
        r.set(QStringLiteral("licence_no"), QStringLiteral("JY") + name);
        r.set(QStringLiteral("licence_expiry"), expiry);
        r.set(QStringLiteral("in_use"), inUse);
        return r;
    };
    insert(suppliersKind(), supplier(QStringLiteral("A"), kToday.addDays(30)));
    insert(suppliersKind(), supplier(QStringLiteral("B"), kToday.addDays(31)));
    insert(suppliersKind(), supplier(QStringLiteral("C"), kToday.addDays(-1)));
    insert(suppliersKind(), supplier(QStringLiteral("D"), kToday.addDays(-100), false));
    EXPECT_EQ(countOf(repo, QStringLiteral("licence-expiring")), 1);
    EXPECT_EQ(countOf(repo, QStringLiteral("licence-expired")), 1);
    EXPECT_EQ(countOf(repo, QStringLiteral("in-use")), 3);
    // The same name twice is refused with a message, whatever the case.
    auto twice = repo.insert(supplier(QStringLiteral("a"), kToday.addYears(1)), who);
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.error().message.contains(QStringLiteral("already exists")));
}

TEST_F(CanteenStorageTest, OneMorningCheckPerWorkerAndDay) {
    RecordRepository repo(t.db(), morningChecksKind());
    Record r = newRecord(morningChecksKind(), nullptr, t->ruleContext());
    r.set(QStringLiteral("person"), QStringLiteral("李师傅"));
    r.set(QStringLiteral("checked_by"), QStringLiteral("王老师"));
    r.set(QStringLiteral("temperature_c"), 37.3);
    const qint64 id = insert(morningChecksKind(), r);
    EXPECT_EQ(countOf(repo, QStringLiteral("fever")), 1);
    EXPECT_EQ(countOf(repo, QStringLiteral("today")), 1);
    auto again = repo.insert(r, who);
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("already recorded")));
    // Correcting the reading is an edit of the same record.
    Record fixed = *repo.get(id);
    fixed.set(QStringLiteral("temperature_c"), 37.2);
    ASSERT_TRUE(repo.update(fixed, who).ok());
    EXPECT_EQ(countOf(repo, QStringLiteral("fever")), 0);
}

TEST_F(CanteenStorageTest, OneAccountPerMonthAndLastMonthsPublication) {
    RecordRepository repo(t.db(), canteenAccountsKind());
    EXPECT_EQ(countOf(repo, QStringLiteral("last-month-published")), 0);
    Record august = account(QDate(2026, 8, 1), 100000, 99000);
    const qint64 id = insert(canteenAccountsKind(), august);
    EXPECT_EQ(countOf(repo, QStringLiteral("last-month-published")), 0);
    EXPECT_EQ(countOf(repo, QStringLiteral("unpublished")), 1);
    Record published = *repo.get(id);
    published.set(QStringLiteral("published_on"), QDate(2026, 9, 3));
    ASSERT_TRUE(repo.update(published, who).ok());
    EXPECT_EQ(countOf(repo, QStringLiteral("last-month-published")), 1);
    auto twice = repo.insert(august, who);
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.error().message.contains(QStringLiteral("already recorded")));
}

TEST_F(CanteenStorageTest, SemesterSummaryAddsTheMonthsFromTheSemesterStart) {
    // The settings' semester starts on 2026-09-01 (TempDb); August belongs to the term before.
    insert(canteenAccountsKind(), account(QDate(2026, 8, 1), 100000, 50000));
    insert(canteenAccountsKind(), account(QDate(2026, 9, 1), 100000, 97000));   // +3%
    insert(canteenAccountsKind(), account(QDate(2026, 10, 1), 100000, 101000)); // -1%
    insert(canteenAccountsKind(), account(QDate(2026, 11, 1), 100000, 100000));
    auto upToOctober = semesterAccountsTo(t.db(), QDate(2026, 10, 20));
    ASSERT_TRUE(upToOctober.ok()) << upToOctober.error().message.toStdString();
    EXPECT_EQ(upToOctober->from, QDate(2026, 9, 1));
    EXPECT_EQ(upToOctober->to, QDate(2026, 10, 1));
    EXPECT_EQ(upToOctober->summary.months, 2);
    EXPECT_EQ(*upToOctober->summary.basisPoints, 100);
    EXPECT_TRUE(upToOctober->summary.withinTolerance);
    auto september = semesterAccountsTo(t.db(), QDate(2026, 9, 1));
    ASSERT_TRUE(september.ok());
    EXPECT_EQ(september->summary.months, 1);
    EXPECT_FALSE(september->summary.withinTolerance);
    auto range = summariseAccounts(t.db(), QDate(2026, 8, 1), QDate(2026, 11, 30));
    ASSERT_TRUE(range.ok());
    EXPECT_EQ(range->months, 4);
    EXPECT_EQ(range->balance, 52000);
}
