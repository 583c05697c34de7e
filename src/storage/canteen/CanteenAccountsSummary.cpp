#include "CanteenAccountsSummary.h"

#include "domain/canteen/CanteenCommon.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/plan/SemesterService.h"

namespace houqin::canteen {

Result<AccountsSummary> summariseAccounts(Database& db, QDate from, QDate to) {
    ListQuery q;
    q.from = from;
    q.to = to;
    auto months = RecordRepository(db, canteenAccountsKind()).list(q);
    if (!months)
        return months.error();
    return summariseAccounts(*months, db.settings().accountsTolerancePct);
}

Result<SemesterAccounts> semesterAccountsTo(Database& db, QDate month) {
    SemesterAccounts out;
    out.to = firstOfMonth(month);
    out.from = out.to;
    auto semester = plan::SemesterService(db).forDay(out.to);
    if (!semester)
        return semester.error();
    const QDate settingsStart = firstOfMonth(db.settings().semesterStart);
    if (*semester && (*semester)->start.isValid() && firstOfMonth((*semester)->start) <= out.to) {
        out.semester = (*semester)->name;
        out.from = firstOfMonth((*semester)->start);
    } else if (settingsStart.isValid() && settingsStart <= out.to && settingsStart.addMonths(6) > out.to) {
        out.from = settingsStart;
    }
    auto summary = summariseAccounts(db, out.from, out.to);
    if (!summary)
        return summary.error();
    out.summary = *summary;
    return out;
}

} // namespace houqin::canteen
