// The canteen module's dashboard items, counted by the AttentionService over the kinds' filters.
#include "domain/canteen/CanteenAttention.h"

#include "TestSupport.h"
#include "domain/canteen/HealthCertificates.h"
#include "domain/canteen/MorningChecks.h"
#include "domain/canteen/PesticideTests.h"
#include "domain/canteen/Suppliers.h"
#include "storage/AttentionService.h"
#include "storage/RecordRepository.h"
#include "storage/SettingsStore.h"

#include <gtest/gtest.h>

using namespace houqin;

namespace {
const QDate kToday(2026, 9, 8);

class CanteenAttentionTest : public ::testing::Test {
protected:
    test::TempDb t{QDateTime(kToday, QTime(10, 0))};
    AttentionService attention{t.db()};

    qint64 insert(const RecordKind& kind, const QVariantMap& values) {
        Record r = newRecord(kind, nullptr, t->ruleContext());
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            r.set(it.key(), it.value());
        auto id = RecordRepository(t.db(), kind).insert(r, test::tester());
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? *id : 0;
    }
    AttentionState state(const QString& key) {
        const AttentionItem* item = findAttentionItem(key);
        EXPECT_NE(item, nullptr) << key.toStdString();
        if (!item)
            return {};
        auto s = attention.evaluate(*item);
        EXPECT_TRUE(s.ok());
        return s.ok() ? *s : AttentionState{};
    }
};
} // namespace

TEST_F(CanteenAttentionTest, EveryCanteenItemNamesAKindAndFilterThatExist) {
    for (const AttentionItem& item : canteen::attentionItems()) {
        SCOPED_TRACE(item.key.toStdString());
        EXPECT_TRUE(item.key.startsWith(QStringLiteral("canteen.")));
        auto s = attention.evaluate(item);
        ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
        // An empty kitchen has nothing wrong yet; only the "nothing done yet" items are raised.
        EXPECT_EQ(s->raised, item.trigger == AttentionItem::Trigger::WhenNone &&
                                 item.isActiveAt(QDateTime(kToday, QTime(12, 0)), SchoolCalendar(),
                                                 KindergartenSettings()));
    }
}

TEST_F(CanteenAttentionTest, AnUnhandledPositiveIsRaisedUntilHandled) {
    const qint64 id =
        insert(canteen::pesticideTestsKind(), {{QStringLiteral("sample"), QStringLiteral("菠菜")},
                                               {QStringLiteral("inhibition_pct"), 50.0},
                                               {QStringLiteral("tester"), QStringLiteral("王老师")}});
    AttentionState s = state(QStringLiteral("canteen.pesticide-unhandled"));
    EXPECT_EQ(s.count, 1);
    EXPECT_TRUE(s.raised);
    EXPECT_EQ(s.item->severity, AttentionItem::Severity::Critical);
    RecordRepository repo(t.db(), canteen::pesticideTestsKind());
    Record handled = *repo.get(id);
    handled.set(QStringLiteral("handling"), QStringLiteral("withheld"));
    ASSERT_TRUE(repo.update(handled, test::tester()).ok());
    EXPECT_FALSE(state(QStringLiteral("canteen.pesticide-unhandled")).raised);
}

TEST_F(CanteenAttentionTest, CertificatesAndLicencesAreRaisedWhenDueOrLapsed) {
    insert(canteen::healthCertificatesKind(), {{QStringLiteral("person"), QStringLiteral("李师傅")},
                                               {QStringLiteral("certificate_no"), QStringLiteral("A1")},
                                               {QStringLiteral("issue_date"), QDate(2025, 9, 7)}});
    insert(canteen::healthCertificatesKind(), {{QStringLiteral("person"), QStringLiteral("赵阿姨")},
                                               {QStringLiteral("certificate_no"), QStringLiteral("A2")},
                                               {QStringLiteral("issue_date"), QDate(2025, 10, 8)}});
    insert(canteen::suppliersKind(), {{QStringLiteral("name"), QStringLiteral("绿源净菜")},
                                      {QStringLiteral("licence_no"), QStringLiteral("JY1")},
                                      {QStringLiteral("licence_expiry"), kToday.addDays(10)}});
    EXPECT_EQ(state(QStringLiteral("canteen.certificates-expired")).count, 1);
    EXPECT_EQ(state(QStringLiteral("canteen.certificates-expiring")).count, 1);
    EXPECT_EQ(state(QStringLiteral("canteen.licences-expiring")).count, 1);
    EXPECT_FALSE(state(QStringLiteral("canteen.licences-expired")).raised);
    auto raised = attention.raised();
    ASSERT_TRUE(raised.ok());
    ASSERT_GE(raised->size(), 3);
    EXPECT_EQ(raised->first().item->severity, AttentionItem::Severity::Critical); // most severe first
}

