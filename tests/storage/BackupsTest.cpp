// Backups (issue #14): real files, real SQLite. A backup is complete and checked or absent, named by its
// time, pruned by the retention, made automatically once a day and before a migration.
#include "storage/Backups.h"

#include "TestSupport.h"
#include "domain/canteen/FoodSamples.h"
#include "storage/BackupFolder.h"
#include "storage/CheckedCopy.h"
#include "storage/Migrations.h"
#include "storage/RecordRepository.h"
#include "storage/SettingsStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sqlite3.h>

namespace houqin {
namespace {

const QDateTime kNow(QDate(2026, 11, 29), QTime(14, 0));

// A value read with a plain sqlite3 connection, so the file is not upgraded or changed.
QString scalar(const QString& path, const char* sql) {
    sqlite3* db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* st = nullptr;
    QString out;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        out = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}

void addSample(Database& db, const QString& dish) {
    const QDate day(2026, 11, 27);
    Record r = newRecord(canteen::foodSamplesKind(), nullptr, db.ruleContext());
    r.set(QStringLiteral("date"), day);
    r.set(QStringLiteral("meal"), QStringLiteral("lunch"));
    r.set(QStringLiteral("dish"), dish);
    r.set(QStringLiteral("weight_g"), 130.0);
    r.set(QStringLiteral("stored_at"), QDateTime(day, QTime(11, 40)));
    r.set(QStringLiteral("fridge_temp_c"), 3.0);
    r.set(QStringLiteral("sampled_by"), QStringLiteral("王老师"));
    auto id = RecordRepository(db, canteen::foodSamplesKind()).insert(r, test::tester());
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
}

void touch(const QString& path) {
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
}

TEST(BackupsTest, ABackupIsACheckedCopyNamedByItsTime) {
    test::TempDb db(kNow);
    addSample(db.db(), QStringLiteral("番茄炒蛋"));
    const QString folder = db.dir() + QStringLiteral("/backups");
    auto made = backups::make(db.path(), folder, kNow);
    ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
    EXPECT_EQ(made->path, folder + QStringLiteral("/houqin-20261129-140000.sqlite"));
    EXPECT_EQ(made->taken, kNow);
    EXPECT_GT(made->size, 0);
    // Complete (the row written through the open connection, still in its WAL, is in it), a single file,
    // and nothing else left in the folder.
    EXPECT_EQ(scalar(made->path, "SELECT dish FROM food_samples"), QStringLiteral("番茄炒蛋"));
    EXPECT_EQ(scalar(made->path, "PRAGMA journal_mode"), QStringLiteral("delete"));
    EXPECT_TRUE(checkedcopy::inspect(made->path).ok());
    EXPECT_EQ(QDir(folder).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("houqin-20261129-140000.sqlite")});
    auto listed = backups::list(folder, db.path());
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed.first().taken, kNow);
}

TEST(BackupsTest, ListIsNewestFirstAndOnlyThisDatabasesBackups) {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("houqin.sqlite"));
    for (const char* name :
         {"houqin-20261127-090000.sqlite", "houqin-20261129-080000.sqlite", "houqin-20261128-235959.sqlite",
          "other-20261129-090000.sqlite", "houqin-2026112-090000.sqlite", "houqin-20261129-090000.sqlite.txt",
          ".houqin-20261129-100000.sqlite.1.partial"})
        touch(dir.filePath(QString::fromLatin1(name)));
    const auto listed = backups::list(dir.path(), db);
    ASSERT_EQ(listed.size(), 3);
    EXPECT_EQ(listed[0].taken, QDateTime(QDate(2026, 11, 29), QTime(8, 0)));
    EXPECT_EQ(listed[1].taken, QDateTime(QDate(2026, 11, 28), QTime(23, 59, 59)));
    EXPECT_EQ(listed[2].taken, QDateTime(QDate(2026, 11, 27), QTime(9, 0)));
}

