#include "storage/Database.h"

#include "TestSupport.h"
#include "storage/Backups.h"
#include "storage/BusyTimeout.h"
#include "storage/Maintenance.h"
#include "storage/Migrations.h"
#include "storage/Query.h"
#include "storage/SettingsStore.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace houqin;

namespace {
QString pragma(Database& db, const char* name) {
    Query q(db, QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
    EXPECT_TRUE(q.exec().ok());
    EXPECT_TRUE(q.next());
    return q.value(0).toString();
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}
} // namespace

TEST(Database, NewFileIsCreatedMigratedAndConfigured) {
    test::TempDb t;
    Database& db = t.db();
    EXPECT_EQ(db.schemaVersion(), migrations::latestVersion());
    EXPECT_GE(migrations::latestVersion(), 1);
    EXPECT_EQ(pragma(db, "journal_mode"), QStringLiteral("wal"));
    EXPECT_EQ(pragma(db, "synchronous"), QStringLiteral("2")); // FULL
    EXPECT_EQ(pragma(db, "foreign_keys"), QStringLiteral("1"));
    EXPECT_EQ(pragma(db, "trusted_schema"), QStringLiteral("0"));
    EXPECT_EQ(pragma(db, "busy_timeout").toInt(), kBusyTimeoutMs);
    EXPECT_EQ(pragma(db, "application_id").toInt(), Database::kApplicationId);
    EXPECT_NE(db.handle(), nullptr);
}

// A folder the user named must exist: a mistyped --db once made an empty database somewhere unexpected.
// Only the default path's folder is created.
TEST(Database, MissingFolderIsRefusedUnlessItIsTheDefaultPathsFolder) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a/b/houqin.sqlite"));
    auto refused = Database::open(path);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::Io);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("does not exist")))
        << refused.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("a"))));
    Database::OpenOptions options;
    options.createFolder = true;
    auto db = Database::open(path, options);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_TRUE(QFile::exists(path));
}

