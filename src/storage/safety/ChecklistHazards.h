#pragma once

#include "domain/Actor.h"
#include "domain/RecordKind.h"
#include "domain/Result.h"

#include <QList>

namespace houqin {
class Database;
}

namespace houqin::safety {

// "A failed item opens a hazard": for every failed line of a checked record (an inspection, a closing
// check, a hygiene check) that has no hazard yet, a hazard in the register (待指派) naming the record and
// line as its source, and the hazard's number written back into the line. One transaction: all the
// hazards and the updated record, or nothing.
struct OpenedHazards {
    QList<qint64> hazardIds; // the hazards created, in line order
    int alreadyOpen = 0;     // failed lines that had a hazard already
};
Result<OpenedHazards> openHazardsForFailedItems(Database& db, const RecordKind& kind, qint64 recordId,
                                                const Actor& who);

// The hazard a line of `record` opened (by id), if any; for the details pane and reports.
QList<qint64> linkedHazards(const Record& record);

} // namespace houqin::safety
