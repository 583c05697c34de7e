// One QApplication for the whole run, on the offscreen platform, so GUI, printing and storage tests
// share one event loop and need no display (as Mixxx's test main does).
#include "domain/ProcessSetup.h"

#include <QApplication>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <gtest/gtest.h>

int main(int argc, char** argv) {
    houqin::cacheTimeZone();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Each test process its own QSettings: ctest runs tests in parallel, and the campus one test chooses
    // (gui/Preferences) filtered another's list; nor may a test touch the settings of the user running it.
    const QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("houqin-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