TEST(Database, NonSqliteFileIsRefusedAndLeftUntouched) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("这不是数据库 — just some text that is long enough to look like a header\n");
    f.close();
    const QByteArray before = readAll(path);
    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, Error::Code::NotOurFile);
    EXPECT_TRUE(db.error().message.contains(path));
    EXPECT_EQ(readAll(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST(Database, OtherApplicationsSqliteFileIsRefusedAndLeftUntouched) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(raw, "CREATE TABLE t(x); INSERT INTO t VALUES (1);", nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(raw);
    const QByteArray before = readAll(path);
    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, Error::Code::NotOurFile);
    EXPECT_EQ(readAll(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

// A foreign file with a hot rollback journal beside it (its program crashed mid-transaction): opening it with
// SQLite at all would roll the journal back into the file. It must be refused before that, both files intact.
TEST(Database, ForeignFileWithAHotJournalIsRefusedBeforeSqliteRollsItBack) {
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("crashed.sqlite"));
    const QString copy = dir.filePath(QStringLiteral("left-behind.sqlite"));
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(original.toUtf8().constData(), &raw), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(raw,
                           "PRAGMA journal_mode = DELETE; PRAGMA cache_size = 1;"
                           "CREATE TABLE t(x TEXT);"
                           "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)"
                           "  INSERT INTO t SELECT printf('%0500d', i) FROM n;",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    // Mid-transaction, with a tiny cache, changed pages spill into the file and the journal holds the
    // originals: a copy of the pair taken now is what a crash leaves behind.
    ASSERT_EQ(sqlite3_exec(raw, "BEGIN; UPDATE t SET x = 'changed';", nullptr, nullptr, nullptr), SQLITE_OK);
    ASSERT_TRUE(QFile::exists(original + QStringLiteral("-journal")));
    ASSERT_TRUE(QFile::copy(original, copy));
    ASSERT_TRUE(QFile::copy(original + QStringLiteral("-journal"), copy + QStringLiteral("-journal")));
    ASSERT_EQ(sqlite3_exec(raw, "ROLLBACK;", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(raw);

    const QByteArray fileBefore = readAll(copy);
    const QByteArray journalBefore = readAll(copy + QStringLiteral("-journal"));
    ASSERT_FALSE(journalBefore.isEmpty());
    auto db = Database::open(copy);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, Error::Code::NotOurFile);
    EXPECT_EQ(readAll(copy), fileBefore);
    EXPECT_EQ(readAll(copy + QStringLiteral("-journal")), journalBefore);
}

TEST(Database, NewerSchemaIsRefused) {
    test::TempDb t;
    const QString path = t.path();
    ASSERT_TRUE(
        Query::run(t.db(), QStringLiteral("PRAGMA user_version = %1").arg(migrations::latestVersion() + 1))
            .ok());
    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, Error::Code::TooNew);
}

TEST(Database, ReopeningKeepsDataAndDoesNotMigrateAgain) {
    test::TempDb t;
    const int version = t->schemaVersion();
    t.reopen();
    EXPECT_EQ(t->schemaVersion(), version);
    EXPECT_EQ(t->settings().name, QStringLiteral("测试幼儿园"));
    EXPECT_EQ(t->settings().campuses.size(), 2);
}

TEST(Database, InMemoryDatabaseWorks) {
    auto db = Database::open(QStringLiteral(":memory:"));
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_EQ((*db)->schemaVersion(), migrations::latestVersion());
}

TEST(Transaction, RollsBackUnlessCommitted) {
    test::TempDb t;
    {
        Transaction tx(t.db());
        ASSERT_TRUE(tx.begin().ok());
        ASSERT_TRUE(
            Query::run(t.db(), QStringLiteral("INSERT INTO settings(key, value) VALUES('x', '1')")).ok());
    }
    Query q(t.db(), QStringLiteral("SELECT count(*) FROM settings WHERE key = 'x'"));
    ASSERT_TRUE(q.exec().ok());
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
    EXPECT_EQ(t->transactionDepth(), 0);
}

TEST(Transaction, NestedTransactionIsASavepoint) {
    test::TempDb t;
    Transaction outer(t.db());
    ASSERT_TRUE(outer.begin().ok());
    ASSERT_TRUE(Query::run(t.db(), QStringLiteral("INSERT INTO settings(key, value) VALUES('a', '1')")).ok());
    {
        Transaction inner(t.db());
        ASSERT_TRUE(inner.begin().ok());
        ASSERT_TRUE(
            Query::run(t.db(), QStringLiteral("INSERT INTO settings(key, value) VALUES('b', '1')")).ok());
        // not committed: only 'b' is undone
    }
    ASSERT_TRUE(outer.commit().ok());
    Query q(t.db(), QStringLiteral("SELECT group_concat(key) FROM settings WHERE key IN ('a', 'b')"));
    ASSERT_TRUE(q.exec().ok());
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("a"));
}

TEST(Transaction, SecondWriterGetsBusyAsAnErrorValue) {
    test::TempDb t;
    auto other = Database::open(t.path());
    ASSERT_TRUE(other.ok());
    ASSERT_TRUE(Query::run(**other, QStringLiteral("PRAGMA busy_timeout = 50")).ok());
    Transaction mine(t.db());
    ASSERT_TRUE(mine.begin().ok());
    Transaction theirs(**other);
    const Status s = theirs.begin();
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, Error::Code::Busy);
    EXPECT_EQ(s.error().sql, QStringLiteral("BEGIN IMMEDIATE"));
}

TEST(Query, FailureCarriesSqlAndFunction) {
    test::TempDb t;
    Query q(t.db(), QStringLiteral("SELECT nope FROM nowhere"));
    const Status s = q.exec();
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().sql, QStringLiteral("SELECT nope FROM nowhere"));
    EXPECT_FALSE(s.error().where.isEmpty());
}

TEST(SettingsStore, SavingIsAuditedAndCached) {
    test::TempDb t;
    KindergartenSettings s = t->settings();
    s.minSampleWeightG = 150;
    ASSERT_TRUE(SettingsStore::save(t.db(), s, test::tester()).ok());
    EXPECT_DOUBLE_EQ(t->settings().minSampleWeightG, 150);
    t.reopen();
    EXPECT_DOUBLE_EQ(t->settings().minSampleWeightG, 150);
    Query q(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE kind = 'settings'"));
    ASSERT_TRUE(q.exec().ok());
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 2); // TempDb's own save and this one
}

TEST(SettingsStore, InvalidSettingsAreRefusedAndNothingChanges) {
    test::TempDb t;
    KindergartenSettings s = t->settings();
    s.name.clear();
    const Status st = SettingsStore::save(t.db(), s, test::tester());
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error().code, Error::Code::Validation);
    t.reopen();
    EXPECT_EQ(t->settings().name, QStringLiteral("测试幼儿园"));
}

