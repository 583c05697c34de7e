#pragma once

#include "../ReportRegistry.h"

namespace houqin::reports::canteen {

// Notices for the lobby board (大厅展板, 园务公开栏), printed large enough to read from a few steps away.

// Report "pesticide-notice" (农药残留检测结果公示): one day's tests, each sample with its rate and result,
// the tester and a signature line.
ReportDef pesticideNoticeReport();
Result<TableDocument> buildPesticideNotice(Database& db, const Period& period);

// Report "canteen-accounts-notice" (伙食收支公示): one month's income and expenses by category, the
// balance, and the semester to date against the ±2% limit. A month without an account is refused.
ReportDef canteenAccountsNoticeReport();
Result<TableDocument> buildCanteenAccountsNotice(Database& db, const Period& period);

// How much larger than a register the notices print.
inline constexpr double kNoticeFontScale = 1.8;

} // namespace houqin::reports::canteen
