#include "storage/Database.h"

#include "TestSupport.h"
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
    EXPECT_GT(pragma(db, "busy_timeout").toInt(), 0);
    EXPECT_EQ(pragma(db, "application_id").toInt(), Database::kApplicationId);
    EXPECT_NE(db.handle(), nullptr);
}

TEST(Database, MissingFolderIsCreated) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a/b/houqin.sqlite"));
    auto db = Database::open(path);
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
    ASSERT_TRUE(Maintenance::backupTo(t.db(), copy).ok());
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
