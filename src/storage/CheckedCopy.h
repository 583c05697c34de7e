#pragma once

#include "domain/Result.h"

#include <QString>
#include <functional>

// Copies of whole SQLite files that are complete and checked, or absent (issue #14): what backups and
// restores are made of. Each function opens its own sqlite3 connection, so it may run on any thread
// (a Database is one per thread).
namespace houqin::checkedcopy {

// Called after each step with the pages copied so far and the file's pages; returning false cancels.
using Progress = std::function<bool(int done, int total)>;

// Copies the database at `source` into `target`, a new file: SQLite's online backup API, a few pages a
// step, inside one read transaction of the source, so the copy is one consistent moment even while others
// write; then PRAGMA integrity_check and journal_mode=DELETE on the copy (a single file, nothing beside
// it), then fsync. On failure or cancel (isCancelled) the target is removed. `target` must be
// in a folder that exists; it must not be renamed into place before this returns.
Status copy(const QString& source, const QString& target, const Progress& progress = {});

// The error of a copy stopped by its Progress returning false: nothing was written (Error::Code::Cancelled).
Error cancelledError();
bool isCancelled(const Error& e);

// What a file says of itself, read without changing it.
struct Facts {
    int userVersion = 0;
    qint64 size = 0;
};

// Checks a file meant to become a Houqin database: SQLite's magic and a Houqin application_id in its
// header (read before SQLite opens it), a schema not newer than this Houqin knows, and PRAGMA
// integrity_check ok on a read-only connection. Error::Code::NotOurFile, TooNew, or Io (damaged).
Result<Facts> inspect(const QString& path);

// fsync(2) of a file, and of a folder (so a rename in it survives a power cut).
Status syncFile(const QString& path);
Status syncFolder(const QString& folder);
// rename(2) `from` over `to` (atomic on one file system), then fsync of the folder.
Status replace(const QString& from, const QString& to);

} // namespace houqin::checkedcopy
