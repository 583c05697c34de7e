#include "Preferences.h"

#include "domain/Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace houqin::gui::prefs {

namespace {
const QString kCampusKey = QStringLiteral("campus/current");
const QString kDirKey = QStringLiteral("files/lastDirectory");
} // namespace

QString currentCampus(const KindergartenSettings& s) {
    const QString stored = QSettings().value(kCampusKey).toString();
    if (s.campuses.contains(stored))
        return stored;
    return s.campuses.isEmpty() ? QString() : s.campuses.first();
}

void setCurrentCampus(const QString& campus) {
    QSettings().setValue(kCampusKey, campus);
}

QString lastDirectory() {
    const QString dir = QSettings().value(kDirKey).toString();
    return !dir.isEmpty() && QDir(dir).exists() ? dir : QDir::homePath();
}

void setLastDirectoryFromFile(const QString& filePath) {
    QSettings().setValue(kDirKey, QFileInfo(filePath).absolutePath());
}

} // namespace houqin::gui::prefs
