#pragma once

#include "domain/RecordKind.h"
#include "domain/Result.h"

#include <QHash>
#include <QList>

namespace houqin {

class Database;

// The item lines of a kind with lines (RecordKind::lines): read and written with their record, never on
// their own. Internal to the storage layer's repository, and used by exports that need lines of many
// records at once.
namespace recordlines {

// The lines of one record, in line order.
Result<QList<Record>> load(Database& db, const RecordKind& kind, qint64 recordId);
// The lines of many records, in one query per 500 ids; records without lines are absent from the map.
Result<QHash<qint64, QList<Record>>> loadMany(Database& db, const RecordKind& kind, const QList<qint64>& ids);
// Makes `lines` the record's lines, numbered 1..n in the given order. A line carrying the id of one of the
// record's stored lines is updated in place and keeps its id (and its photos); the others are inserted, and
// stored lines not given are deleted. Call inside the record's transaction.
Status write(Database& db, const RecordKind& kind, qint64 recordId, const QList<Record>& lines);

} // namespace recordlines
} // namespace houqin
