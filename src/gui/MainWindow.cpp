#include "MainWindow.h"

#include "AboutDialog.h"
#include "CopyProgressDialog.h"
#include "ErrorDisplay.h"
#include "Icons.h"
#include "ModulePage.h"
#include "Modules.h"
#include "Preferences.h"
#include "ReadOnlyBanner.h"
#include "RecordListPage.h"
#include "ReportDialog.h"
#include "RestoreDialog.h"
#include "SettingsDialog.h"
#include "UserGuideDialog.h"
#include "access/AuditViewerDialog.h"
#include "access/IdleLock.h"
#include "access/Permissions.h"
#include "access/SignInDialog.h"
#include "access/UsersDialog.h"
#include "domain/SemesterCalendar.h"
#include "domain/access/Roles.h"
#include "storage/BackupFolder.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/plan/SemesterService.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <memory>

namespace houqin::gui {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
} // namespace

MainWindow::MainWindow(Database& db, QWidget* parent) : QMainWindow(parent), m_db(db) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(icon(QStringLiteral("houqin")));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("moduleTabWidget"));
    m_tabs->setDocumentMode(true);
    for (const ModuleDef& module : allModules()) {
        if (availableKinds(module, db).isEmpty() && availableViews(module, db).isEmpty())
            continue; // not built yet, or nothing in it for this user: left out rather than shown empty
        auto* page = new ModulePage(db, module, m_tabs);
        m_tabs->addTab(page, module.displayTitle());
        m_modules << page;
        connect(page, &ModulePage::statusMessage, this,
                [this](const QString& text) { statusBar()->showMessage(text, 10000); });
        // A semester edited or made current moves the teaching week.
        connect(page, &ModulePage::recordsChanged, this, &MainWindow::refreshStatusBar);
        connect(
            page, &ModulePage::openListRequested, this,
            [this](const QString& kind, const QString& filter, qint64 id) { openList(kind, filter, id); });
        connect(page, &ModulePage::viewRecordsChanged, this, &MainWindow::reloadPagesOf);
    }
    setCentralWidget(withReadOnlyBanner(m_db, m_tabs, this));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (auto* module = qobject_cast<ModulePage*>(m_tabs->currentWidget()))
            module->focusList();
    });
    buildMenus();
    buildStatusBar();
    restoreWindowState();
    if (auto* module = qobject_cast<ModulePage*>(m_tabs->currentWidget()))
        module->focusList();

    if (m_db.signedIn()) {
        m_idleLock = new IdleLock(m_db.settings().lockAfterMinutes, this);
        connect(m_idleLock, &IdleLock::locked, this, &MainWindow::lock);
        auto* lockNow = new QAction(tr("&Lock"), this);
        lockNow->setObjectName(QStringLiteral("lockAction"));
        lockNow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
        lockNow->setShortcutContext(Qt::ApplicationShortcut);
        connect(lockNow, &QAction::triggered, this, &MainWindow::lock);
        addAction(lockNow);
    }

    // The date and the teaching week change at midnight while the window stays open.
    auto* tick = new QTimer(this);
    tick->setInterval(60 * 1000);
    connect(tick, &QTimer::timeout, this, &MainWindow::refreshStatusBar);
    tick->start();
    QTimer::singleShot(0, this, &MainWindow::startAutomaticBackup);
}

MainWindow::~MainWindow() {
    waitForAutomaticBackup();
}

RecordListPage* MainWindow::currentListPage() const {
    auto* module = qobject_cast<ModulePage*>(m_tabs->currentWidget());
    return module ? module->currentListPage() : nullptr;
}

