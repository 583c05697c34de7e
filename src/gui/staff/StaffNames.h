#pragma once

#include <QStringList>

namespace houqin {
class Database;
}

namespace houqin::gui::staff {

// Names of the staff still working here, sorted, for person fields to suggest. Empty when the staff list
// cannot be read (a person field still accepts any typed name).
QStringList activeStaffNames(Database& db);

} // namespace houqin::gui::staff
