#pragma once

#include "domain/Actor.h"
#include "domain/RecordKind.h"
#include "domain/Result.h"

#include <QList>

namespace houqin {
class Database;
}

namespace houqin::safety {

// "A problem opens a hazard": for every line of a record whose lines kind declares it opens a hazard
// (RecordKind::opensHazard: a failed checklist item of an inspection, closing check or hygiene check; a
// patrol's problem) and that has no hazard yet, a hazard in the register (待指派) naming the record and line
// as its source, and the hazard's number written back into the line's hazard_id. A line that opened a repair
// instead (repair_id, storage/assets/LineRepairs) counts as open. onlyLines, when not empty, limits it to
// those lines (indexes into record.lines): the person chose a hazard for them. One transaction: all the
// hazards and the updated record, or nothing.
struct OpenedHazards {
    QList<qint64> hazardIds; // the hazards created, in line order
    int alreadyOpen = 0;     // such lines that had a hazard already
};
Result<OpenedHazards> openHazardsForLines(Database& db, const RecordKind& kind, qint64 recordId,
                                          const Actor& who, const QList<int>& onlyLines = {});

// The hazards the lines of `record` opened (by id), if any; for the details pane and reports.
QList<qint64> linkedHazards(const Record& record);

} // namespace houqin::safety
