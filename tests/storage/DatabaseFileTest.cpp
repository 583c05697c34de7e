// Damaged, foreign and read-only files as Database::open meets them (storage/DatabaseFile). The catalogue
// of odd files run through the real executable is tests/cli/DamagedFilesTest.cpp.
#include "storage/DatabaseFile.h"

#include "TestSupport.h"
#include "domain/KindRegistry.h"
#include "storage/CheckMemo.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RecordRepository.h"
#include "storage/SqliteErrors.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <chrono>
#include <filesystem>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <thread>

using namespace houqin;

namespace {
QByteArray readAll(const QString& path) {
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeAt(const QString& path, qint64 offset, const QByteArray& bytes) {
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    ASSERT_TRUE(f.seek(offset));
    ASSERT_EQ(f.write(bytes), bytes.size());
}

// A new Houqin file, closed (its -wal checkpointed away).
QString houqinFile(const QTemporaryDir& dir, const QString& name = QStringLiteral("houqin.sqlite")) {
    const QString path = dir.filePath(name);
    {
        auto db = Database::open(path);
        EXPECT_TRUE(db.ok()) << db.error().message.toStdString();
    }
    return path;
}

QStringList listing(const QString& dir) {
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

// Opens path and expects a refusal with code, the file and its folder unchanged.
void expectRefusedUnchanged(const QString& path, Error::Code code, const QString& words) {
    const QString folder = QFileInfo(path).absolutePath();
    const QStringList before = listing(folder);
    const QByteArray bytes = readAll(path);
    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, code) << db.error().message.toStdString();
    EXPECT_TRUE(db.error().message.contains(QDir::toNativeSeparators(path)))
        << db.error().message.toStdString();
    EXPECT_TRUE(db.error().message.contains(words)) << db.error().message.toStdString();
    EXPECT_EQ(readAll(path), bytes);
    EXPECT_EQ(listing(folder), before);
}
} // namespace

// A cut-short Houqin file was called "not a Houqin database", telling people it was someone else's.
TEST(DatabaseFile, ACutShortFileIsDamagedNotForeign) {
    QTemporaryDir dir;
    const QString path = houqinFile(dir);
    QFile f(path);
    ASSERT_TRUE(f.resize(f.size() / 2));
    expectRefusedUnchanged(path, Error::Code::Damaged, QStringLiteral("cut short"));
    ASSERT_TRUE(f.resize(100));
    expectRefusedUnchanged(path, Error::Code::Damaged, QStringLiteral("cut short"));
}

TEST(DatabaseFile, AZeroedHeaderIsDamagedButZeroesAloneAreNotOurs) {
    QTemporaryDir dir;
    const QString path = houqinFile(dir);
    writeAt(path, 0, QByteArray(100, '\0'));
    expectRefusedUnchanged(path, Error::Code::Damaged, QStringLiteral("first bytes"));
    const QString zeroes = dir.filePath(QStringLiteral("zeroes.sqlite"));
    QFile z(zeroes);
    ASSERT_TRUE(z.open(QIODevice::WriteOnly));
    z.write(QByteArray(8192, '\0'));
    z.close();
    expectRefusedUnchanged(zeroes, Error::Code::NotOurFile, QStringLiteral("not a SQLite file"));
}

// A page zeroed in the middle opened without a word and failed later, on whichever query reached it.
TEST(DatabaseFile, APageZeroedInTheMiddleIsFoundWhenOpening) {
    QTemporaryDir dir;
    const QString path = houqinFile(dir);
    const qint64 pages = QFileInfo(path).size() / 4096;
    ASSERT_GT(pages, 10);
    writeAt(path, (pages / 2) * 4096, QByteArray(4096, '\0'));
    const QByteArray bytes = readAll(path);
    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, Error::Code::Damaged);
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("SQLite's check")))
        << db.error().message.toStdString();
    EXPECT_FALSE(db.error().detail.isEmpty()); // quick_check's findings, for the log and "Show Details"
    EXPECT_EQ(readAll(path), bytes);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST(DatabaseFile, AnEmptyFileAndAFolderAreRefusedWithTheirOwnMessages) {
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    QFile f(empty);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    expectRefusedUnchanged(empty, Error::Code::NotOurFile, QStringLiteral("empty (0 bytes)"));
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("folder.sqlite")));
    auto db = Database::open(dir.filePath(QStringLiteral("folder.sqlite")));
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("is a folder")))
        << db.error().message.toStdString();
    EXPECT_TRUE(QDir(dir.filePath(QStringLiteral("folder.sqlite"))).isEmpty());
}

TEST(DatabaseFile, ALinkToNothingIsRefusedAndCreatesNothing) {
    QTemporaryDir dir;
    const QString link = dir.filePath(QStringLiteral("link.sqlite"));
    ASSERT_TRUE(QFile::link(dir.filePath(QStringLiteral("gone.sqlite")), link));
    auto db = Database::open(link);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("does not exist")))
        << db.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("gone.sqlite"))));
}

