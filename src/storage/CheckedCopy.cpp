#include "CheckedCopy.h"

#include "Database.h"
#include "Migrations.h"
#include "SqliteErrors.h"
#include "logging/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

namespace houqin::checkedcopy {

namespace {
// 256 pages of 4 KiB: a step of about 1 MiB, a progress report every few milliseconds.
constexpr int kPagesPerStep = 256;

QString tr(const char* text) {
    return QCoreApplication::translate("Storage", text);
}

// The connection closes whatever happens.
struct Connection {
    sqlite3* db = nullptr;
    ~Connection() { sqlite3_close_v2(db); }
    int open(const QString& path, int flags) {
        const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr);
        if (db)
            sqlite3_busy_timeout(db, 5000);
        return rc;
    }
    QString error() const { return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString(); }
};

// Reading the source (or a file to inspect) failed.
Error readError(int rc, const QString& path, const QString& detail) {
    log::get("storage")->warn("cannot read {}: {} ({})", log::s(path), log::s(detail), rc);
    Error e =
        Error::make(sqliteerrors::codeOf(rc),
                    tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), sqliteerrors::message(rc)));
    e.detail = detail;
    return e;
}

// Writing the copy failed: nothing else was touched, and the message says so.
Error writeError(int rc, const QString& target, const QString& detail) {
    log::get("storage")->warn("cannot write the copy {}: {} ({})", log::s(target), log::s(detail), rc);
    const QString shown = QDir::toNativeSeparators(target);
    QString text;
    switch (rc & 0xff) {
    case SQLITE_FULL:
    case SQLITE_IOERR:
        text = tr("Could not write %1: the disk is full or could not be written.").arg(shown);
        break;
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        text = tr("Cannot create %1: check that the folder exists and may be written.").arg(shown);
        break;
    default:
        text = tr("Could not copy to %1 (SQLite error %2).").arg(shown).arg(rc);
    }
    Error e = Error::make(Error::Code::Io, text + QLatin1Char(' ') +
                                               tr("The database and the earlier backups are unchanged."));
    e.detail = detail;
    return e;
}

// Every row of integrity_check, or "ok".
QStringList integrityProblems(sqlite3* db, int* rcOut) {
    QStringList problems;
    sqlite3_stmt* st = nullptr;
    int rc = sqlite3_prepare_v2(db, "PRAGMA integrity_check(20)", -1, &st, nullptr);
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        if ((rc = sqlite3_step(st)) != SQLITE_ROW)
            break;
        const QString line = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        if (line != QStringLiteral("ok"))
            problems << line;
    }
    sqlite3_finalize(st);
    *rcOut = rc == SQLITE_DONE ? SQLITE_OK : rc;
    return problems;
}

quint32 bigEndian32(const QByteArray& bytes, int offset) {
    quint32 v = 0;
    for (int i = 0; i < 4; ++i)
        v = (v << 8) | quint8(bytes.at(offset + i));
    return v;
}

void removeCopy(const QString& target) {
    QFile::remove(target);
    QFile::remove(target + QStringLiteral("-journal"));
}
} // namespace

Status copy(const QString& source, const QString& target, const Progress& progress) {
    Connection src;
    if (int rc = src.open(source, SQLITE_OPEN_READONLY); rc != SQLITE_OK)
        return readError(rc, source, src.error());
    // One read transaction for the whole copy: every step reads the same snapshot (WAL), so the backup
    // never restarts and is one moment of the file.
    if (int rc =
            sqlite3_exec(src.db, "BEGIN; SELECT count(*) FROM sqlite_schema;", nullptr, nullptr, nullptr);
        rc != SQLITE_OK)
        return readError(rc, source, src.error());
    Status result;
    {
        Connection dst;
        if (int rc = dst.open(target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE); rc != SQLITE_OK) {
            removeCopy(target);
            return writeError(rc, target, dst.error());
        }
        sqlite3_backup* backup = sqlite3_backup_init(dst.db, "main", src.db, "main");
        if (!backup) {
            result = writeError(sqlite3_errcode(dst.db), target, dst.error());
        } else {
            int rc = SQLITE_OK;
            bool cancelled = false;
            while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
                rc = sqlite3_backup_step(backup, kPagesPerStep);
                const int total = sqlite3_backup_pagecount(backup);
                if (progress && !progress(total - sqlite3_backup_remaining(backup), total)) {
                    cancelled = true;
                    break;
                }
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    QThread::msleep(50);
            }
            const int finish = sqlite3_backup_finish(backup);
            if (cancelled)
                result = cancelledError();
            else if (rc != SQLITE_DONE)
                result = writeError(rc, target, dst.error());
            else if (finish != SQLITE_OK)
                result = writeError(finish, target, dst.error());
        }
        if (result) {
            // The copy is a single file, whatever the source's journal mode; then it is read back.
            int rc = sqlite3_exec(dst.db, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
            if (rc != SQLITE_OK)
                result = writeError(rc, target, dst.error());
            else if (const QStringList problems = integrityProblems(dst.db, &rc); rc != SQLITE_OK)
                result = writeError(rc, target, dst.error());
            else if (!problems.isEmpty())
                result = Error::make(Error::Code::Io,
                                     tr("The copy %1 does not pass the integrity check: %2")
                                         .arg(QDir::toNativeSeparators(target), problems.first()));
        }
    }
    sqlite3_exec(src.db, "COMMIT", nullptr, nullptr, nullptr);
    if (result)
        result = syncFile(target);
    if (!result)
        removeCopy(target);
    return result;
}

