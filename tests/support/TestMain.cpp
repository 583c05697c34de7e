// One QApplication for the whole run, on the offscreen platform, so GUI, printing and storage tests
// share one event loop and need no display (as Mixxx's test main does).
#include "domain/ProcessSetup.h"

#include <QApplication>
#include <QLocale>
#include <gtest/gtest.h>

int main(int argc, char** argv) {
    houqin::cacheTimeZone();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("houqin-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
