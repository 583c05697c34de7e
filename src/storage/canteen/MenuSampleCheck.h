#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace houqin {
class Database;
}

namespace houqin::canteen {

// A meal that has dishes on the day's menu but no food sample that day: every dish of every meal is
// sampled, so this is a gap in the sample record (or a menu that was changed without saying so).
struct MealWithoutSamples {
    QDate date;
    QString meal;   // the meal's choice key
    QString dishes; // as on the menu
};

// Every such meal from `from` to `to` (inclusive), in date and menu order. Any campus's menu counts, and
// any sample of the meal that day covers it.
Result<QList<MealWithoutSamples>> mealsWithoutSamples(Database& db, QDate from, QDate to);

} // namespace houqin::canteen
