#include "DatabaseFile.h"

#include "Database.h"
#include "Migrations.h"
#include "SqliteErrors.h"
#include "logging/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <sqlite3.h>

namespace houqin::dbfile {

namespace {

quint32 bigEndian(const QByteArray& bytes, int offset, int width) {
    quint32 v = 0;
    for (int i = 0; i < width; ++i)
        v = (v << 8) | quint8(bytes.at(offset + i));
    return v;
}

Error notSqlite(const QString& path) {
    return Error::make(Error::Code::NotOurFile,
                       QCoreApplication::translate(
                           "Storage",
                           "%1 is not a Houqin database (it is not a SQLite file). Check that you chose the "
                           "right file: Houqin's database is usually called houqin.sqlite.")
                           .arg(QDir::toNativeSeparators(path)));
}

QString cutShort() {
    return QCoreApplication::translate(
        "Storage", "it is shorter than its own header says (cut short, perhaps by an interrupted copy)");
}

QString badHeader() {
    return QCoreApplication::translate("Storage",
                                       "its first bytes, where the file describes itself, are damaged");
}

// A Houqin file whose first bytes are overwritten still holds its schema's text near the beginning (the
// tables are created with the file). Another program's file, a text, a picture do not.
bool looksLikeOurs(QFile& f) {
    f.seek(0);
    const QByteArray start = f.read(4 * 1024 * 1024);
    return start.contains("CREATE TABLE") && start.contains("audit_log") && start.contains("food_samples");
}

bool hasContent(const QString& path) {
    const QFileInfo info(path);
    return info.exists() && info.size() > 0;
}

// A rollback journal SQLite would play back into the file on the first read: its header's magic is there.
bool hotJournal(const QString& journal) {
    QFile f(journal);
    return f.open(QIODevice::ReadOnly) && f.read(8) == QByteArray("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7", 8);
}

} // namespace

Error damaged(const QString& path, const QString& what) {
    return Error::make(
        Error::Code::Damaged,
        QCoreApplication::translate(
            "Storage", "%1 is damaged: %2. Houqin has not changed it. Use your newest backup instead, and "
                       "keep the damaged file: it may still be repaired.")
            .arg(QDir::toNativeSeparators(path), what));
}

Error foreign(const QString& path) {
    return Error::make(
        Error::Code::NotOurFile,
        QCoreApplication::translate(
            "Storage", "%1 is a SQLite database of another program, not of Houqin. Houqin has not changed "
                       "it. Check that you chose the right file.")
            .arg(QDir::toNativeSeparators(path)));
}

Error tooNew(const QString& path, qint64 version) {
    return Error::make(Error::Code::TooNew,
                       QCoreApplication::translate(
                           "Storage",
                           "%1 was written by a newer version of Houqin (schema %2; this version knows up to "
                           "%3). Install the newer version to open it.")
                           .arg(QDir::toNativeSeparators(path))
                           .arg(version)
                           .arg(migrations::latestVersion()));
}

Error busy(const QString& path) {
    return Error::make(Error::Code::Busy,
                       QCoreApplication::translate(
                           "Storage",
                           "%1 is in use by another program, which keeps it locked. Close Houqin (or the "
                           "other program) where the file is open, then try again.")
                           .arg(QDir::toNativeSeparators(path)));
}

Error readOnly(const QString& path, const QString& what) {
    return Error::make(
        Error::Code::ReadOnly,
        QCoreApplication::translate(
            "Storage", "%1 is open read-only (the file or its folder cannot be written), so Houqin cannot "
                       "%2. Ask for write access, or copy the file to a folder you may write to.")
            .arg(QDir::toNativeSeparators(path), what));
}

QString readOnlyNote(const QString& path) {
    return QCoreApplication::translate(
               "Storage",
               "Read-only: %1 is open for reading only (the file or its folder cannot be written, or it is a "
               "backup opened instead of a damaged file). You can look, search, print and export; nothing "
               "can be "
               "changed.")
        .arg(QDir::toNativeSeparators(path));
}

Status checkFolder(const QString& path, bool createFolder) {
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    if (QFileInfo(folder).isDir())
        return {};
    if (createFolder && QDir().mkpath(folder))
        return {};
    return Error::make(Error::Code::Io,
                       QCoreApplication::translate(
                           "Storage", "The folder %1 does not exist, so %2 cannot be opened. Check the "
                                      "path, or create the folder first.")
                           .arg(QDir::toNativeSeparators(folder), QDir::toNativeSeparators(path)));
}

bool cannotWrite(const QString& path) {
    const QFileInfo info(path);
    return !info.isWritable() || !QFileInfo(info.absolutePath()).isWritable();
}

QString readOnlyUri(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString uri = QUrl::fromLocalFile(absolute).toString(QUrl::FullyEncoded);
    if (hasContent(absolute + QStringLiteral("-wal")))
        return uri + QStringLiteral("?mode=ro");
    return uri + QStringLiteral("?mode=ro&immutable=1");
}

// The header layout is SQLite's file format (https://www.sqlite.org/fileformat.html): magic at 0, page size
// at 16, change counter at 24, size in pages at 28, user_version at 60, application_id at 68, the counter
// the size is valid for at 92; page 1's b-tree header follows at 100, with its cell count (the schema's
// entries) at 103.
Status identify(const QString& path) {
    const QFileInfo info(path);
    if (info.isDir())
        return Error::make(
            Error::Code::NotOurFile,
            QCoreApplication::translate(
                "Storage", "%1 is a folder, not a Houqin database. Name the database file in it, for "
                           "example %2.")
                .arg(QDir::toNativeSeparators(path),
                     QDir::toNativeSeparators(QDir(path).filePath(QStringLiteral("houqin.sqlite")))));
    if (info.isSymLink() && !info.exists())
        return Error::make(
            Error::Code::Io,
            QCoreApplication::translate("Storage",
                                        "%1 is a link to %2, which does not exist. Check the link, or name "
                                        "the database file itself.")
                .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(info.symLinkTarget())));
    if (!info.exists())
        return {};
    if (!info.isFile())
        return notSqlite(path);
    if (info.size() == 0)
        return Error::make(Error::Code::NotOurFile,
                           QCoreApplication::translate(
                               "Storage",
                               "%1 is empty (0 bytes), so it holds no Houqin data. If it should hold your "
                               "records, use your newest backup; to start a new database, name a file that "
                               "does not exist yet.")
                               .arg(QDir::toNativeSeparators(path)));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io, QCoreApplication::translate("Storage", "Cannot read %1: %2")
                                                .arg(QDir::toNativeSeparators(path), f.errorString()));
    const QByteArray head = f.read(105);
    if (!head.startsWith(QByteArray("SQLite format 3\0", 16)))
        return looksLikeOurs(f) ? damaged(path, badHeader()) : notSqlite(path);
    if (head.size() < 72)
        return damaged(path, cutShort());
    const quint32 appId = bigEndian(head, 68, 4);
    const quint32 version = bigEndian(head, 60, 4);
    const bool ours = appId == quint32(Database::kApplicationId);
    if (head.size() < 105)
        return ours || appId == 0 ? damaged(path, cutShort()) : foreign(path);
    const int schemaEntries = int(bigEndian(head, 103, 2));
    const bool blank = appId == 0 && version == 0 && schemaEntries == 0;
    if (!ours && !blank)
        return foreign(path);
    const quint32 rawPageSize = bigEndian(head, 16, 2);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return damaged(path, badHeader());
    if (version > quint32(migrations::latestVersion()))
        return tooNew(path, version);
    // A file in WAL mode (read and write version 2) never has a rollback journal of its own: a -journal
    // beside it is another file's, left there by a copy, and SQLite would write its pages into this one.
    const QString journal = path + QStringLiteral("-journal");
    if (quint8(head.at(18)) == 2 && hotJournal(journal))
        return Error::make(
            Error::Code::Io,
            QCoreApplication::translate(
                "Storage", "%1 has a rollback journal beside it (%2) that is not its own: Houqin keeps its "
                           "changes in a -wal file. Opening the database would copy that journal into it, so "
                           "Houqin has not opened it. Move %2 to another folder, then try again.")
                .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(journal)));
    // With changes waiting in a -wal or a -journal the file may legitimately be shorter for now: SQLite
    // completes it from them.
    if (hasContent(path + QStringLiteral("-wal")) || hasContent(path + QStringLiteral("-journal")))
        return {};
    const qint64 pages = bigEndian(head, 28, 4);
    const bool pagesValid = pages > 0 && bigEndian(head, 24, 4) == bigEndian(head, 92, 4);
    if (info.size() % pageSize != 0 || (pagesValid && pages * pageSize > info.size()))
        return damaged(path, cutShort());
    return {};
}

