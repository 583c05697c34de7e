#include "Restore.h"

#include "logging/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <sqlite3.h>
#include <unistd.h>

namespace houqin::restore {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("Storage", text);
}

enum class Checkpoint { Done, InUse, Failed };

// Moves the WAL's pages into the database file, so the file alone is the whole database. A connection of
// another program holds the WAL (SQLite deletes it when the last connection closes): then the checkpoint
// is busy, or the WAL is still there after ours closed.
Checkpoint checkpoint(const QString& dbPath) {
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(dbPath).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    bool busy = false;
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(db, 2000);
        int logFrames = 0, done = 0;
        rc = sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, &logFrames, &done);
        busy = (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED;
    }
    sqlite3_close_v2(db);
    if (busy)
        return Checkpoint::InUse;
    if (rc != SQLITE_OK)
        return Checkpoint::Failed;
    return QFile::exists(dbPath + QStringLiteral("-wal")) ? Checkpoint::InUse : Checkpoint::Done;
}

// Keeps the current file as `aside`: a hard link (instant, the same bytes), else a checked copy of the
// bytes (a file system without links).
Status keepAside(const QString& dbPath, const QString& aside) {
    if (::link(QFile::encodeName(dbPath).constData(), QFile::encodeName(aside).constData()) == 0)
        return checkedcopy::syncFolder(QFileInfo(aside).absolutePath());
    const QString partial = aside + QStringLiteral(".partial");
    QFile::remove(partial);
    if (!QFile::copy(dbPath, partial))
        return Error::make(Error::Code::Io,
                           tr("Cannot keep the current database as %1; nothing was restored.")
                               .arg(QDir::toNativeSeparators(aside)));
    if (Status s = checkedcopy::syncFile(partial); !s) {
        QFile::remove(partial);
        return s;
    }
    return checkedcopy::replace(partial, aside);
}
} // namespace

QString asideName(const QString& dbPath, const QDateTime& now) {
    return QFileInfo(dbPath).absoluteFilePath() + QStringLiteral(".before-restore-") +
           now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

Result<QString> run(const QString& backupPath, const QString& dbPath, const QDateTime& now,
                    const checkedcopy::Progress& progress) {
    const QFileInfo db(dbPath), backup(backupPath);
    if (db.exists() && backup.exists() && db.canonicalFilePath() == backup.canonicalFilePath())
        return Error::make(Error::Code::Usage, tr("The backup is the database itself."));
    if (auto checked = checkedcopy::inspect(backupPath); !checked)
        return checked.error();
    if (!QDir().mkpath(db.absolutePath()))
        return Error::make(
            Error::Code::Io,
            tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(db.absolutePath())));
    const QString copy =
        db.absoluteDir().filePath(QStringLiteral(".%1.restoring.%2").arg(db.fileName()).arg(::getpid()));
    QFile::remove(copy);
    if (Status s = checkedcopy::copy(backupPath, copy, progress); !s)
        return s.error();
    auto fail = [&](Error e) {
        QFile::remove(copy);
        return e;
    };
    QString aside;
    if (db.exists()) {
        const QString wal = db.absoluteFilePath() + QStringLiteral("-wal");
        const Checkpoint cp = checkpoint(db.absoluteFilePath());
        if (cp == Checkpoint::InUse)
            return fail(Error::make(
                Error::Code::Busy,
                tr("%1 is open in another Houqin window or program. Close it and restore again; nothing was "
                   "changed.")
                    .arg(QDir::toNativeSeparators(dbPath))));
        aside = asideName(dbPath, now);
        if (Status s = keepAside(db.absoluteFilePath(), aside); !s)
            return fail(s.error());
        // A damaged file's WAL could not be checkpointed: it goes with the file kept aside, so that the
        // restored file never meets it, and the old file can still be read with it.
        if (cp == Checkpoint::Failed && QFile::exists(wal)) {
            if (Status s = checkedcopy::replace(wal, aside + QStringLiteral("-wal")); !s)
                return fail(s.error());
        }
        QFile::remove(db.absoluteFilePath() + QStringLiteral("-shm"));
    }
    if (Status s = checkedcopy::replace(copy, db.absoluteFilePath()); !s)
        return fail(s.error());
    log::get("storage")->info("restored {} from {}; the old file is kept as {}", log::s(dbPath),
                              log::s(backupPath), log::s(aside));
    return aside;
}

} // namespace houqin::restore
