#pragma once

#include "../RecordKind.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace houqin::canteen {

// 伙食收支: one month's canteen income and expenses, in whole fen. The month is stored as its first day
// (2026-09-01 for September 2026), so date ranges, sorting and the semester's months work like any date;
// other days are refused with a message naming the first of the month. One account per month.
const RecordKind& canteenAccountsKind();

// The expense fields, in form order.
const QStringList& expenseFields();
qint64 totalExpenses(const Record& account);
qint64 balance(const Record& account); // income - expenses; negative = deficit

// Income against spending over any number of months. Meal fees are for meals only: over a semester the
// surplus or deficit should stay within KindergartenSettings::accountsTolerancePct of income.
struct AccountsSummary {
    int months = 0;
    qint64 income = 0, expenses = 0, balance = 0; // fen
    // balance / income in hundredths of a percent, rounded half away from zero (201 = 2.01%); empty when
    // there is no income.
    std::optional<qint64> basisPoints;
    // |percentage| at most the tolerance, comparing the percentage as shown (two decimals), so 2.00% is
    // within a 2% limit and 2.01% is outside. Without income: within only when nothing was spent either.
    bool withinTolerance = true;

    std::optional<double> percent() const {
        return basisPoints ? std::optional<double>(double(*basisPoints) / 100.0) : std::nullopt;
    }
};
AccountsSummary summariseAccounts(const QList<Record>& months, double tolerancePct);
// The same test for one balance.
bool balanceWithinTolerance(qint64 balanceFen, qint64 incomeFen, double tolerancePct);
std::optional<qint64> balanceBasisPoints(qint64 balanceFen, qint64 incomeFen);

} // namespace houqin::canteen
