// Demo data of the canteen and health module: every kind filled, every record valid, and the dashboard's
// filters showing what a well-run kitchen shows (one certificate and one licence due, nothing overdue).
#include "TestSupport.h"
#include "cli/demo/DemoData.h"
#include "domain/KindRegistry.h"
#include "domain/canteen/CanteenAccounts.h"
#include "storage/RecordRepository.h"

#include <gtest/gtest.h>

using namespace houqin;

namespace {
qint64 countOf(Database& db, const QString& kind, const QString& filter = {}) {
    ListQuery q;
    q.filter = filter;
    auto n = RecordRepository(db, *findKind(kind)).count(q);
    EXPECT_TRUE(n.ok());
    return n.ok() ? *n : -1;
}

class CanteenDemoTest : public ::testing::Test {
protected:
    // A Tuesday afternoon in term.
    test::TempDb t{QDateTime(QDate(2026, 11, 24), QTime(16, 0))};
    demo::Summary summary;
    void SetUp() override {
        auto s = demo::generate(t.db(), {1, 7}, test::tester());
        ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
        summary = *s;
    }
};
} // namespace

TEST_F(CanteenDemoTest, FillsEveryCanteenKindWithValidRecords) {
    const QMap<QString, int> atLeast{
        {QStringLiteral("pesticide-tests"), 500},      {QStringLiteral("suppliers"), 5},
        {QStringLiteral("health-certificates"), 5},    {QStringLiteral("morning-checks"), 800},
        {QStringLiteral("meal-accompaniments"), 150},  {QStringLiteral("canteen-accounts"), 8},
        {QStringLiteral("seasonal-dishes"), 8},        {QStringLiteral("meal-committee"), 2},
        {QStringLiteral("meal-committee-visits"), 30}, {QStringLiteral("kitchen-hygiene-checks"), 60}};
    for (auto it = atLeast.cbegin(); it != atLeast.cend(); ++it) {
        SCOPED_TRACE(it.key().toStdString());
        EXPECT_GE(summary.value(it.key()), it.value());
        EXPECT_EQ(countOf(t.db(), it.key()), summary.value(it.key()));
        RecordRepository repo(t.db(), *findKind(it.key()));
        ListQuery page;
        page.limit = 300;
        for (const Record& r : *repo.list(page)) {
            const Issues issues = repo.validate(r);
            EXPECT_FALSE(hasErrors(issues))
                << (issues.isEmpty() ? std::string() : issues.first().message.toStdString());
        }
    }
}

TEST_F(CanteenDemoTest, TheDashboardFiltersShowAWellRunKitchen) {
    EXPECT_GE(countOf(t.db(), QStringLiteral("pesticide-tests"), QStringLiteral("today")), 3);
    EXPECT_GT(countOf(t.db(), QStringLiteral("pesticide-tests"), QStringLiteral("positive")), 0);
    EXPECT_EQ(countOf(t.db(), QStringLiteral("pesticide-tests"), QStringLiteral("unhandled")), 0);
    EXPECT_EQ(countOf(t.db(), QStringLiteral("health-certificates"), QStringLiteral("expiring")), 1);
    EXPECT_EQ(countOf(t.db(), QStringLiteral("health-certificates"), QStringLiteral("expired")), 0);
    EXPECT_EQ(countOf(t.db(), QStringLiteral("suppliers"), QStringLiteral("licence-expiring")), 1);
    EXPECT_EQ(countOf(t.db(), QStringLiteral("suppliers"), QStringLiteral("licence-expired")), 0);
    // Last month's account is out by the 5th; today is the 24th.
    EXPECT_EQ(countOf(t.db(), QStringLiteral("canteen-accounts"), QStringLiteral("last-month-published")), 1);
    EXPECT_EQ(countOf(t.db(), QStringLiteral("meal-committee-visits"), QStringLiteral("upcoming")), 1);
    EXPECT_EQ(countOf(t.db(), QStringLiteral("meal-committee-visits"), QStringLiteral("feedback-missing")),
              0);
    // Every active canteen worker was checked this morning.
    ListQuery workers;
    workers.equals << qMakePair(QStringLiteral("post"), QVariant(QStringLiteral("canteen")))
                   << qMakePair(QStringLiteral("status"), QVariant(QStringLiteral("active")));
    EXPECT_EQ(countOf(t.db(), QStringLiteral("morning-checks"), QStringLiteral("today")),
              *RecordRepository(t.db(), *findKind(QStringLiteral("staff"))).count(workers));
}

TEST_F(CanteenDemoTest, MostMonthsStayWithinTheAccountTolerance) {
    const auto months = *RecordRepository(t.db(), canteen::canteenAccountsKind()).list();
    int within = 0;
    for (const Record& m : months)
        within += canteen::balanceWithinTolerance(canteen::balance(m),
                                                  m.value(QStringLiteral("income")).toLongLong(), 2.0)
                      ? 1
                      : 0;
    EXPECT_GE(within * 10, int(months.size()) * 7);
    EXPECT_TRUE(canteen::summariseAccounts(months, 2.0).withinTolerance);
}
