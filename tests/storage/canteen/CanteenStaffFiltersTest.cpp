// The staff filters that cross into the canteen kinds ("a canteen worker without today's morning check",
// "expired or missing [certificate] means not fit for canteen duty"), their attention items, and the query
// plans that keep them cheap on years of morning checks.
#include "TestSupport.h"
#include "domain/canteen/CanteenAttention.h"
#include "domain/canteen/HealthCertificates.h"
#include "domain/canteen/MorningChecks.h"
#include "domain/staff/StaffKind.h"
#include "storage/AttentionService.h"
#include "storage/RecordRepository.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace houqin;

namespace {
const QDate kToday(2026, 9, 8); // a Tuesday
const QString kNoCheck = QStringLiteral("canteen-no-morning-check");
const QString kNoCertificate = QStringLiteral("canteen-no-certificate");

class CanteenStaffFiltersTest : public ::testing::Test {
protected:
    test::TempDb t{QDateTime(kToday, QTime(10, 0))};

    qint64 insert(const RecordKind& kind, const QVariantMap& values) {
        Record r = newRecord(kind, nullptr, t->ruleContext());
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            r.set(it.key(), it.value());
        auto id = RecordRepository(t.db(), kind).insert(r, test::tester());
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? *id : 0;
    }
    void person(const QString& name, const QString& post = QStringLiteral("canteen"),
                const QString& status = QStringLiteral("active")) {
        insert(staff::staffKind(), {{QStringLiteral("name"), name},
                                    {QStringLiteral("post"), post},
                                    {QStringLiteral("campus"), QStringLiteral("滨豪园区")},
                                    {QStringLiteral("status"), status}});
    }
    void check(const QString& name, QDate day) {
        insert(canteen::morningChecksKind(), {{QStringLiteral("date"), day},
                                              {QStringLiteral("person"), name},
                                              {QStringLiteral("temperature_c"), 36.5},
                                              {QStringLiteral("checked_by"), QStringLiteral("保健老师")}});
    }
    qint64 certificate(const QString& name, QDate issued, QDate expiry = {}) {
        QVariantMap v{{QStringLiteral("person"), name},
                      {QStringLiteral("certificate_no"), name + issued.toString(Qt::ISODate)},
                      {QStringLiteral("issue_date"), issued}};
        if (expiry.isValid())
            v.insert(QStringLiteral("expiry_date"), expiry);
        return insert(canteen::healthCertificatesKind(), v);
    }
    QStringList matching(const QString& filter) {
        ListQuery q;
        q.filter = filter;
        RecordRepository repo(t.db(), staff::staffKind());
        auto rows = repo.list(q);
        EXPECT_TRUE(rows.ok());
        QStringList out;
        for (const Record& r : rows.ok() ? *rows : QList<Record>{})
            out << r.value(QStringLiteral("name")).toString();
        EXPECT_EQ(*repo.count(q), out.size());
        return out;
    }
    AttentionState state(const QString& key) {
        const AttentionItem* item = findAttentionItem(key);
        EXPECT_NE(item, nullptr) << key.toStdString();
        if (!item)
            return {};
        auto s = AttentionService(t.db()).evaluate(*item);
        EXPECT_TRUE(s.ok());
        return s.ok() ? *s : AttentionState{};
    }
};

// The statements the connection prepares while `run` runs (sqlite3_trace_v2), then the query plan of the
// first that contains `marker`, one detail line per step.
QStringList planOf(Database& db, const std::function<void()>& run, const char* marker) {
    QStringList statements;
    sqlite3_trace_v2(
        db.handle(), SQLITE_TRACE_STMT,
        [](unsigned, void* ctx, void* stmt, void*) {
            static_cast<QStringList*>(ctx)->append(
                QString::fromUtf8(sqlite3_sql(static_cast<sqlite3_stmt*>(stmt))));
            return 0;
        },
        &statements);
    run();
    sqlite3_trace_v2(db.handle(), 0, nullptr, nullptr);
    QString sql;
    for (const QString& s : statements)
        if (s.contains(QLatin1String(marker)))
            sql = s;
    EXPECT_FALSE(sql.isEmpty()) << "no statement with " << marker;
    QStringList plan;
    sqlite3_stmt* st = nullptr;
    const QByteArray explain = "EXPLAIN QUERY PLAN " + sql.toUtf8();
    EXPECT_EQ(sqlite3_prepare_v2(db.handle(), explain.constData(), -1, &st, nullptr), SQLITE_OK)
        << sqlite3_errmsg(db.handle());
    while (st && sqlite3_step(st) == SQLITE_ROW)
        plan << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 3)));
    sqlite3_finalize(st);
    return plan;
}
} // namespace