Result<qint64> pragma(sqlite3* handle, const char* name, const QString& path) {
    sqlite3_stmt* stmt = nullptr;
    const QByteArray sql = QByteArray("PRAGMA ") + name;
    int rc = sqlite3_prepare_v2(handle, sql.constData(), -1, &stmt, nullptr);
    qint64 value = 0;
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) {
            value = sqlite3_column_int64(stmt, 0);
            rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(stmt);
    if (rc == SQLITE_OK)
        return value;
    log::get("storage")->warn("{} on {}: {}", sql.constData(), log::s(path), sqlite3_errmsg(handle));
    switch (rc & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return damaged(path, QCoreApplication::translate("Storage", "SQLite cannot read it"));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return busy(path);
    default:
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("Storage", "Cannot open %1: %2")
                               .arg(QDir::toNativeSeparators(path), sqliteerrors::message(rc)));
    }
}

Status quickCheck(sqlite3* handle, const QString& path) {
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(handle, "PRAGMA quick_check(5)", -1, &stmt, nullptr);
    QStringList findings;
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW)
            findings << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
    }
    sqlite3_finalize(stmt);
    if (rc == SQLITE_DONE && findings == QStringList{QStringLiteral("ok")})
        return {};
    const QString detail =
        rc == SQLITE_DONE ? findings.join(QLatin1Char('\n')) : QString::fromUtf8(sqlite3_errmsg(handle));
    log::get("storage")->warn("quick_check of {} failed: {}", log::s(path), log::s(detail));
    if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
        return busy(path);
    Error e =
        damaged(path, QCoreApplication::translate("Storage", "SQLite's check found pages it cannot read"));
    e.detail = detail;
    return e;
}

} // namespace houqin::dbfile
