#pragma once

#include "../ReportRegistry.h"

namespace houqin::reports::staff {

// Report "patrol-weekly" (一日三巡记录表): the week's walk-through form of each administrator (a heading row
// per administrator: the active administrators of the staff list, and anyone else who recorded a round that
// week). One row per day Monday to Friday (and any other day with a round) and round: the areas walked
// through, the problems found, the merits, and the follow-up of each problem: the hazard's number, state and
// owner once one was opened, else "not registered". Blank (buildBlank): the same rows with empty cells for
// the paper round.
ReportDef patrolWeeklyReport();
Result<TableDocument> buildPatrolWeekly(Database& db, const Period& period);
Result<TableDocument> buildPatrolWeeklyBlank(Database& db, const Period& period);

} // namespace houqin::reports::staff
