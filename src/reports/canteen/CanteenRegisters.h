#pragma once

#include "../ReportRegistry.h"

namespace houqin::reports::canteen {

// The canteen module's registers (台账): one row per record of a period, normally a month, in date order,
// with the columns an inspector checks and signature blanks.

// Report "pesticide-monthly" (农药残留检测登记表): the month's tests with results and handling.
ReportDef pesticideMonthlyReport();
Result<TableDocument> buildPesticideMonthly(Database& db, const Period& period);

// Report "morning-checks-monthly" (晨检登记表): every canteen worker's morning check of the month.
ReportDef morningChecksMonthlyReport();
Result<TableDocument> buildMorningChecksMonthly(Database& db, const Period& period);

// Report "meal-accompaniment-monthly" (陪餐记录表): the month's meals with a leader, with ratings.
ReportDef mealAccompanimentMonthlyReport();
Result<TableDocument> buildMealAccompanimentMonthly(Database& db, const Period& period);

} // namespace houqin::reports::canteen