// Read-only (here chosen, as for a backup opened instead of a damaged file; the permission cases run the
// real executable as an unprivileged user in tests/cli): it opens, reads, and refuses every change before
// SQLite is asked, leaving no -wal or -shm behind.
TEST(DatabaseFile, ReadOnlyOpensReadsAndRefusesChanges) {
    QTemporaryDir dir;
    const QString path = houqinFile(dir);
    const QStringList before = listing(dir.path());
    const QByteArray bytes = readAll(path);
    {
        Database::OpenOptions o;
        o.readOnly = true;
        auto db = Database::open(path, o);
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        EXPECT_TRUE((*db)->readOnly());
        EXPECT_FALSE((*db)->databaseId().isEmpty());
        const RecordKind* staff = findKind(QStringLiteral("staff"));
        ASSERT_NE(staff, nullptr);
        auto count = RecordRepository::forSystem(**db, *staff).count();
        ASSERT_TRUE(count.ok()) << count.error().message.toStdString();
        Record r;
        r.set(QStringLiteral("name"), QStringLiteral("王老师"));
        auto added = RecordRepository::forSystem(**db, *staff).insert(r, test::tester());
        ASSERT_FALSE(added.ok());
        EXPECT_EQ(added.error().code, Error::Code::ReadOnly);
        EXPECT_TRUE(added.error().message.contains(QDir::toNativeSeparators(path)));
        // SQLite itself refuses too, as a second line.
        const Status raw =
            Query::run(**db, QStringLiteral("INSERT INTO settings(key, value) VALUES('x', '1')"));
        ASSERT_FALSE(raw.ok());
        EXPECT_EQ(raw.error().code, Error::Code::ReadOnly);
        EXPECT_EQ(listing(dir.path()), before);
    }
    EXPECT_EQ(readAll(path), bytes);
    EXPECT_EQ(listing(dir.path()), before);
}

// Changes still waiting in a -wal (the writer crashed) are read by a read-only open, not skipped.
TEST(DatabaseFile, ReadOnlyReadsChangesWaitingInTheWal) {
    QTemporaryDir dir;
    const QString path = houqinFile(dir);
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(raw,
                           "PRAGMA wal_autocheckpoint = 0; INSERT INTO settings(key, value) VALUES('w', '1')",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    ASSERT_TRUE(QFile::copy(path, copy));
    ASSERT_TRUE(QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
    sqlite3_close(raw);
    Database::OpenOptions o;
    o.readOnly = true;
    auto db = Database::open(copy, o);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    Query q(**db, QStringLiteral("SELECT value FROM settings WHERE key = 'w'"));
    ASSERT_TRUE(q.exec().ok());
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("1"));
}

TEST(DatabaseFile, SqliteCodesForDamageAndReadOnlyHaveTheirOwnErrorCodes) {
    EXPECT_EQ(sqliteerrors::codeOf(SQLITE_CORRUPT), Error::Code::Damaged);
    EXPECT_EQ(sqliteerrors::codeOf(SQLITE_NOTADB), Error::Code::Damaged);
    EXPECT_EQ(sqliteerrors::codeOf(SQLITE_READONLY), Error::Code::ReadOnly);
    EXPECT_EQ(sqliteerrors::codeOf(SQLITE_BUSY), Error::Code::Busy);
    EXPECT_EQ(sqliteerrors::codeOf(SQLITE_CONSTRAINT), Error::Code::Sql);
}

// A file this PC closed sound, unchanged since, is not read through again at the next open (quick_check
// costs about 0.8 s on ten years of data); any change of its time or size, or a -wal beside it (a crash,
// another program at work), brings the check back, and a file that fails it is forgotten.
TEST(DatabaseFile, AFileLeftSoundIsCheckedAgainOnlyWhenItChanged) {
    QTemporaryDir dir;
    const QString path = houqinFile(dir);
    EXPECT_TRUE(checkmemo::knownSound(path)) << "closed cleanly after its check";
    const std::filesystem::path file(QFile::encodeName(path).toStdString());
    const auto time = std::filesystem::last_write_time(file);

    // Damage with the time put back is the same stamp: trusted (the daily backup's integrity check is what
    // finds a failing disk).
    const qint64 pages = QFileInfo(path).size() / 4096;
    writeAt(path, (pages / 2) * 4096, QByteArray(4096, '\0'));
    std::filesystem::last_write_time(file, time);
    EXPECT_TRUE(checkmemo::knownSound(path));
    {
        // And Database::open trusts it: the damaged page is not read (the check was asked only after the
        // connection had made its -wal, so it never vouched for a file).
        auto trusted = Database::open(path);
        EXPECT_TRUE(trusted.ok()) << trusted.error().message.toStdString();
    }
    std::filesystem::last_write_time(file, time); // closing it wrote the file
    checkmemo::rememberSound(path);

    // One nanosecond later is another stamp: checked, refused, forgotten.
    std::filesystem::last_write_time(file, time + std::chrono::nanoseconds(1));
    EXPECT_FALSE(checkmemo::knownSound(path));
    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, Error::Code::Damaged);
    std::filesystem::last_write_time(file, time);
    EXPECT_FALSE(checkmemo::knownSound(path)) << "a file that failed is not trusted again";

    // An empty -wal beside a sound file (left by a program that only read it): still trusted. A -wal with
    // anything in it: checked.
    const QString other = houqinFile(dir, QStringLiteral("other.sqlite"));
    ASSERT_TRUE(checkmemo::knownSound(other));
    QFile wal(other + QStringLiteral("-wal"));
    ASSERT_TRUE(wal.open(QIODevice::WriteOnly));
    wal.close();
    EXPECT_TRUE(checkmemo::knownSound(other));
    ASSERT_TRUE(wal.open(QIODevice::WriteOnly));
    wal.write("x");
    wal.close();
    EXPECT_FALSE(checkmemo::knownSound(other));
}

