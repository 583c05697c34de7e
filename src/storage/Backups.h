#pragma once

#include "CheckedCopy.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace houqin {
class Database;
}

// Backups of a database file (issue #14). A backup is `<database name>-yyyyMMdd-HHmmss.sqlite` in the
// backup folder (backupfolder::), the time local and sortable. It is written as a hidden `.partial` file
// beside it (checkedcopy::copy: online backup API, integrity_check, fsync) and renamed into place, so a
// backup is complete and checked, or absent: a process killed or a disk full on the way leaves a partial
// file at most, never a backup, and the earlier backups and the database are not touched.
namespace houqin::backups {

struct Backup {
    QString path;
    QDateTime taken; // from the name
    qint64 size = 0;
};

QString fileName(const QString& dbPath, const QDateTime& taken);
// The database's backups in `folder`, newest first (files named as fileName makes them; others are left
// out, whatever they are).
QList<Backup> list(const QString& folder, const QString& dbPath);
// The newest backup that passes checkedcopy::inspect (a Houqin file, not newer, integrity_check ok).
std::optional<Backup> newestGood(const QString& folder, const QString& dbPath);

// Makes a backup of the database file into `folder` (created when missing), then removes the backups the
// retention (backuppolicy::toKeep) no longer keeps, and partial files of earlier runs. ":memory:" has none.
Result<Backup> make(const QString& dbPath, const QString& folder, const QDateTime& now,
                    const checkedcopy::Progress& progress = {});
// A backup to a file of the person's choosing (`houqin backup -o FILE`): the same checked copy, written
// beside the file and renamed over it. Not counted among the folder's backups; never the database itself.
Status makeFile(const QString& dbPath, const QString& target, const checkedcopy::Progress& progress = {});
// Removes the backups in `folder` that the retention does not keep; returns their paths.
QStringList prune(const QString& folder, const QString& dbPath);

// The daily backup, when the app or a writing command opens the database: due when the newest backup in
// the database's folder is a day old or more (backuppolicy::isDue, at db.now()); never for ":memory:".
// What to back up is read from the Database on its thread; make() may then run on another.
struct Due {
    QString dbPath;
    QString folder;
    QDateTime now;
};
std::optional<Due> due(Database& db);
// due() then make(): nothing when none is due; the backup made; or the error, which the caller reports
// and goes on.
Result<std::optional<Backup>> makeIfDue(Database& db);
// Before Database::open migrates a file from `fromVersion`: always a backup, into the remembered folder
// (the settings table is not read before the migration). A failure does not stop the upgrade: it is logged
// and kept for takeWarnings.
void beforeMigration(const QString& dbPath, int fromVersion, const QDateTime& now);
// What opening the database went through without stopping and the person should read once (a failed
// backup before a migration), taken by the GUI's status bar or the CLI's stderr; then forgotten.
QStringList takeWarnings(const QString& dbPath);

} // namespace houqin::backups
