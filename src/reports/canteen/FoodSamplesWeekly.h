#pragma once

#include "../ReportRegistry.h"

namespace houqin::reports::canteen {

// Report "food-samples-weekly" (留样登记表): the samples kept in a period, normally an ISO week, one row per
// sample in the order they were stored, with blanks for the sampler's and the reviewer's signatures.
ReportDef foodSamplesWeeklyReport();
Result<TableDocument> buildFoodSamplesWeekly(Database& db, const Period& period);

} // namespace houqin::reports::canteen
