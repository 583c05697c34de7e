#pragma once

#include "domain/Actor.h"
#include "domain/RecordKind.h"
#include "domain/Result.h"

#include <QList>

namespace houqin {
class Database;
}

namespace houqin::assets {

// "A failed item opens a repair": the repair-request side of storage/safety/LineHazards. For every line of a
// record whose lines kind declares it can open a repair (RecordKind::opensRepair: a failed facility check
// item) and that has opened neither a repair nor a hazard, a repair request (待派工) in the repairs list with
// the record's date, campus and checker, the line's area as the place and its item and note as the fault,
// and the repair's number written back into the line's repair_id. onlyLines, when not empty, limits it to
// those lines (indexes into the record's lines): the person chose a repair for them and a hazard for others.
// The line's photos are copied to the repair. One transaction: all the repairs and the record, or nothing.
struct OpenedRepairs {
    QList<qint64> repairIds; // the repairs created, in line order
    int alreadyOpen = 0;     // such lines that had a repair or a hazard already
};
Result<OpenedRepairs> openRepairsForLines(Database& db, const RecordKind& kind, qint64 recordId,
                                          const Actor& who, const QList<int>& onlyLines = {});

} // namespace houqin::assets
