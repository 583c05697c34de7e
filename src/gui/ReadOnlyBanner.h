#pragma once

class QMainWindow;
class QWidget;

namespace houqin {
class Database;
}

namespace houqin::gui {

// While the database is open read-only (Database::readOnly: the file or its folder cannot be written, or a
// backup opened instead of a damaged file): a banner above content saying so and naming the file, and
// "Read-only" in the window's status bar. Returns the widget to make central: content itself for a
// writable file. Editing actions are disabled by gui::may (access/Permissions.h), not here.
QWidget* withReadOnlyBanner(const Database& db, QWidget* content, QMainWindow* window);

} // namespace houqin::gui
