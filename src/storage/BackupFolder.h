#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"

#include <QString>

namespace houqin {
class Database;
}

// Where a database's backups go. The folder is a setting of the database (the settings table's key
// `backup.folder`, kept apart from KindergartenSettings, whose save leaves keys it does not know alone;
// empty = "backups" beside the database, a relative folder is taken from the database's folder). It is also
// remembered outside the file, in this PC's QSettings keyed by the database's absolute path, because the
// folder must be known when the database itself cannot be read: a damaged file is restored from there, and a
// migration's backup is taken before the settings are read.
namespace houqin::backupfolder {

// "<database's folder>/backups".
QString defaultFor(const QString& dbPath);
// The folder a setting names for this database: empty = defaultFor, relative = from the database's folder.
QString resolve(const QString& dbPath, const QString& setting);
// The folder remembered on this PC for the database, else defaultFor. Reads no database.
QString remembered(const QString& dbPath);
// Why a folder cannot be the setting (control characters, over 1000 characters), translated; empty = fine.
QString problem(const QString& folder);
// The setting as stored (empty when none).
QString setting(Database& db);
// Stores the setting (audited as a change of the settings); Error::Code::Validation for a folder that is
// not a usable path (control characters, over 1000 characters). Remembers it on this PC.
Status save(Database& db, const QString& folder, const Actor& who);
// The database's setting, resolved; remembered on this PC when it differs from what was remembered.
QString of(Database& db);
void remember(const QString& dbPath, const QString& folder);

} // namespace houqin::backupfolder
