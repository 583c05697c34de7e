// Migration 0005 (the school calendar's days and a campus on food samples and pesticide tests) on a
// populated version-4 file: existing rows take the only campus, or stay empty when there are two.
#include "TestSupport.h"
#include "domain/canteen/FoodSamples.h"
#include "domain/canteen/PesticideTests.h"
#include "domain/plan/CalendarDays.h"
#include "storage/Maintenance.h"
#include "storage/Migrations.h"
#include "storage/RecordRepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace houqin;

namespace {
// Restores fixtures/v4.sql into a file, then runs `extraSql` on it as version 4 would have.
QString restoreV4(const QTemporaryDir& dir, const char* extraSql = "") {
    QFile dump(test::dataPath(QStringLiteral("storage/fixtures/v4.sql")));
    EXPECT_TRUE(dump.open(QIODevice::ReadOnly));
    const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
    sqlite3* raw = nullptr;
    EXPECT_EQ(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
    char* err = nullptr;
    EXPECT_EQ(sqlite3_exec(raw, dump.readAll().constData(), nullptr, nullptr, &err), SQLITE_OK)
        << (err ? err : "");
    sqlite3_free(err);
    EXPECT_EQ(sqlite3_exec(raw, extraSql, nullptr, nullptr, &err), SQLITE_OK) << (err ? err : "");
    sqlite3_free(err);
    sqlite3_close(raw);
    return path;
}

QStringList campusesOf(Database& db, const RecordKind& kind) {
    QStringList out;
    auto rows = RecordRepository(db, kind).list();
    EXPECT_TRUE(rows.ok());
    if (rows.ok())
        for (const Record& r : *rows)
            out << (r.isEmpty(QStringLiteral("campus")) ? QStringLiteral("<empty>")
                                                        : r.value(QStringLiteral("campus")).toString());
    return out;
}
} // namespace

TEST(CalendarCampusMigration, ExistingRowsTakeTheOnlyCampus) {
    QTemporaryDir dir;
    auto db = Database::open(restoreV4(dir));
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_EQ((*db)->schemaVersion(), migrations::latestVersion());
    EXPECT_GE(migrations::latestVersion(), 5);
    const auto problems = Maintenance::check(**db);
    ASSERT_TRUE(problems.ok());
    // The fixture's two staff still name the campus of before the rename to 滨豪 ("Main campus"), which
    // `houqin check` rightly reports; nothing else may be wrong after the upgrade.
    for (const QString& p : *problems)
        EXPECT_TRUE(p.contains(QStringLiteral("Main campus"))) << p.toStdString();
    EXPECT_EQ(campusesOf(**db, canteen::foodSamplesKind()), QStringList(3, QStringLiteral("滨豪")));
    EXPECT_EQ(campusesOf(**db, canteen::pesticideTestsKind()), QStringList{QStringLiteral("滨豪")});

    // The new table takes the year's days, one entry per date.
    RecordRepository days(**db, plan::calendarDaysKind());
    Record r;
    r.set(plan::calendardayfield::kDate, QDate(2026, 10, 1));
    r.set(plan::calendardayfield::kKind, plan::calendardayfield::kHoliday);
    r.set(plan::calendardayfield::kName, QStringLiteral("国庆节"));
    ASSERT_TRUE(days.insert(r, test::tester()).ok());
    auto again = days.insert(r, test::tester());
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("already in the calendar")))
        << again.error().message.toStdString();
}

TEST(CalendarCampusMigration, WithTwoCampusesExistingRowsStayUnspecified) {
    QTemporaryDir dir;
    auto db = Database::open(restoreV4(
        dir,
        "UPDATE settings SET value = '滨豪' || char(10) || '新港' WHERE key = 'kindergarten.campuses';"));
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_EQ(campusesOf(**db, canteen::foodSamplesKind()), QStringList(3, QStringLiteral("<empty>")));
    EXPECT_EQ(campusesOf(**db, canteen::pesticideTestsKind()), QStringList{QStringLiteral("<empty>")});
}

TEST(CalendarCampusMigration, AOneCampusListWithBlankLinesStillCountsAsOne) {
    QTemporaryDir dir;
    auto db = Database::open(restoreV4(
        dir,
        "UPDATE settings SET value = char(10) || '新港' || char(10) WHERE key = 'kindergarten.campuses';"));
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_EQ(campusesOf(**db, canteen::pesticideTestsKind()), QStringList{QStringLiteral("新港")});
}