TEST(Maintenance, CheckPassesOnAFreshDatabaseAndBackupOpens) {
    test::TempDb t;
    auto problems = Maintenance::check(t.db());
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems->isEmpty());
    const QString copy = t.dir() + QStringLiteral("/backup.sqlite");
    ASSERT_TRUE(backups::makeFile(t.path(), copy).ok());
    auto reopened = Database::open(copy);
    ASSERT_TRUE(reopened.ok()) << reopened.error().message.toStdString();
    EXPECT_EQ((*reopened)->settings().name, QStringLiteral("测试幼儿园"));
}

TEST(SettingsStore, SettingsWithoutASemesterStartSave) {
    test::TempDb t;
    KindergartenSettings s = t->settings();
    s.semesterStart = QDate();
    const Status st = SettingsStore::save(t.db(), s, test::tester());
    ASSERT_TRUE(st.ok()) << st.error().message.toStdString();
    t.reopen();
    EXPECT_FALSE(t->settings().semesterStart.isValid());
}

// SQLite's English never reaches people: a refused write says what happened in the current language, and the
// English text stays in the error's detail for the log.
TEST(Query, AReadOnlyDatabaseIsExplainedNotQuotedInSqlitesEnglish) {
    test::TempDb t;
    ASSERT_TRUE(Query::run(t.db(), QStringLiteral("PRAGMA query_only = ON")).ok());
    const Status s = Query::run(t.db(), QStringLiteral("DELETE FROM settings"));
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().message,
              QCoreApplication::translate(
                  "Storage",
                  "The database file cannot be written (it or its folder is read-only), so nothing was "
                  "saved. Check the file's permissions, or copy it to a folder you may write to."));
    EXPECT_FALSE(s.error().message.contains(QStringLiteral("readonly")));
    EXPECT_TRUE(s.error().detail.contains(QStringLiteral("readonly"))) << s.error().detail.toStdString();
    EXPECT_EQ(s.error().code, Error::Code::ReadOnly);
}

// houqin check sees what SQLite's own checks cannot: values no declaration accepts, and a lost table.
TEST(Maintenance, CheckNamesEachStoredValueTheDeclarationRefuses) {
    test::TempDb t;
    ASSERT_TRUE(
        Query::run(t.db(),
                   QStringLiteral("INSERT INTO food_samples(created_at, created_by, updated_at, updated_by, "
                                  "date, meal, dish, weight_g, stored_at, fridge_temp_c, sampled_by) VALUES "
                                  "('2026-09-07T10:00:00','t','2026-09-07T10:00:00','t','2026-09-07',"
                                  "'lunch','青菜',130,'2026-09-07T11:30:00',4,'王老师')"))
            .ok());
    auto sound = Maintenance::check(t.db());
    ASSERT_TRUE(sound.ok());
    EXPECT_TRUE(sound->isEmpty()) << sound->join(QLatin1Char('\n')).toStdString();

    ASSERT_TRUE(Query::run(t.db(), QStringLiteral("UPDATE food_samples SET meal = 'bogus'")).ok());
    ASSERT_TRUE(
        Query::run(t.db(), QStringLiteral("INSERT INTO food_samples(created_at, created_by, "
                                          "updated_at, updated_by, date, meal, dish, weight_g, "
                                          "stored_at, fridge_temp_c, sampled_by) SELECT created_at, "
                                          "created_by, updated_at, updated_by, 'not-a-date', 'lunch', "
                                          "dish, weight_g, stored_at, fridge_temp_c, sampled_by FROM "
                                          "food_samples"))
            .ok());
    ASSERT_TRUE(Query::run(t.db(), QStringLiteral("DROP TABLE seasonal_dishes")).ok());
    auto found = Maintenance::check(t.db());
    ASSERT_TRUE(found.ok());
    const QString all = found->join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("row 1, meal"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("bogus"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("row 2, date"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("not-a-date"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("seasonal_dishes"))) << all.toStdString();
    EXPECT_EQ(found->size(), 3) << all.toStdString();
}

TEST(Maintenance, CheckListsAHundredProblemsAndCountsTheRest) {
    test::TempDb t;
    ASSERT_TRUE(
        Query::run(t.db(),
                   QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE "
                                  "i < 150) INSERT INTO food_samples(created_at, created_by, updated_at, "
                                  "updated_by, date, meal, dish, weight_g, stored_at, fridge_temp_c, "
                                  "sampled_by) SELECT '2026-09-07T10:00:00','t','2026-09-07T10:00:00','t',"
                                  "'2026-09-07','bogus','青菜',130,'2026-09-07T11:30:00',4,'王老师' FROM n"))
            .ok());
    auto found = Maintenance::check(t.db());
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->size(), 101);
    EXPECT_TRUE(found->last().contains(QStringLiteral("50"))) << found->last().toStdString();
}
