#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace houqin {
class Database;
}

// Monthly figures of the canteen module for its charts, added up in SQL (one GROUP BY per chart) so
// that ten years of daily tests cost one short query.
namespace houqin::canteen {

// The pesticide tests of one month.
struct PesticideMonth {
    QDate month; // its first day
    int tests = 0;
    int positive = 0; // inhibition rate at or above KindergartenSettings::pesticideThresholdPct
    // positive / tests in %, empty without tests.
    std::optional<double> positivePercent() const {
        return tests > 0 ? std::optional<double>(100.0 * positive / tests) : std::nullopt;
    }
};

// One entry per calendar month from fromMonth's to toMonth's (both inclusive, any day of the month),
// months without tests included with zeros, in order. Positive uses the settings' threshold, like the
// kind's derived result.
Result<QList<PesticideMonth>> pesticideTestsByMonth(Database& db, QDate fromMonth, QDate toMonth);

// The canteen account of one month.
struct AccountMonth {
    QDate month;           // its first day
    bool recorded = false; // an account exists for the month
    qint64 incomeFen = 0, expensesFen = 0;
    qint64 balanceFen() const { return incomeFen - expensesFen; }
};

// One entry per calendar month, as pesticideTestsByMonth; months without an account are not recorded.
Result<QList<AccountMonth>> canteenAccountsByMonth(Database& db, QDate fromMonth, QDate toMonth);

// The months a chart covers, as first days.
struct ChartPeriod {
    QDate from, to;
    QString semester; // the plan's semester the period comes from; empty otherwise
};

// The semester holding today (the plan's semesters, else the settings' semester start when it is at most
// six months before), from its first month up to and including this month, or its last month once it has
// ended. Without a semester: lastTwelveMonths().
Result<ChartPeriod> semesterToDate(Database& db);
// This month and the eleven before it.
ChartPeriod lastTwelveMonths(QDate today);
// The first days of the months from `from`'s to `to`'s, in order; empty when to is before from.
QList<QDate> monthsBetween(QDate from, QDate to);

} // namespace houqin::canteen
