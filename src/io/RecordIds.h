#pragma once

#include "domain/FieldDef.h"
#include "domain/RecordKind.h"

#include <QString>

namespace houqin {
class Database;
}

// Internal to houqin_io: the identity column of an export, which lets an import of the same file update
// the records it came from instead of adding them again.
namespace houqin::io::detail {

// The column: key "id", label "Record ID" (记录编号).
const FieldDef& idField();

// "<first 8 hex digits of the database's id>-<record id>", e.g. "3f2a9c1e-1207"; empty when the database
// has no identity (a read-only file that never had one).
QString recordIdText(const Database& db, qint64 id);

// What an id cell says about a row.
struct ParsedId {
    enum class Kind { Empty, Ours, OtherDatabase, Malformed } kind = Kind::Empty;
    qint64 id = 0;
};
ParsedId parseRecordId(const Database& db, const QString& cell);

// Whether a record read from a file holds the same values (and lines) as the stored one, compared as
// canonical text so that 130 and 130.0 are equal.
bool sameValues(const RecordKind& kind, const Record& a, const Record& b);

} // namespace houqin::io::detail
