#pragma once

#include "../ReportRegistry.h"

namespace houqin::reports::canteen {

// Report "deliveries-register" (出入库验收登记表): a day's or a week's deliveries, one row per item line,
// with the two signers and blank columns for their signatures, as the canteen keeps it on paper.
ReportDef deliveriesRegisterReport();
Result<TableDocument> buildDeliveriesRegister(Database& db, const Period& period);

// Report "weekly-menu" (幼儿一周食谱): the week's menu as a grid, meals down the side and days across, in
// large type for the lobby board (园务公开栏) and as HTML for the website. With menus of two campuses, each
// campus has its own rows.
ReportDef weeklyMenuReport();
Result<TableDocument> buildWeeklyMenu(Database& db, const Period& period);

} // namespace houqin::reports::canteen
