#pragma once

#include "CheckedCopy.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QString>

// Putting a backup back in place of the database (issue #14). No connection to the database may be open:
// the GUI closes its own first, and another program's is found and refused.
namespace houqin::restore {

// The name the current file is kept under: "<file name>.before-restore-yyyyMMdd-HHmmss", beside it.
QString asideName(const QString& dbPath, const QDateTime& now);

// Restores `backupPath` as the database at `dbPath`:
// 1. checks the backup (checkedcopy::inspect: a Houqin file, not newer, integrity_check ok);
// 2. copies it beside the database as a hidden file (checked again, fsync);
// 3. checkpoints the current file's WAL into it, refusing when another program has it open, and keeps
//    it as asideName (a hard link, else a copy; a WAL that could not be checkpointed goes with it);
// 4. renames the copy over the database (atomic) and syncs the folder.
// At every moment the database is the old file or the restored one, never a half-restored one. Returns the
// path the old file is kept under (empty when there was none).
Result<QString> run(const QString& backupPath, const QString& dbPath, const QDateTime& now,
                    const checkedcopy::Progress& progress = {});

} // namespace houqin::restore
