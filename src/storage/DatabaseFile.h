#pragma once

#include "domain/Result.h"

#include <QString>

struct sqlite3;

// What a database file is, found before and while Database::open opens it, and the messages people read
// about it. Everything here only reads: a file that is damaged, someone else's, newer, or cannot be written
// is left byte for byte as it was, with no -wal, -shm or -journal created beside it.
namespace houqin::dbfile {

// Identifies the file from its bytes before SQLite touches it (SQLite would roll back a hot journal beside
// it on the first read, changing someone else's file). Ok for a missing file, a Houqin file or a blank
// SQLite file; otherwise Error::Code::NotOurFile (not SQLite, another program's SQLite, empty, a folder),
// Damaged (cut short, a bad header) or TooNew.
Status identify(const QString& path);

// The folder the file lives in must exist, except for the default path, whose folder is created
// (createFolder). A missing folder is refused rather than created: a mistyped --db would otherwise make
// an empty database somewhere unexpected.
Status checkFolder(const QString& path, bool createFolder);

// Whether an existing file can only be read: the file itself, or its folder (where SQLite puts its -wal
// and -shm files), cannot be written.
bool cannotWrite(const QString& path);

// The name to give the Qt SQLite driver (with QSQLITE_OPEN_URI) for opening read-only: immutable when no
// -wal holds changes, so that SQLite creates no -wal or -shm beside a file it may not change; otherwise
// plain read-only, since the changes in the -wal must be read.
QString readOnlyUri(const QString& path);

// Checks an opened Houqin file with SQLite's quick_check (b-tree structure of every page; about 0.8 s for a
// ten-year file). Damaged with SQLite's own findings in Error::detail; Busy when another program holds the
// file locked.
Status quickCheck(sqlite3* handle, const QString& path);

// Reads an integer pragma through the C handle, so that a failure keeps SQLite's result code: the value, or
// an Error (Damaged for an unreadable file, Busy for a locked one, NotOurFile otherwise).
Result<qint64> pragma(sqlite3* handle, const char* name, const QString& path);

// The messages, each naming the file and saying what to do (context "Storage").
Error damaged(const QString& path, const QString& what);
Error foreign(const QString& path);
Error tooNew(const QString& path, qint64 version);
Error busy(const QString& path);
// The refusal of a change to a file open read-only: what cannot be done (e.g. "import").
Error readOnly(const QString& path, const QString& what);
// The note shown while a file is open read-only.
QString readOnlyNote(const QString& path);

} // namespace houqin::dbfile
