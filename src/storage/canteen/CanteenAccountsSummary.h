#pragma once

#include "domain/Result.h"
#include "domain/canteen/CanteenAccounts.h"

#include <QDate>
#include <QString>

namespace houqin {
class Database;
}

namespace houqin::canteen {

// The canteen accounts of the months whose first day lies in [from, to], added up, judged against the
// kindergarten's tolerance (KindergartenSettings::accountsTolerancePct).
Result<AccountsSummary> summariseAccounts(Database& db, QDate from, QDate to);

// The semester to date, as the monthly notice shows it: from the first month of the semester holding
// `month` (the plan's semesters; else the settings' semester start when it is at most six months
// before) up to and including `month`. Without either, the month alone.
struct SemesterAccounts {
    QString semester; // the semester's name, empty when it came from the settings or is unknown
    QDate from, to;   // first days of the first and last month
    AccountsSummary summary;
};
Result<SemesterAccounts> semesterAccountsTo(Database& db, QDate month);

} // namespace houqin::canteen
