// houqin_bare_window: the floor of tests/bench/startup.py, the least a Qt Widgets program does to show a
// main window like Houqin's: a QMainWindow holding a QTabWidget of six empty tabs, a menu bar and a status
// bar, with the same maximised start on a 1366×768 screen. No database, no translations.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QMainWindow window;
    auto* tabs = new QTabWidget(&window);
    tabs->setDocumentMode(true);
    for (int i = 1; i <= 6; ++i)
        tabs->addTab(new QLabel(QStringLiteral("Tab %1").arg(i)), QStringLiteral("Tab %1").arg(i));
    window.setCentralWidget(tabs);
    window.menuBar()->addMenu(QStringLiteral("&File"));
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.setWindowState(Qt::WindowMaximized);
    window.show();
    return app.exec();
}
