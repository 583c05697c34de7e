#pragma once

#include "../ReportRegistry.h"
#include "domain/assets/StocktakeCount.h"

// The assets module's reports: the register by campus and room with the totals the finance ledger is
// compared with (账账相符), the loans still out, the 维修申报单 (blank and filled), the stocktake sheet and
// result, and the sheets of QR labels.
namespace houqin::reports::assets {

ReportDef assetRegisterReport();    // asset-register
ReportDef loansOutstandingReport(); // loans-outstanding
ReportDef repairFormReport();       // repair-form
ReportDef stocktakeSheetReport();   // stocktake-sheet (--campus, --room)
ReportDef stocktakeResultReport();  // stocktake-result (--id)
ReportDef assetLabelsReport();      // asset-labels (--campus, --room, --codes)
ReportDef facilityWeeklyReport();   // facility-inspection-weekly (FacilityReports.cpp)
ReportDef utilitiesMonthlyReport(); // utilities-monthly (FacilityReports.cpp)

Result<TableDocument> buildAssetRegister(Database& db, const Period& period);
Result<TableDocument> buildLoansOutstanding(Database& db, const Period& period);
Result<TableDocument> buildRepairForm(Database& db, const Period& period);
Result<TableDocument> buildBlankRepairForm(Database& db, const Period& period);
Result<TableDocument> buildStocktakeSheet(Database& db, const Period& period, const ReportOptions& options);
Result<TableDocument> buildStocktakeResult(Database& db, const Period& period, const ReportOptions& options);
Result<TableDocument> buildAssetLabels(Database& db, const Period& period, const ReportOptions& options);

// Shared by the stocktake sheet and the labels: the --campus and --room options, and the assets of the
// register they pick (not written off), by campus, room and code.
QList<ReportOption> placeOptions();
Result<QList<houqin::assets::RegisterEntry>> registerAt(Database& db, const ReportOptions& options);
// The weekly facility sheet: per campus, one section per level (日检 / 周检 / 月检) of that level's
// checklist, a column per school day; blank for the paper round, filled from the facility checks.
Result<TableDocument> buildFacilityWeekly(Database& db, const Period& period);
Result<TableDocument> buildFacilityWeeklyBlank(Database& db, const Period& period);
// Water and electricity use per campus and meter, one column per month: the twelve months ending with the
// period's (last) month, with each campus's total per type where it has several meters.
Result<TableDocument> buildUtilitiesMonthly(Database& db, const Period& period);
// The first and last month (their first days) utilities-monthly covers for `period` on `today`.
QPair<QDate, QDate> utilitiesMonths(const Period& period, QDate today);

} // namespace houqin::reports::assets
