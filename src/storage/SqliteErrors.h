#pragma once

#include "domain/Result.h"

#include <QString>

namespace houqin::sqliteerrors {

// What a SQLite result code means for the person at the keyboard, translated (context "Storage"), so that
// SQLite's own English ("attempt to write a readonly database", "database disk image is malformed") never
// reaches a user; the English text still goes to the log with the SQL. Accepts primary and extended codes.
QString message(int sqliteCode);

// The Error::Code a SQLite result code belongs to: Busy for busy/locked, Damaged for a damaged file,
// ReadOnly for a file that cannot be written, Sql otherwise.
Error::Code codeOf(int sqliteCode);

} // namespace houqin::sqliteerrors
