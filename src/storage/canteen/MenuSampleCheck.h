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
    QString campus; // the menu's campus; empty for a menu of the whole kindergarten
};

// Every such meal from `from` to `to` (inclusive), in date and menu order. Each campus's menu is checked
// against that campus's samples; a menu or a sample without a campus matches any campus.
Result<QList<MealWithoutSamples>> mealsWithoutSamples(Database& db, QDate from, QDate to);

} // namespace houqin::canteen
