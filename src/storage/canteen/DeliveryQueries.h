#pragma once

#include <QDate>
#include <QStringList>

namespace houqin {
class Database;
}

namespace houqin::canteen {

// The suppliers that delivered goods (incoming deliveries) on `day`, sorted, for quick-entry screens to
// offer and prefill. Empty when there were none or the deliveries cannot be read (the failure is logged:
// a suggestion list must never stop the health teacher from typing a supplier by hand).
QStringList suppliersDeliveredOn(Database& db, QDate day);

// The names of the suppliers marked in use, sorted: what a supplier field offers besides the day's
// deliveries. Empty (and logged) when they cannot be read.
QStringList suppliersInUse(Database& db);

} // namespace houqin::canteen
