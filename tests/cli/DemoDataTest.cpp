#include "cli/demo/DemoData.h"

#include "CliHarness.h"
#include "TestSupport.h"
#include "domain/canteen/FoodSamples.h"
#include "storage/Maintenance.h"
#include "storage/RecordRepository.h"
#include "storage/plan/SemesterService.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace houqin;

TEST(DemoData, FillsAnEmptyDatabaseWithValidRecentRecords) {
    test::TempDb t(QDateTime(QDate(2026, 11, 24), QTime(16, 0)));
    auto summary = demo::generate(t.db(), {1, 7}, test::tester());
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    EXPECT_GE(summary->value(QStringLiteral("staff")), 30);
    EXPECT_GT(summary->value(QStringLiteral("food-samples")), 1000);
    RecordRepository samples(t.db(), canteen::foodSamplesKind());
    // Today's samples are still held; nothing is overdue, as in a well-run kitchen.
    ListQuery held;
    held.filter = QStringLiteral("held");
    EXPECT_GT(*samples.count(held), 0);
    ListQuery overdue;
    overdue.filter = QStringLiteral("overdue");
    EXPECT_EQ(*samples.count(overdue), 0);
    // Every generated record passes the same rules as a typed one.
    ListQuery page;
    page.limit = 500;
    for (const Record& r : *samples.list(page)) {
        const Issues issues = samples.validate(r);
        EXPECT_FALSE(hasErrors(issues))
            << (issues.isEmpty() ? std::string() : issues.first().message.toStdString());
    }
    EXPECT_TRUE(Maintenance::check(t.db())->isEmpty());
}

TEST(DemoData, IsRefusedOnADatabaseWithRecords) {
    test::TempDb t;
    ASSERT_TRUE(demo::generate(t.db(), {1, 7}, test::tester()).ok());
    auto again = demo::generate(t.db(), {1, 7}, test::tester());
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, Error::Code::Usage);
}

TEST(DemoData, CommandValidatesYears) {
    test::TempDb t;
    const QStringList db{QStringLiteral("--db"), t.path()};
    EXPECT_EQ(test::runCli(db + QStringList{QStringLiteral("demo-data"), QStringLiteral("--years"),
                                            QStringLiteral("0")})
                  .code,
              2);
    EXPECT_EQ(test::runCli(db + QStringList{QStringLiteral("demo-data"), QStringLiteral("--years"),
                                            QStringLiteral("31")})
                  .code,
              2);
    EXPECT_EQ(test::runCli(db + QStringList{QStringLiteral("demo-data"), QStringLiteral("--years"),
                                            QStringLiteral("x")})
                  .code,
              2);
    const auto r = test::runCli(
        db + QStringList{QStringLiteral("demo-data"), QStringLiteral("--years"), QStringLiteral("1")});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(test::runCli(db + QStringList{QStringLiteral("demo-data")}).code, 2);
}

// The demo kindergarten is Chinese, as its users are, even on an English system; English only on request.
TEST(DemoData, IsChineseUnlessEnglishIsAskedFor) {
    QTemporaryDir dir;
    const QString zhPath = dir.filePath(QStringLiteral("zh.sqlite"));
    const QString enPath = dir.filePath(QStringLiteral("en.sqlite"));
    ASSERT_EQ(test::runCli({QStringLiteral("--db"), zhPath, QStringLiteral("demo-data")}).code, 0);
    ASSERT_EQ(test::runCli({QStringLiteral("--db"), enPath, QStringLiteral("--lang"), QStringLiteral("en"),
                            QStringLiteral("demo-data")})
                  .code,
              0);
    const QRegularExpression han(QStringLiteral("\\p{Han}"));
    {
        auto zh = Database::open(zhPath);
        ASSERT_TRUE(zh.ok());
        const KindergartenSettings& s = (*zh)->settings();
        EXPECT_TRUE(s.name.contains(han)) << s.name.toStdString();
        for (const QString& c : s.campuses)
            EXPECT_TRUE(c.contains(han)) << c.toStdString();
        auto current = plan::SemesterService(**zh).current();
        ASSERT_TRUE(current.ok() && current->has_value());
        EXPECT_TRUE((*current)->name.contains(QStringLiteral("学年"))) << (*current)->name.toStdString();
    }
    auto en = Database::open(enPath);
    ASSERT_TRUE(en.ok());
    EXPECT_EQ((*en)->settings().name, QStringLiteral("Sunshine Demo Kindergarten"));
    auto current = plan::SemesterService(**en).current();
    ASSERT_TRUE(current.ok() && current->has_value());
    EXPECT_TRUE((*current)->name.contains(QStringLiteral("school year"))) << (*current)->name.toStdString();
}