Error cancelledError() {
    return Error::make(Error::Code::Cancelled, tr("Cancelled; nothing was written."),
                       QStringLiteral("cancelled"));
}

bool isCancelled(const Error& e) {
    return e.code == Error::Code::Cancelled;
}

Result<Facts> inspect(const QString& path) {
    const QString shown = QDir::toNativeSeparators(path);
    QFileInfo info(path);
    if (!info.exists())
        return Error::make(Error::Code::Io, tr("%1 does not exist.").arg(shown));
    if (!info.isFile())
        return Error::make(Error::Code::NotOurFile, tr("%1 is not a file.").arg(shown));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io, tr("Cannot read %1: %2").arg(shown, f.errorString()));
    const QByteArray head = f.read(100);
    f.close();
    if (!head.startsWith(QByteArray("SQLite format 3\0", 16)) || head.size() < 100)
        return Error::make(Error::Code::NotOurFile,
                           tr("%1 is not a Houqin database (it is not a SQLite file).").arg(shown));
    if (bigEndian32(head, 68) != quint32(Database::kApplicationId))
        return Error::make(Error::Code::NotOurFile,
                           tr("%1 is a SQLite database of another program, not of Houqin.").arg(shown));
    Facts facts;
    facts.userVersion = int(bigEndian32(head, 60));
    facts.size = info.size();
    if (facts.userVersion > migrations::latestVersion())
        return Error::make(Error::Code::TooNew,
                           tr("%1 was written by a newer version of Houqin (schema %2; this version knows up "
                              "to %3). Install the newer version to open it.")
                               .arg(shown)
                               .arg(facts.userVersion)
                               .arg(migrations::latestVersion()));
    Connection c;
    if (int rc = c.open(path, SQLITE_OPEN_READONLY); rc != SQLITE_OK)
        return readError(rc, path, c.error());
    int rc = SQLITE_OK;
    const QStringList problems = integrityProblems(c.db, &rc);
    if (rc != SQLITE_OK || !problems.isEmpty()) {
        log::get("storage")->warn("{} fails the integrity check: {} {}", log::s(path), rc,
                                  log::s(problems.join(QLatin1Char(' '))));
        return Error::make(Error::Code::Io,
                           tr("%1 is damaged (it does not pass SQLite's integrity check).").arg(shown));
    }
    return facts;
}

Status syncFile(const QString& path) {
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        if (fd >= 0)
            ::close(fd);
        return Error::make(Error::Code::Io,
                           tr("Cannot write %1 to disk: %2").arg(QDir::toNativeSeparators(path), why));
    }
    ::close(fd);
    return {};
}

Status syncFolder(const QString& folder) {
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return Error::make(Error::Code::Io, tr("Cannot open the folder %1: %2")
                                                .arg(QDir::toNativeSeparators(folder),
                                                     QString::fromLocal8Bit(std::strerror(errno))));
    // Some file systems (network shares) do not sync folders; the rename is done either way.
    ::fsync(fd);
    ::close(fd);
    return {};
}

Status replace(const QString& from, const QString& to) {
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return Error::make(Error::Code::Io,
                           tr("Cannot rename %1 to %2: %3")
                               .arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to),
                                    QString::fromLocal8Bit(std::strerror(errno))));
    return syncFolder(QFileInfo(to).absolutePath());
}

} // namespace houqin::checkedcopy
