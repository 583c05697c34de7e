#pragma once

#include <QString>

namespace houqin {
struct KindergartenSettings;
}

namespace houqin::gui {

// Per-PC preferences in QSettings (the kindergarten's own settings live in the database).
namespace prefs {
// The campus this PC works for: the stored one when it still exists, else the first campus.
QString currentCampus(const KindergartenSettings& s);
void setCurrentCampus(const QString& campus);
// The folder file dialogs open in, remembered across runs.
QString lastDirectory();
void setLastDirectoryFromFile(const QString& filePath);
} // namespace prefs

} // namespace houqin::gui
