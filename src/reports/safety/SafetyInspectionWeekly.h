#pragma once

#include "../ReportRegistry.h"

namespace houqin::reports::safety {

// Report "safety-inspection-weekly" (每周安全检查表): the admin's weekly sheet, per campus (a heading row
// for each of the settings' campuses). Rows are the active items of the `inspections` checklist template in
// their order, grouped by area; one result column per school day Monday to Friday, then 备注.
// Filled: each day's inspections of the campus, √ 合格, × 不合格, / 不适用, a failed item's note (and its
// hazard's number) in 备注. Blank (buildBlank): the same sheet with empty result cells for the paper round.
ReportDef inspectionWeeklyReport();
Result<TableDocument> buildInspectionWeekly(Database& db, const Period& period);
Result<TableDocument> buildInspectionWeeklyBlank(Database& db, const Period& period);

// The printed mark of a checklist line's result: √ pass, × fail, / not applicable, empty otherwise.
QString resultMark(const QString& resultKey);

} // namespace houqin::reports::safety