TEST_F(CanteenStaffFiltersTest, ACanteenWorkerCheckedTodayIsNotCountedOneCheckedYesterdayIs) {
    person(QStringLiteral("李师傅"));
    person(QStringLiteral("赵阿姨"));
    person(QStringLiteral("钱师傅"));
    person(QStringLiteral("王老师"), QStringLiteral("teacher"));                         // never counted
    person(QStringLiteral("孙师傅"), QStringLiteral("canteen"), QStringLiteral("left")); // left: not counted
    check(QStringLiteral("李师傅"), kToday);
    check(QStringLiteral("赵阿姨"), kToday.addDays(-1));
    EXPECT_EQ(matching(kNoCheck), (QStringList{QStringLiteral("赵阿姨"), QStringLiteral("钱师傅")}));
    check(QStringLiteral("赵阿姨"), kToday);
    EXPECT_EQ(matching(kNoCheck), QStringList{QStringLiteral("钱师傅")});
    // The next morning everybody needs a new check.
    t.setNow(QDateTime(kToday.addDays(1), QTime(7, 0)));
    EXPECT_EQ(matching(kNoCheck),
              (QStringList{QStringLiteral("李师傅"), QStringLiteral("赵阿姨"), QStringLiteral("钱师傅")}));
}

TEST_F(CanteenStaffFiltersTest, ACertificateCountsOnItsExpiryDateAndNotTheDayAfter) {
    person(QStringLiteral("李师傅"));
    certificate(QStringLiteral("李师傅"), kToday.addYears(-1), kToday);
    EXPECT_EQ(matching(kNoCertificate), QStringList{});
    t.setNow(QDateTime(kToday.addDays(1), QTime(0, 0)));
    EXPECT_EQ(matching(kNoCertificate), QStringList{QStringLiteral("李师傅")});
    // Renewed: the new certificate supersedes the old one and counts again.
    certificate(QStringLiteral("李师傅"), kToday.addDays(1));
    EXPECT_EQ(matching(kNoCertificate), QStringList{});
}

TEST_F(CanteenStaffFiltersTest, ExpiryFilledInByTheTriggerIsOneYearAfterIssue) {
    person(QStringLiteral("李师傅"));
    certificate(QStringLiteral("李师傅"), kToday.addYears(-1)); // no expiry entered: expires today
    EXPECT_EQ(matching(kNoCertificate), QStringList{});
    t.setNow(QDateTime(kToday.addDays(1), QTime(10, 0)));
    EXPECT_EQ(matching(kNoCertificate), QStringList{QStringLiteral("李师傅")});
}

TEST_F(CanteenStaffFiltersTest, MissingSupersededOnlyAndOtherPeoplesCertificatesCount) {
    person(QStringLiteral("李师傅"));                            // valid
    person(QStringLiteral("赵阿姨"));                            // none at all
    person(QStringLiteral("钱师傅"));                            // only superseded ones
    person(QStringLiteral("周师傅"));                            // only expired
    person(QStringLiteral("王老师"), QStringLiteral("teacher")); // not canteen
    person(QStringLiteral("孙师傅"), QStringLiteral("canteen"), QStringLiteral("left")); // left
    certificate(QStringLiteral("李师傅"), kToday.addMonths(-3));
    certificate(QStringLiteral("钱师傅"), kToday.addMonths(-15));
    const qint64 latest = certificate(QStringLiteral("钱师傅"), kToday.addMonths(-3));
    RecordRepository certs(t.db(), canteen::healthCertificatesKind());
    Record withdrawn = *certs.get(latest);
    withdrawn.set(QStringLiteral("superseded"), true);
    ASSERT_TRUE(certs.update(withdrawn, test::tester()).ok());
    certificate(QStringLiteral("周师傅"), kToday.addMonths(-13));
    certificate(QStringLiteral("某某"), kToday.addMonths(-1)); // nobody's certificate helps 赵阿姨
    EXPECT_EQ(matching(kNoCertificate),
              (QStringList{QStringLiteral("周师傅"), QStringLiteral("赵阿姨"), QStringLiteral("钱师傅")}));
}

