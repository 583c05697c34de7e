#pragma once

#include <QList>
#include <QMainWindow>

class QComboBox;
class QLabel;
class QTabWidget;
class QThread;

namespace houqin {
class Database;
}

namespace houqin::gui {

class IdleLock;
class ModulePage;
class RecordListPage;

// The main window: one tab per module that exists, menus acting on the current list, and a status bar
// with the kindergarten, the campus, the date and the teaching week.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Database& db, QWidget* parent = nullptr);
    ~MainWindow() override;

    QTabWidget* tabs() const { return m_tabs; }
    // The list page the File menu acts on; nullptr when no module exists.
    RecordListPage* currentListPage() const;
    // "第N周" / "Before term" / empty, as the status bar shows it: from the current semester (the
    // settings' semester start when no semester exists yet).
    QString teachingWeekText() const;
    // Switches to the tab holding kind's list, shows it with one of the kind's named filters (empty = all;
    // see RecordListPage::showFiltered) and selects record `id` when it is among the rows. nullptr when no
    // tab holds the kind.
    RecordListPage* openList(const QString& kindKey, const QString& filterKey = {}, qint64 id = 0);
    // The backup chosen under File → Restore…, once the window has closed for it; empty otherwise.
    QString pendingRestore() const { return m_pendingRestore; }
    // The daily automatic backup, started off the GUI thread after the window shows when one is due; waits
    // for a running one. Its failure is said in the status bar, once.
    void startAutomaticBackup();
    void waitForAutomaticBackup();

public Q_SLOTS:
    void openSettings();
    void openUserGuide();
    void openAbout();
    // File → Back up now: a checked backup into the backup folder, with progress (storage/Backups).
    void backUpNow();
    // File → Restore…: picks a backup (RestoreDialog), then closes the window; the caller sees
    // pendingRestore(), closes the database, restores and opens it again (see main.cpp).
    void restoreDatabase();
    // File → Print report…: any report of reports::allReports() for a chosen period.
    void openReportDialog();
    // Ctrl+L, and after the settings' idle minutes: the content is hidden until the signed-in user types
    // their password again; Cancel there quits. Nothing happens while no one is signed in.
    void lock();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void buildStatusBar();
    void refreshStatusBar();
    void restoreWindowState();
    void reloadAllPages();
    void reloadPagesOf(const QString& kindKey);

    Database& m_db;
    QTabWidget* m_tabs = nullptr;
    QList<ModulePage*> m_modules;
    QLabel* m_nameLabel = nullptr;
    QLabel* m_campusLabel = nullptr;
    QComboBox* m_campusCombo = nullptr;
    QLabel* m_dateLabel = nullptr;
    QLabel* m_weekLabel = nullptr;
    IdleLock* m_idleLock = nullptr;
    QString m_pendingRestore;
    QThread* m_automaticBackup = nullptr;
};

} // namespace houqin::gui