TEST(BackupsTest, PruneRemovesWhatTheRetentionDoesNotKeep) {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("houqin.sqlite"));
    // Two backups a day for ten days: the newest of each of the last 7 days stay, and the newest of the
    // week before (Sunday 22 November); the rest go. A file of another name is never touched.
    for (QDate d(2026, 11, 20); d <= QDate(2026, 11, 29); d = d.addDays(1))
        for (QTime t : {QTime(8, 0), QTime(16, 0)})
            touch(dir.filePath(backups::fileName(db, QDateTime(d, t))));
    touch(dir.filePath(QStringLiteral("my-copy.sqlite")));
    const QStringList removed = backups::prune(dir.path(), db);
    EXPECT_EQ(removed.size(), 20 - 8);
    const auto left = backups::list(dir.path(), db);
    ASSERT_EQ(left.size(), 8);
    EXPECT_EQ(left.first().taken, QDateTime(QDate(2026, 11, 29), QTime(16, 0)));
    EXPECT_EQ(left.last().taken, QDateTime(QDate(2026, 11, 22), QTime(16, 0)));
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("my-copy.sqlite"))));
}

TEST(BackupsTest, ACancelledBackupLeavesNothing) {
    test::TempDb db(kNow);
    const QString folder = db.dir() + QStringLiteral("/backups");
    int calls = 0;
    auto made = backups::make(db.path(), folder, kNow, [&](int, int) { return ++calls < 1; });
    ASSERT_FALSE(made.ok());
    EXPECT_TRUE(checkedcopy::isCancelled(made.error()));
    EXPECT_TRUE(QDir(folder).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST(BackupsTest, ProgressCountsThePages) {
    test::TempDb db(kNow);
    // About 8 MB: some 2000 pages, several steps of 256.
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(db.path()).constData(), &raw), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(raw,
                           "CREATE TABLE padding(b BLOB);"
                           "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                           "INSERT INTO padding SELECT randomblob(4000) FROM n;",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(raw);
    int last = 0, total = 0, calls = 0;
    auto made = backups::make(db.path(), db.dir() + QStringLiteral("/b"), kNow, [&](int done, int all) {
        EXPECT_GE(done, last);
        last = done;
        total = all;
        ++calls;
        return true;
    });
    ASSERT_TRUE(made.ok());
    EXPECT_EQ(last, total);
    EXPECT_GT(total, 2000);
    EXPECT_GE(calls, total / 256);
}

TEST(BackupsTest, StalePartialFilesOfADeadProcessAreRemoved) {
    test::TempDb db(kNow);
    const QString folder = db.dir() + QStringLiteral("/backups");
    QDir().mkpath(folder);
    // pid 2^22+1 is above Linux's pid_max default of 4194304: no such process.
    const QString stale = folder + QStringLiteral("/.houqin-20261128-140000.sqlite.4194305.partial");
    const QString mine =
        folder +
        QStringLiteral("/.houqin-20261128-140000.sqlite.%1.partial").arg(QCoreApplication::applicationPid());
    touch(stale);
    touch(mine);
    ASSERT_TRUE(backups::make(db.path(), folder, kNow).ok());
    EXPECT_FALSE(QFile::exists(stale));
    EXPECT_TRUE(QFile::exists(mine)); // a running process's
}

TEST(BackupsTest, TheDailyBackupIsDueAfter24Hours) {
    test::TempDb db(kNow);
    const QString folder = backupfolder::defaultFor(db.path());
    EXPECT_EQ(folder, db.dir() + QStringLiteral("/backups"));
    auto first = backups::makeIfDue(db.db());
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    ASSERT_TRUE(first->has_value());
    EXPECT_EQ(backups::list(folder, db.path()).size(), 1);

    db.setNow(kNow.addSecs(23 * 3600 + 59 * 60)); // 23h59 later: not yet
    auto notYet = backups::makeIfDue(db.db());
    ASSERT_TRUE(notYet.ok());
    EXPECT_FALSE(notYet->has_value());
    EXPECT_EQ(backups::list(folder, db.path()).size(), 1);

    db.setNow(kNow.addSecs(24 * 3600)); // 24h00 later: due
    auto due = backups::makeIfDue(db.db());
    ASSERT_TRUE(due.ok());
    ASSERT_TRUE(due->has_value());
    EXPECT_EQ((*due)->taken, kNow.addDays(1));
    EXPECT_EQ(backups::list(folder, db.path()).size(), 2);
}

TEST(BackupsTest, TheFolderIsASettingAndRememberedOutsideTheFile) {
    test::TempDb db(kNow);
    // Relative: from the database's folder. Kept by the kindergarten settings' own save.
    ASSERT_TRUE(backupfolder::save(db.db(), QStringLiteral("elsewhere/copies"), test::tester()).ok());
    ASSERT_TRUE(SettingsStore::save(db.db(), db->settings(), test::tester()).ok());
    EXPECT_EQ(backupfolder::setting(db.db()), QStringLiteral("elsewhere/copies"));
    EXPECT_FALSE(backupfolder::save(db.db(), QStringLiteral("a\x01b"), test::tester()).ok());
    const QString folder = db.dir() + QStringLiteral("/elsewhere/copies");
    EXPECT_EQ(backupfolder::of(db.db()), folder);
    // Known without reading the database, for the day it cannot be read.
    EXPECT_EQ(backupfolder::remembered(db.path()), folder);
    auto made = backups::makeIfDue(db.db());
    ASSERT_TRUE(made.ok() && made->has_value());
    EXPECT_TRUE((*made)->path.startsWith(folder + QLatin1Char('/')));
    EXPECT_FALSE(QDir(db.dir() + QStringLiteral("/backups")).exists());
    QSettings().remove(QStringLiteral("backupFolders"));
}

TEST(BackupsTest, AnUnwritableFolderFailsClearlyAndChangesNothing) {
    test::TempDb db(kNow);
    const QString blocker = db.dir() + QStringLiteral("/afile");
    touch(blocker);
    auto made = backups::make(db.path(), blocker + QStringLiteral("/backups"), kNow);
    ASSERT_FALSE(made.ok());
    EXPECT_TRUE(made.error().message.contains(QStringLiteral("afile"))) << made.error().message.toStdString();
    EXPECT_EQ(scalar(db.path(), "PRAGMA integrity_check"), QStringLiteral("ok"));
}

TEST(BackupsTest, AMemoryDatabaseNeverBacksUp) {
    auto db = Database::open(QStringLiteral(":memory:"));
    ASSERT_TRUE(db.ok());
    auto made = backups::makeIfDue(**db);
    ASSERT_TRUE(made.ok());
    EXPECT_FALSE(made->has_value());
    EXPECT_FALSE(backups::make(QStringLiteral(":memory:"), QDir::tempPath(), kNow).ok());
}

TEST(BackupsTest, AMigrationIsPrecededByABackupOfTheOldFile) {
    QTemporaryDir dir;
    QFile dump(test::dataPath(QStringLiteral("storage/fixtures/v14.sql")));
    ASSERT_TRUE(dump.open(QIODevice::ReadOnly));
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(raw, dump.readAll().constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(raw);
    ASSERT_LT(14, migrations::latestVersion());

    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_TRUE(backups::takeWarnings(path).isEmpty());
    const auto listed = backups::list(dir.filePath(QStringLiteral("backups")), path);
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(scalar(listed.first().path, "PRAGMA user_version"), QStringLiteral("14"));
    EXPECT_EQ((*db)->schemaVersion(), migrations::latestVersion());
    // An up-to-date file opens without one.
    db->reset();
    auto again = Database::open(path);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(backups::list(dir.filePath(QStringLiteral("backups")), path).size(), 1);
}

TEST(BackupsTest, AFailedBackupBeforeAMigrationIsAWarningNotARefusal) {
    QTemporaryDir dir;
    QFile dump(test::dataPath(QStringLiteral("storage/fixtures/v14.sql")));
    ASSERT_TRUE(dump.open(QIODevice::ReadOnly));
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(raw, dump.readAll().constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(raw);
    touch(dir.filePath(QStringLiteral("backups"))); // a file where the folder should be
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    const QStringList warnings = backups::takeWarnings(path);
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_TRUE(warnings.first().contains(QStringLiteral("backups"))) << warnings.first().toStdString();
    EXPECT_TRUE(backups::takeWarnings(path).isEmpty()); // said once
    EXPECT_EQ((*db)->schemaVersion(), migrations::latestVersion());
}

TEST(BackupsTest, NewestGoodSkipsADamagedBackup) {
    test::TempDb db(kNow);
    const QString folder = db.dir() + QStringLiteral("/backups");
    auto older = backups::make(db.path(), folder, kNow.addDays(-1));
    auto newer = backups::make(db.path(), folder, kNow);
    ASSERT_TRUE(older.ok() && newer.ok());
    {
        QFile f(newer->path);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.seek(4096); // pages 2 to 4, their b-tree headers first
        f.write(QByteArray(3 * 4096, '\x5a'));
    }
    EXPECT_FALSE(checkedcopy::inspect(newer->path).ok());
    auto good = backups::newestGood(folder, db.path());
    ASSERT_TRUE(good.has_value());
    EXPECT_EQ(good->path, older->path);
}

} // namespace
} // namespace houqin