TEST_F(CanteenStaffFiltersTest, AttentionItemsCountTheWorkersAndOpenTheStaffList) {
    person(QStringLiteral("李师傅"));
    person(QStringLiteral("赵阿姨"));
    person(QStringLiteral("王老师"), QStringLiteral("teacher"));
    check(QStringLiteral("李师傅"), kToday);
    certificate(QStringLiteral("李师傅"), kToday.addMonths(-2));

    const AttentionState noCheck = state(QStringLiteral("canteen.staff-no-morning-check"));
    EXPECT_EQ(noCheck.count, 1);
    EXPECT_TRUE(noCheck.raised);
    EXPECT_EQ(noCheck.item->severity, AttentionItem::Severity::Warning);
    EXPECT_EQ(noCheck.item->kindKey, QStringLiteral("staff"));
    EXPECT_EQ(noCheck.item->filterKey, kNoCheck);

    const AttentionState noCertificate = state(QStringLiteral("canteen.staff-no-certificate"));
    EXPECT_EQ(noCertificate.count, 1);
    EXPECT_TRUE(noCertificate.raised);
    EXPECT_EQ(noCertificate.item->severity, AttentionItem::Severity::Critical);
    EXPECT_EQ(noCertificate.item->filterKey, kNoCertificate);

    check(QStringLiteral("赵阿姨"), kToday);
    certificate(QStringLiteral("赵阿姨"), kToday);
    EXPECT_FALSE(state(QStringLiteral("canteen.staff-no-morning-check")).raised);
    EXPECT_FALSE(state(QStringLiteral("canteen.staff-no-certificate")).raised);

    auto all = AttentionService(t.db()).evaluateAll();
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), allAttentionItems().size());
}

TEST_F(CanteenStaffFiltersTest, NoMorningCheckIsAWeekdayItemButCertificatesCountEveryDay) {
    person(QStringLiteral("李师傅"));
    t.setNow(QDateTime(QDate(2026, 9, 12), QTime(10, 0))); // Saturday
    EXPECT_FALSE(state(QStringLiteral("canteen.staff-no-morning-check")).raised);
    EXPECT_TRUE(state(QStringLiteral("canteen.staff-no-certificate")).raised);
    t.setNow(QDateTime(QDate(2026, 9, 14), QTime(10, 0))); // Monday
    EXPECT_TRUE(state(QStringLiteral("canteen.staff-no-morning-check")).raised);
}

TEST_F(CanteenStaffFiltersTest, TheFiltersSearchAnIndexRatherThanScanningTheirTables) {
    // The staff table itself is scanned (a few dozen rows); the subquery runs once per worker and must
    // look up that worker's rows through an index, not read years of checks.
    person(QStringLiteral("李师傅"));
    RecordRepository repo(t.db(), staff::staffKind());
    const QList<QPair<QString, QString>> expected{
        {kNoCheck, QStringLiteral("SEARCH t1 USING COVERING INDEX morning_checks_day_person")},
        {kNoCertificate, QStringLiteral("SEARCH t1 USING INDEX health_certificates_person")}};
    for (const auto& [filter, search] : expected) {
        SCOPED_TRACE(filter.toStdString());
        ListQuery q;
        q.filter = filter;
        const QStringList plan = planOf(
            t.db(), [&] { EXPECT_TRUE(repo.count(q).ok()); }, "NOT EXISTS");
        const QString text = plan.join(QStringLiteral(" | "));
        EXPECT_TRUE(text.contains(search)) << text.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("SCAN t1"))) << text.toStdString();
    }
}