void MainWindow::buildMenus() {
    // File actions go to whichever list is showing.
    auto onPage = [this](void (RecordListPage::*slot)()) {
        return [this, slot] {
            if (RecordListPage* page = currentListPage())
                (page->*slot)();
        };
    };
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QList<QAction*> pageActions;
    pageActions << file->addAction(icon(QStringLiteral("import")), tr("&Import CSV or Excel…"), this,
                                   onPage(&RecordListPage::importCsv));
    pageActions << file->addAction(icon(QStringLiteral("export")), tr("&Export CSV or Excel…"), this,
                                   onPage(&RecordListPage::exportCsv));
    file->addSeparator();
    // The list page owns the Ctrl+P shortcut (a second one here would make the key ambiguous); the menu
    // only shows it.
    pageActions << file->addAction(icon(QStringLiteral("print")),
                                   tr("&Print preview…") + QLatin1Char('\t') +
                                       QKeySequence(Qt::CTRL | Qt::Key_P).toString(QKeySequence::NativeText),
                                   this, onPage(&RecordListPage::printPreview));
    pageActions << file->addAction(icon(QStringLiteral("pdf")), tr("Export P&DF…"), this,
                                   onPage(&RecordListPage::exportPdf));
    for (QAction* a : pageActions)
        a->setEnabled(!m_modules.isEmpty());
    QAction* report = file->addAction(icon(QStringLiteral("print")), tr("Print &report…"), this,
                                      &MainWindow::openReportDialog);
    report->setObjectName(QStringLiteral("printReportAction"));
    file->addSeparator();
    // Backups and restores are the director's (issue #14), like the settings.
    QAction* backUp =
        file->addAction(icon(QStringLiteral("backup")), tr("&Back up now"), this, &MainWindow::backUpNow);
    backUp->setObjectName(QStringLiteral("backUpNowAction"));
    backUp->setEnabled(isDirector(m_db));
    QAction* restore = file->addAction(tr("&Restore…"), this, &MainWindow::restoreDatabase);
    restore->setObjectName(QStringLiteral("restoreAction"));
    restore->setEnabled(isDirector(m_db));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    QAction* settings =
        tools->addAction(icon(QStringLiteral("settings")), tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setEnabled(isDirector(m_db)); // the director's (issue #13)
    // Accounts exist once someone has signed in; users are the director's, a password everyone's own.
    if (m_db.signedIn()) {
        QAction* users = tools->addAction(tr("&Users…"), this, [this] { UsersDialog(m_db, this).exec(); });
        users->setObjectName(QStringLiteral("usersAction"));
        users->setEnabled(isDirector(m_db));
        QAction* audit =
            tools->addAction(tr("&Audit trail…"), this, [this] { AuditViewerDialog(m_db, this).exec(); });
        audit->setObjectName(QStringLiteral("auditAction"));
        audit->setEnabled(isDirector(m_db));
        tools->addAction(tr("Change my &password…"), this, [this] {
            if (ChangePasswordDialog(m_db, this).exec() == QDialog::Accepted)
                statusBar()->showMessage(tr("Password changed."), 5000);
        });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide =
        help->addAction(icon(QStringLiteral("help")), tr("&User guide"), this, &MainWindow::openUserGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Houqin"), this, &MainWindow::openAbout);
}

void MainWindow::buildStatusBar() {
    m_nameLabel = new QLabel(this);
    m_nameLabel->setObjectName(QStringLiteral("kindergartenLabel"));
    m_campusLabel = new QLabel(this);
    m_campusLabel->setObjectName(QStringLiteral("campusLabel"));
    m_campusCombo = new QComboBox(this);
    m_campusCombo->setObjectName(QStringLiteral("campusComboBox"));
    m_campusCombo->setToolTip(tr("The campus this computer works for"));
    m_campusCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_campusCombo, &QComboBox::activated, this, [this](int i) {
        const QString campus = m_campusCombo->itemText(i);
        prefs::setCurrentCampus(campus);
        // Every list with a campus filter follows the campus this computer now works for.
        for (RecordListPage* page : findChildren<RecordListPage*>())
            page->followCampus(campus);
    });
    m_dateLabel = new QLabel(this);
    m_dateLabel->setObjectName(QStringLiteral("dateLabel"));
    m_weekLabel = new QLabel(this);
    m_weekLabel->setObjectName(QStringLiteral("weekLabel"));
    // Who is working, so a shared PC's next person sees whose session is open.
    if (const auto& who = m_db.signedIn()) {
        const access::RoleDef* role = access::findRole(who->role);
        auto* user = new QLabel(
            QStringLiteral("%1（%2）").arg(who->name, role ? role->displayLabel() : who->role), this);
        user->setObjectName(QStringLiteral("userLabel"));
        user->setContentsMargins(6, 0, 6, 0);
        statusBar()->addPermanentWidget(user);
    }
    for (QWidget* w : {static_cast<QWidget*>(m_nameLabel), static_cast<QWidget*>(m_campusLabel),
                       static_cast<QWidget*>(m_campusCombo), static_cast<QWidget*>(m_dateLabel),
                       static_cast<QWidget*>(m_weekLabel)}) {
        w->setContentsMargins(6, 0, 6, 0);
        statusBar()->addPermanentWidget(w);
    }
    refreshStatusBar();
}

QString MainWindow::teachingWeekText() const {
    // The current semester knows its end; a database from before semesters existed has only a start.
    const auto current = houqin::plan::SemesterService(m_db).current();
    const bool haveSemester = current && current->has_value();
    const SemesterCalendar calendar =
        haveSemester ? (*current)->calendar() : SemesterCalendar(m_db.settings().semesterStart);
    if (!calendar.isValid())
        return {};
    const QDate today = m_db.now().date();
    if (haveSemester && calendar.isAfterTerm(today))
        return tr("After term");
    const int week = calendar.weekOf(today);
    return week >= 1 ? tr("Week %1").arg(week) : tr("Before term");
}

void MainWindow::refreshStatusBar() {
    const KindergartenSettings& s = m_db.settings();
    setWindowTitle(s.name);
    m_nameLabel->setText(s.name);
    // One campus needs no choosing: a label. Several: a combo remembered per PC.
    const QString campus = prefs::currentCampus(s);
    const bool several = s.campuses.size() > 1;
    m_campusLabel->setText(campus);
    m_campusLabel->setVisible(!several);
    {
        const QSignalBlocker block(m_campusCombo);
        m_campusCombo->clear();
        m_campusCombo->addItems(s.campuses);
        m_campusCombo->setCurrentText(campus);
    }
    m_campusCombo->setVisible(several);
    const QDate today = m_db.now().date();
    m_dateLabel->setText(QLocale().toString(today, QLocale::LongFormat));
    const QString week = teachingWeekText();
    m_weekLabel->setText(week);
    m_weekLabel->setVisible(!week.isEmpty());
}

void MainWindow::restoreWindowState() {
    QSettings settings;
    const bool restored = restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    m_tabs->setCurrentIndex(0); // the home page (总览) first, whatever was open last time
    if (restored)
        return;
    // First start: fill a laptop's 1366×768 screen, stay moderate on a big one.
    const QRect avail = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    const QSize size(qMin(1280, avail.width()), qMin(760, avail.height()));
    resize(size);
    move(avail.center() - QPoint(size.width() / 2, size.height() / 2));
    if (avail.width() <= 1440 || avail.height() <= 800)
        setWindowState(windowState() | Qt::WindowMaximized);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::reloadAllPages() {
    for (ModulePage* module : m_modules)
        for (RecordListPage* page : module->listPages())
            page->reload();
}

void MainWindow::reloadPagesOf(const QString& kindKey) {
    refreshStatusBar();
    for (ModulePage* module : m_modules)
        for (RecordListPage* page : module->listPages())
            if (page->kind().key == kindKey)
                page->reload();
}

RecordListPage* MainWindow::openList(const QString& kindKey, const QString& filterKey, qint64 id) {
    for (ModulePage* module : m_modules) {
        if (!module->hasKind(kindKey))
            continue;
        m_tabs->setCurrentWidget(module);
        RecordListPage* page = module->showKind(kindKey);
        page->showFiltered(filterKey);
        if (id)
            page->selectRecord(id);
        page->tableView()->setFocus();
        return page;
    }
    return nullptr;
}

void MainWindow::openReportDialog() {
    ReportDialog dialog(m_db, this);
    dialog.exec();
}

void MainWindow::lock() {
    if (!m_db.signedIn() || !m_idleLock)
        return;
    m_idleLock->pause();
    centralWidget()->setVisible(false);
    menuBar()->setEnabled(false);
    SignInDialog dialog(m_db, this);
    dialog.lockTo(m_db.signedIn()->name);
    if (dialog.exec() != QDialog::Accepted) {
        close();
        return;
    }
    menuBar()->setEnabled(true);
    centralWidget()->setVisible(true);
    m_idleLock->resume();
}

void MainWindow::openSettings() {
    SettingsDialog dialog(m_db, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_idleLock)
        m_idleLock->setMinutes(m_db.settings().lockAfterMinutes);
    refreshStatusBar();
    reloadAllPages(); // thresholds changed: statuses and time left follow
    statusBar()->showMessage(tr("Settings saved."), 5000);
}

void MainWindow::openUserGuide() {
    UserGuideDialog dialog(this);
    dialog.exec();
}

void MainWindow::openAbout() {
    AboutDialog dialog(m_db.path(), this);
    dialog.exec();
}

void MainWindow::backUpNow() {
    const QString dbPath = m_db.path();
    const QString folder = backupfolder::of(m_db);
    const QDateTime now = m_db.now();
    backups::Backup made;
    //: zh_CN "正在备份…"
    const Status s =
        runWithProgress(this, tr("Backing up…"), [&](const checkedcopy::Progress& progress) -> Status {
            auto r = backups::make(dbPath, folder, now, progress);
            if (!r)
                return r.error();
            made = *r;
            return {};
        });
    if (!s) {
        if (checkedcopy::isCancelled(s.error()))
            statusBar()->showMessage(tr("The backup was cancelled; nothing was written."), 10000);
        else
            showError(this, tr("Could not back up the database"), s.error());
        return;
    }
    statusBar()->showMessage(tr("Backed up to %1.").arg(QDir::toNativeSeparators(made.path)), 10000);
}

void MainWindow::restoreDatabase() {
    RestoreDialog dialog(m_db.path(), backupfolder::of(m_db), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_pendingRestore = dialog.selectedPath();
    close();
}

void MainWindow::startAutomaticBackup() {
    for (const QString& w : backups::takeWarnings(m_db.path()))
        statusBar()->showMessage(w); // until the next message: read once, not a dialog every start
    const std::optional<backups::Due> due = backups::due(m_db);
    if (!due || m_automaticBackup)
        return;
    auto result = std::make_shared<Status>();
    m_automaticBackup = QThread::create([due = *due, result] {
        auto made = backups::make(due.dbPath, due.folder, due.now);
        if (!made)
            *result = made.error();
    });
    connect(m_automaticBackup, &QThread::finished, this, [this, result] {
        if (!*result)
            //: zh_CN "自动备份失败：%1"
            statusBar()->showMessage(tr("The automatic backup failed: %1").arg(result->error().message));
        m_automaticBackup->deleteLater();
        m_automaticBackup = nullptr;
    });
    m_automaticBackup->setParent(this);
    m_automaticBackup->start(QThread::LowPriority);
}

void MainWindow::waitForAutomaticBackup() {
    if (m_automaticBackup)
        m_automaticBackup->wait();
}

} // namespace houqin::gui