TEST_F(CanteenAttentionTest, NoPesticideTestTodayOnWeekdaysOnly) {
    EXPECT_TRUE(state(QStringLiteral("canteen.pesticide-missing-today")).raised); // Tuesday, nothing tested
    t.setNow(QDateTime(QDate(2026, 9, 12), QTime(10, 0)));                        // Saturday
    EXPECT_FALSE(state(QStringLiteral("canteen.pesticide-missing-today")).raised);
    t.setNow(QDateTime(QDate(2026, 9, 11), QTime(10, 0))); // Friday
    EXPECT_TRUE(state(QStringLiteral("canteen.pesticide-missing-today")).raised);
    insert(canteen::pesticideTestsKind(), {{QStringLiteral("date"), QDate(2026, 9, 11)},
                                           {QStringLiteral("sample"), QStringLiteral("青菜")},
                                           {QStringLiteral("inhibition_pct"), 12.0},
                                           {QStringLiteral("tester"), QStringLiteral("王老师")}});
    const AttentionState tested = state(QStringLiteral("canteen.pesticide-missing-today"));
    EXPECT_EQ(tested.count, 1);
    EXPECT_FALSE(tested.raised);
}

TEST_F(CanteenAttentionTest, UnpublishedAccountIsRaisedFromTheSixth) {
    t.setNow(QDateTime(QDate(2026, 10, 5), QTime(10, 0)));
    EXPECT_FALSE(state(QStringLiteral("canteen.accounts-unpublished")).raised);
    t.setNow(QDateTime(QDate(2026, 10, 6), QTime(10, 0)));
    EXPECT_TRUE(state(QStringLiteral("canteen.accounts-unpublished")).raised);
}

TEST_F(CanteenAttentionTest, TheAccountReminderDayIsASetting) {
    KindergartenSettings s = t->settings();
    s.accountsRemindFromDay = 10;
    ASSERT_TRUE(SettingsStore::save(t.db(), s, test::tester()).ok());
    t.setNow(QDateTime(QDate(2026, 10, 9), QTime(10, 0)));
    EXPECT_FALSE(state(QStringLiteral("canteen.accounts-unpublished")).raised);
    t.setNow(QDateTime(QDate(2026, 10, 10), QTime(10, 0)));
    EXPECT_TRUE(state(QStringLiteral("canteen.accounts-unpublished")).raised);
}

// A worker kept off the post at the morning check stays on the dashboard until a measure is recorded;
// the SQL filter agrees with the derived verdict on both sides of the fever threshold and for every reason.
TEST_F(CanteenAttentionTest, AnUnfitWorkerWithoutAMeasureIsRaisedUntilOneIsRecorded) {
    const auto check = [&](const QString& person, const QVariantMap& extra) {
        QVariantMap v{{QStringLiteral("person"), person},
                      {QStringLiteral("temperature_c"), 36.6},
                      {QStringLiteral("checked_by"), QStringLiteral("保健王老师")}};
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            v.insert(it.key(), it.value());
        return insert(canteen::morningChecksKind(), v);
    };
    check(QStringLiteral("甲"), {});                                        // fit
    check(QStringLiteral("乙"), {{QStringLiteral("temperature_c"), 37.2}}); // below the threshold: fit
    EXPECT_FALSE(state(QStringLiteral("canteen.unfit-without-measure")).raised);
    const qint64 fever = check(QStringLiteral("丙"), {{QStringLiteral("temperature_c"), 37.3}});
    check(QStringLiteral("丁"), {{QStringLiteral("diarrhoea"), true}});
    check(QStringLiteral("戊"), {{QStringLiteral("nails_ok"), false}});
    check(QStringLiteral("己"), {{QStringLiteral("sore_throat"), true},
                                 {QStringLiteral("action"), QStringLiteral("已回家休息，就医")}});
    AttentionState s = state(QStringLiteral("canteen.unfit-without-measure"));
    EXPECT_TRUE(s.raised);
    EXPECT_EQ(s.count, 3);
    EXPECT_EQ(s.item->severity, AttentionItem::Severity::Critical);

    // The filter's records are exactly the unfit ones without a measure, as the verdict says.
    RecordRepository repo(t.db(), canteen::morningChecksKind());
    for (const Record& r : *repo.list()) {
        const bool unfit = deriveValues(canteen::morningChecksKind(), r, t->ruleContext())
                               .value(QStringLiteral("verdict")) == QStringLiteral("unfit");
        ListQuery q;
        q.filter = QStringLiteral("unfit-without-measure");
        q.equals = {{QStringLiteral("person"), r.value(QStringLiteral("person"))}};
        EXPECT_EQ(*repo.count(q), unfit && r.isEmpty(QStringLiteral("action")) ? 1 : 0)
            << r.value(QStringLiteral("person")).toString().toStdString();
    }

    Record measured = *repo.get(fever);
    measured.set(QStringLiteral("action"), QStringLiteral("调离岗位"));
    ASSERT_TRUE(repo.update(measured, test::tester()).ok());
    EXPECT_EQ(state(QStringLiteral("canteen.unfit-without-measure")).count, 2);
}
