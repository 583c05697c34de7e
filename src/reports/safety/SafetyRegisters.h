#pragma once

#include "../ReportRegistry.h"

namespace houqin::reports::safety {

// The safety module's registers (台账): one row per record of the period, in date order, with the columns a
// paper register has and its signature lines.

// Report "hazard-register" (隐患排查整改台账): the hazards found in the period (normally a month) with
// owner, deadline, state and verification; 逾期 for those past their deadline and not closed as of the
// period's end or today, whichever is earlier (on the deadline day itself not overdue); a summary line.
ReportDef hazardRegisterReport();
Result<TableDocument> buildHazardRegister(Database& db, const Period& period);

// Report "visitor-register" (来访登记表): a day's, week's or month's visitors, ID numbers masked as in the
// list, with the admission column.
ReportDef visitorRegisterReport();
Result<TableDocument> buildVisitorRegister(Database& db, const Period& period);

// Report "duty-roster" (值班表): a month's duty (the winter holiday is printed as its months).
ReportDef dutyRosterReport();
Result<TableDocument> buildDutyRoster(Database& db, const Period& period);

// Report "drills-register" (应急演练记录): a month's emergency drills.
ReportDef drillsRegisterReport();
Result<TableDocument> buildDrillsRegister(Database& db, const Period& period);

} // namespace houqin::reports::safety
