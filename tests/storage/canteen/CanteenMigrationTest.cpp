// Migration 0003 (the canteen module) on a populated version-2 file: the earlier records survive, the new
// tables take records, and their triggers work on the upgraded file.
#include "TestSupport.h"
#include "domain/canteen/FoodSamples.h"
#include "domain/canteen/HealthCertificates.h"
#include "domain/canteen/Menus.h"
#include "domain/plan/PlanTasks.h"
#include "storage/Maintenance.h"
#include "storage/Migrations.h"
#include "storage/RecordRepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace houqin;

TEST(CanteenMigration, UpgradesAPopulatedVersion2File) {
    QTemporaryDir dir;
    QFile dump(test::dataPath(QStringLiteral("storage/fixtures/v2.sql")));
    ASSERT_TRUE(dump.open(QIODevice::ReadOnly));
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
    char* err = nullptr;
    EXPECT_EQ(sqlite3_exec(raw, dump.readAll().constData(), nullptr, nullptr, &err), SQLITE_OK)
        << (err ? err : "");
    sqlite3_free(err);
    sqlite3_close(raw);

    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_EQ((*db)->schemaVersion(), migrations::latestVersion());
    EXPECT_GE(migrations::latestVersion(), 3);
    EXPECT_TRUE(Maintenance::check(**db)->isEmpty());
    EXPECT_EQ(*RecordRepository(**db, canteen::foodSamplesKind()).count(), 3);
    EXPECT_EQ(*RecordRepository(**db, plan::planTasksKind()).count(), 2);

    (*db)->setClock([] { return QDateTime(QDate(2026, 11, 24), QTime(10, 0)); });
    RecordRepository certificates(**db, canteen::healthCertificatesKind());
    Record r;
    r.set(QStringLiteral("person"), QStringLiteral("李师傅"));
    r.set(QStringLiteral("certificate_no"), QStringLiteral("JK-1"));
    r.set(QStringLiteral("issue_date"), QDate(2026, 3, 1));
    r.set(QStringLiteral("superseded"), false);
    auto id = certificates.insert(r, test::tester());
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    EXPECT_EQ(certificates.get(*id)->value(QStringLiteral("expiry_date")).toDate(), QDate(2027, 3, 1));

    // Migration 0004 on the same upgraded file: a record with lines goes in and comes back whole.
    Record menu;
    menu.set(QStringLiteral("week_start"), QDate(2026, 11, 23));
    Record line;
    line.set(QStringLiteral("weekday"), QStringLiteral("1"));
    line.set(QStringLiteral("meal"), QStringLiteral("lunch"));
    line.set(QStringLiteral("dishes"), QStringLiteral("米饭、番茄炒蛋"));
    menu.lines << line;
    RecordRepository menus(**db, canteen::menusKind());
    auto menuId = menus.insert(menu, test::tester());
    ASSERT_TRUE(menuId.ok()) << menuId.error().message.toStdString();
    EXPECT_EQ(menus.get(*menuId)->lines.size(), 1);
}
