#pragma once

#include "../ReportRegistry.h"

// The assets module's reports: the register by campus and room with the totals the finance ledger is
// compared with (账账相符), the loans still out, and the 维修申报单 (blank and filled).
namespace houqin::reports::assets {

ReportDef assetRegisterReport();    // asset-register
ReportDef loansOutstandingReport(); // loans-outstanding
ReportDef repairFormReport();       // repair-form

Result<TableDocument> buildAssetRegister(Database& db, const Period& period);
Result<TableDocument> buildLoansOutstanding(Database& db, const Period& period);
Result<TableDocument> buildRepairForm(Database& db, const Period& period);
Result<TableDocument> buildBlankRepairForm(Database& db, const Period& period);

} // namespace houqin::reports::assets
