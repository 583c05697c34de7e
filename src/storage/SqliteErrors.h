#pragma once

#include "domain/Result.h"

#include <QString>

struct sqlite3;

namespace houqin::sqliteerrors {

// What a SQLite result code means for the person at the keyboard, translated (context "Storage"), so that
// SQLite's own English ("attempt to write a readonly database", "database disk image is malformed") never
// reaches a user; the English text still goes to the log with the SQL. Accepts primary and extended codes.
QString message(int sqliteCode);

// The Error::Code a SQLite result code belongs to: Busy for busy/locked, Damaged for a damaged file,
// ReadOnly for a file that cannot be written, Sql otherwise.
Error::Code codeOf(int sqliteCode);

// The Error of a statement run on the sqlite3 C API (Rows, Statement) that failed, as Query makes it from
// Qt's error: code, translated message, SQLite's text as detail, the SQL and the function, and whether a
// constraint refused it. rc: a result code of the caller's own (a bind's); 0 = the connection's last error.
Error failure(sqlite3* handle, int rc, const QString& sql, const char* where);

} // namespace houqin::sqliteerrors
