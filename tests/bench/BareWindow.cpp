// houqin_bare_window: the floor of tests/bench/startup.py, the least a Qt Widgets program does to show a
// main window like Houqin's: a QMainWindow holding a QTabWidget of six empty tabs, a menu bar and a status
// bar, with the same first size and maximised start on a 1366×768 screen (MainWindow::restoreWindowState). No
// database, no translations. The tabs carry
// Houqin's six Chinese titles, because finding and loading a CJK font is part of showing any Chinese window.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QMainWindow window;
    auto* tabs = new QTabWidget(&window);
    tabs->setDocumentMode(true);
    for (const char* title : {"总览", "工作计划", "队伍建设", "安全", "食堂与保健", "资产"})
        tabs->addTab(new QLabel(QString::fromUtf8(title)), QString::fromUtf8(title));
    window.setCentralWidget(tabs);
    window.setWindowTitle(QString::fromUtf8("后勤"));
    window.menuBar()->addMenu(QString::fromUtf8("文件(&F)"));
    window.statusBar()->showMessage(QString::fromUtf8("就绪"));
    // Houqin's first size, then maximised: without a window manager (Xvfb) the request to maximise is not
    // honoured, and a floor left at its 204×100 default would paint and keep a fraction of Houqin's pixels.
    const QRect avail = window.screen()->availableGeometry();
    window.resize(qMin(1280, avail.width()), qMin(760, avail.height()));
    window.setWindowState(Qt::WindowMaximized);
    window.show();
    return app.exec();
}
