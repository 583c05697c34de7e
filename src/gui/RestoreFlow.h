#pragma once

#include <QString>

class QWidget;

namespace houqin::gui {

// Restores `backup` as the database at `dbPath` once every connection to it is closed (the window is gone),
// with a progress dialog, and says how it went: restored (and where the old file is kept), or refused with
// the database unchanged. Returns whether the database was replaced.
bool restoreClosedDatabase(const QString& backup, const QString& dbPath, QWidget* parent = nullptr);

} // namespace houqin::gui
