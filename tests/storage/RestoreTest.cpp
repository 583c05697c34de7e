// Restore (issue #14): the backup is checked first, the current file is kept aside, and the database is
// at every moment the old file or the restored one.
#include "storage/Restore.h"

#include "ClosableDb.h"
#include "TestSupport.h"
#include "domain/canteen/FoodSamples.h"
#include "storage/Backups.h"
#include "storage/Migrations.h"
#include "storage/RecordRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <gtest/gtest.h>
#include <sqlite3.h>

namespace houqin {
namespace {

const QDateTime kNow(QDate(2026, 11, 29), QTime(14, 0));

QByteArray bytesOf(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

qint64 count(Database& db) {
    return *RecordRepository(db, canteen::foodSamplesKind()).count();
}

void addSample(Database& db) {
    const QDate day(2026, 11, 27);
    Record r = newRecord(canteen::foodSamplesKind(), nullptr, db.ruleContext());
    r.set(QStringLiteral("date"), day);
    r.set(QStringLiteral("meal"), QStringLiteral("lunch"));
    r.set(QStringLiteral("dish"), QStringLiteral("番茄炒蛋"));
    r.set(QStringLiteral("weight_g"), 130.0);
    r.set(QStringLiteral("stored_at"), QDateTime(day, QTime(11, 40)));
    r.set(QStringLiteral("fridge_temp_c"), 3.0);
    r.set(QStringLiteral("sampled_by"), QStringLiteral("王老师"));
    ASSERT_TRUE(RecordRepository(db, canteen::foodSamplesKind()).insert(r, test::tester()).ok());
}

// A file whose header says what the test wants, written with sqlite3 (not Database, which would refuse).
QString sqliteFile(const QString& path, const char* sql) {
    sqlite3* db = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return path;
}

struct RestoreFixture : ::testing::Test {
    test::ClosableDb db{kNow};
    QString backup;
    void SetUp() override {
        addSample(db.db());
        auto made = backups::make(db.path(), db.dir() + QStringLiteral("/backups"), kNow);
        ASSERT_TRUE(made.ok());
        backup = made->path;
        addSample(db.db()); // written after the backup
        ASSERT_EQ(count(db.db()), 2);
    }
};

TEST_F(RestoreFixture, PutsTheBackupBackAndKeepsTheCurrentFileAside) {
    db.close();
    auto aside = restore::run(backup, db.path(), kNow.addSecs(3600));
    ASSERT_TRUE(aside.ok()) << aside.error().message.toStdString();
    EXPECT_EQ(*aside, db.path() + QStringLiteral(".before-restore-20261129-150000"));
    EXPECT_FALSE(QFile::exists(db.path() + QStringLiteral("-wal")));
    db.reopen();
    EXPECT_EQ(count(db.db()), 1);
    // The file kept aside is the database as it was, both rows (its WAL was checkpointed into it first).
    auto old = Database::open(*aside);
    ASSERT_TRUE(old.ok()) << old.error().message.toStdString();
    EXPECT_EQ(count(**old), 2);
    // No temporary file is left beside the database.
    for (const QString& name : QDir(db.dir()).entryList(QDir::Files | QDir::Hidden))
        EXPECT_FALSE(name.contains(QStringLiteral("restoring"))) << name.toStdString();
}

TEST_F(RestoreFixture, RefusesWhileTheDatabaseIsOpenElsewhere) {
    const QByteArray before = bytesOf(db.path());
    auto r = restore::run(backup, db.path(), kNow);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::Busy);
    EXPECT_EQ(count(db.db()), 2);
    EXPECT_EQ(bytesOf(db.path()), before);
    EXPECT_FALSE(QFile::exists(restore::asideName(db.path(), kNow)));
}

TEST_F(RestoreFixture, RefusesABadBackupAndChangesNothing) {
    db.close();
    const QString dir = QFileInfo(backup).absolutePath();
    QFile text(dir + QStringLiteral("/notes.sqlite"));
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write("这不是数据库\n");
    text.close();
    const QString foreign = sqliteFile(dir + QStringLiteral("/foreign.sqlite"), "CREATE TABLE t(x);");
    const QString newer = dir + QStringLiteral("/newer.sqlite");
    QFile::copy(backup, newer);
    sqliteFile(newer, QStringLiteral("PRAGMA user_version = %1;")
                          .arg(migrations::latestVersion() + 1)
                          .toUtf8()
                          .constData());
    const QString damaged = dir + QStringLiteral("/damaged.sqlite");
    QFile::copy(backup, damaged);
    {
        QFile f(damaged);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.seek(4096); // pages 2 to 4, their b-tree headers first
        f.write(QByteArray(3 * 4096, '\x5a'));
    }
    const QByteArray before = bytesOf(db.path());
    const struct {
        QString path;
        Error::Code code;
        QString says;
    } cases[] = {
        {text.fileName(), Error::Code::NotOurFile, QStringLiteral("not a SQLite file")},
        {foreign, Error::Code::NotOurFile, QStringLiteral("another program")},
        {newer, Error::Code::TooNew, QStringLiteral("newer version")},
        {damaged, Error::Code::Io, QStringLiteral("damaged")},
        {dir + QStringLiteral("/missing.sqlite"), Error::Code::Io, QStringLiteral("does not exist")},
    };
    for (const auto& c : cases) {
        auto r = restore::run(c.path, db.path(), kNow);
        ASSERT_FALSE(r.ok()) << c.path.toStdString();
        EXPECT_EQ(r.error().code, c.code) << c.path.toStdString();
        EXPECT_TRUE(r.error().message.contains(c.says)) << r.error().message.toStdString();
        EXPECT_TRUE(r.error().message.contains(QFileInfo(c.path).fileName()));
    }
    EXPECT_EQ(bytesOf(db.path()), before);
    EXPECT_FALSE(QFile::exists(restore::asideName(db.path(), kNow)));
    db.reopen();
    EXPECT_EQ(count(db.db()), 2);
}

TEST_F(RestoreFixture, RestoresOverADamagedDatabase) {
    db.close();
    {
        QFile f(db.path());
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.seek(4096 * 2);
        f.write(QByteArray(4096 * 3, '\0'));
    }
    const QByteArray damaged = bytesOf(db.path());
    auto aside = restore::run(backup, db.path(), kNow);
    ASSERT_TRUE(aside.ok()) << aside.error().message.toStdString();
    EXPECT_EQ(bytesOf(*aside), damaged);
    db.reopen();
    EXPECT_EQ(count(db.db()), 1);
}

TEST_F(RestoreFixture, RestoresWhereNoDatabaseIsYet) {
    db.close();
    const QString fresh = db.dir() + QStringLiteral("/new/houqin.sqlite");
    auto aside = restore::run(backup, fresh, kNow);
    ASSERT_TRUE(aside.ok()) << aside.error().message.toStdString();
    EXPECT_TRUE(aside->isEmpty());
    auto opened = Database::open(fresh);
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(count(**opened), 1);
}

TEST_F(RestoreFixture, ACancelledRestoreChangesNothing) {
    db.close();
    const QByteArray before = bytesOf(db.path());
    auto r = restore::run(backup, db.path(), kNow, [](int, int) { return false; });
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(checkedcopy::isCancelled(r.error()));
    EXPECT_EQ(bytesOf(db.path()), before);
    EXPECT_FALSE(QFile::exists(restore::asideName(db.path(), kNow)));
}

} // namespace
} // namespace houqin
