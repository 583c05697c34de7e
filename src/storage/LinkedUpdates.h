#pragma once

#include "domain/Actor.h"
#include "domain/RecordKind.h"
#include "domain/Result.h"

namespace houqin {

class Database;

// The kind's declared changes to other records for a record as written, after undoing those that the record
// as it was (`before`, null for an insert) caused and no longer does; validated and audited through the
// other kind's repository on the system's behalf, in the caller's transaction.
Status applyLinkedUpdates(Database& db, const RecordKind& kind, const Record& r, const Record* before,
                          const Actor& who);
// Deleting a record undoes its linked updates (LinkedUpdate::undo) in the records that still hold them.
Status undoLinkedUpdates(Database& db, const RecordKind& kind, const Record& deleted, const Actor& who);

} // namespace houqin
