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

} // namespace houqin::reports::assets