// What another program that only reads the file leaves (a backup tool, a browser opening it read-only): an
// SQLite connection opened read-only cannot remove the -wal it made. The next open trusts the file as before.
TEST(DatabaseFile, AReadOnlyReaderLeavesTheFileTrusted) {
    QTemporaryDir dir;
    const QString path = houqinFile(dir);
    ASSERT_TRUE(checkmemo::knownSound(path));
    sqlite3* reader = nullptr;
    ASSERT_EQ(sqlite3_open_v2(QFile::encodeName(path).constData(), &reader, SQLITE_OPEN_READONLY, nullptr),
              SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(reader, "SELECT count(*) FROM settings", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(reader);
    ASSERT_TRUE(QFile::exists(path + QStringLiteral("-wal"))) << "the case this test is about";
    EXPECT_EQ(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
    EXPECT_TRUE(checkmemo::knownSound(path));
}

// Every clean close remembers the file's stamp. When the stamp is the one already remembered, the settings
// file is left alone: rewriting it (a new file, two fdatasyncs, a rename) cost every command-line print and
// export a few milliseconds, more on a busy disk (issue #15, tests/bench/pdf.py). A new stamp is written.
TEST(DatabaseFile, RememberingTheSameStampAgainLeavesTheSettingsFileAlone) {
    QTemporaryDir dir;
    const QString path = houqinFile(dir);
    ASSERT_TRUE(checkmemo::knownSound(path));
    const std::filesystem::path conf(QFile::encodeName(QSettings().fileName()).toStdString());
    ASSERT_TRUE(std::filesystem::exists(conf));
    const auto written = std::filesystem::last_write_time(conf);
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    checkmemo::rememberSound(path);
    EXPECT_EQ(std::filesystem::last_write_time(conf), written) << "the same stamp was written again";
    EXPECT_TRUE(checkmemo::knownSound(path));

    const std::filesystem::path file(QFile::encodeName(path).toStdString());
    std::filesystem::last_write_time(file, std::filesystem::last_write_time(file) + std::chrono::seconds(1));
    EXPECT_FALSE(checkmemo::knownSound(path));
    checkmemo::rememberSound(path);
    EXPECT_NE(std::filesystem::last_write_time(conf), written) << "a new stamp is written";
    EXPECT_TRUE(checkmemo::knownSound(path));
}

// A worker thread's own connection (gui/BackgroundTask) opens a file the GUI already holds and checked:
// the GUI's -wal keeps CheckMemo from vouching for it, so without being told the worker would read the
// whole file again (0.8 s on ten years of data) for every import, export and print.
TEST(DatabaseFile, ASecondConnectionToldTheFileWasCheckedDoesNotCheckAgain) {
    QTemporaryDir dir;
    const QString path = houqinFile(dir);
    auto first = Database::open(path);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    ASSERT_TRUE(QFile::exists(path + QStringLiteral("-wal")));
    // Damage no query of the opening path reads (a page in the middle): only quick_check finds it.
    const qint64 pages = QFileInfo(path).size() / 4096;
    writeAt(path, (pages / 2) * 4096, QByteArray(4096, '\0'));
    auto told = Database::open(path, Database::OpenOptions{.alreadyChecked = true});
    EXPECT_TRUE(told.ok()) << "told it was checked, it does not check";
    auto untold = Database::open(path);
    ASSERT_FALSE(untold.ok()) << "not told, the -wal brings the check back";
    EXPECT_EQ(untold.error().code, Error::Code::Damaged);
}
