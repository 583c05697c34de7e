#pragma once

#include "domain/Actor.h"
#include "domain/RecordKind.h"
#include "domain/Result.h"
#include "domain/assets/StocktakeCount.h"

#include <QHash>
#include <QList>

namespace houqin {
class Database;
}

// What the stocktake screen, the demo data and the reports share: the register read once for counting,
// the stocktake stored with its lines, and the register corrected from a stocktake's lines.
namespace houqin::assets {

// Every asset of the register (all campuses, written off too), with one query over the columns a stocktake
// needs: 2,000 assets are read in milliseconds, then every scan is answered from memory.
Result<QList<RegisterEntry>> loadRegister(Database& db);

// Each asset's name by its code, for a stored stocktake's lines (its result tab and printed result).
Result<QHash<QString, QString>> registerNames(Database& db);

// Stores a stocktake: `header` (date, campus, rooms, counter, note) with count.lines(), validated and
// audited through the repository. Returns its id.
Result<qint64> saveStocktake(Database& db, Record header, const StocktakeCount& count, const Actor& who);

// Whether a line of a stored stocktake offers a register correction: a moved asset (its campus and room set
// to where it was counted) or a missing one (its status set to 闲置 with a note), not yet corrected.
bool offersCorrection(const Record& line);

// Corrects the register from lines of a stocktake (0-based indexes; lines that offer none are skipped):
// each asset is a normal audited edit through the assets repository, and each line corrected gets today in
// corrected_on, all in one transaction. Returns how many assets were changed.
Result<int> correctRegister(Database& db, qint64 stocktakeId, const QList<int>& lineIndexes,
                            const Actor& who);

} // namespace houqin::assets
