#pragma once

#include "../ReportRegistry.h"

namespace houqin::reports::safety {

// Report "closing-checks-monthly" (放学后安全检查记录): one row per school day of the month (the school
// calendar) and campus, √/× per area of the closing-checks template, the checker and the problems; a school
// day without a check reads 未检查.
ReportDef closingChecksMonthlyReport();
Result<TableDocument> buildClosingChecksMonthly(Database& db, const Period& period);

// Report "safety-education-monthly" (安全教育活动记录): the month's theme, then per class in use its
// activities (date, form, teacher); a class without one that month reads 未开展.
ReportDef educationMonthlyReport();
Result<TableDocument> buildEducationMonthly(Database& db, const Period& period);

} // namespace houqin::reports::safety
