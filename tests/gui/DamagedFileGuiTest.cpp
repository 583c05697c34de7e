// What the window shows for a damaged file (the dialog offering the newest backup) and for a file open
// read-only (a banner, "Read-only" in the status bar, editing actions disabled).
#include "GuiTestHelpers.h"
#include "domain/KindRegistry.h"
#include "gui/DamagedFileDialog.h"
#include "gui/MainWindow.h"
#include "gui/OpenDatabase.h"
#include "gui/RecordListPage.h"
#include "storage/Backups.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <functional>

using namespace houqin;

namespace {

// A Houqin file at path, with its settings filled in, closed.
void makeHouqinFile(const QString& path) {
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
}

void cutInHalf(const QString& path) {
    QFile f(path);
    ASSERT_TRUE(f.resize(f.size() / 2));
}

// Runs `inspect` on the first DamagedFileDialog that shows, while `open` runs (it blocks in exec()).
template <class F>
void whenTheDialogShows(const std::function<void(gui::DamagedFileDialog*)>& inspect, F open) {
    bool seen = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* d = qobject_cast<gui::DamagedFileDialog*>(w); d && d->isVisible() && !seen) {
                seen = true;
                poll.stop();
                inspect(d);
                // A failed expectation leaves it open: close it rather than hang.
                QTimer::singleShot(0, d, [d] { d->reject(); });
                return;
            }
    });
    poll.start();
    open();
    poll.stop();
    EXPECT_TRUE(seen) << "the damaged-file dialog did not appear";
}

} // namespace

TEST(DamagedFileGui, BackupCandidatesAreTheBackupsBesideTheFileNewestFirst) {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("houqin.sqlite"));
    EXPECT_TRUE(gui::backupCandidates(db).isEmpty());
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("backups")));
    const QString older = backups::fileName(db, QDateTime(QDate(2026, 11, 27), QTime(8, 0)));
    const QString newer = backups::fileName(db, QDateTime(QDate(2026, 11, 28), QTime(8, 0)));
    for (const QString& name : {older, newer, QStringLiteral("notes.txt")}) {
        QFile f(dir.filePath(QStringLiteral("backups/") + name));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }
    const QStringList found = gui::backupCandidates(db);
    ASSERT_EQ(found.size(), 2);
    EXPECT_TRUE(found[0].endsWith(newer));
    EXPECT_TRUE(found[1].endsWith(older));
}

// The damaged file's dialog names the file and offers the newest backup, which then opens read-only.
TEST(DamagedFileGui, DamagedFileOffersTheNewestBackupWhichOpensReadOnly) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("houqin.sqlite"));
    makeHouqinFile(path);
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("backups")));
    const QString older = dir.filePath(QStringLiteral("backups/") +
                                       backups::fileName(path, QDateTime(QDate(2026, 11, 25), QTime(8, 0))));
    const QString newest = dir.filePath(QStringLiteral("backups/") +
                                        backups::fileName(path, QDateTime(QDate(2026, 11, 28), QTime(8, 0))));
    ASSERT_TRUE(QFile::copy(path, older));
    ASSERT_TRUE(QFile::copy(path, newest));
    cutInHalf(path);
    const QByteArray backupBytes = [&] {
        QFile f(newest);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }();

    std::unique_ptr<Database> opened;
    whenTheDialogShows(
        [&](gui::DamagedFileDialog* d) {
            EXPECT_TRUE(d->text().contains(QDir::toNativeSeparators(path))) << d->text().toStdString();
            EXPECT_TRUE(d->text().contains(QStringLiteral("damaged")));
            EXPECT_TRUE(d->informativeText().contains(QDir::toNativeSeparators(newest)))
                << d->informativeText().toStdString();
            auto* open = d->findChild<QPushButton*>(QStringLiteral("openBackupButton"));
            ASSERT_NE(open, nullptr);
            EXPECT_EQ(open->text(), QStringLiteral("Open the newest backup instead…"));
            open->click();
        },
        [&] { opened = gui::openForWindow(path, {}); });
    ASSERT_NE(opened, nullptr);
    EXPECT_EQ(opened->path(), newest);
    EXPECT_TRUE(opened->readOnly());
    opened.reset();
    QFile f(newest);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), backupBytes); // looked at, not changed
}

TEST(DamagedFileGui, WithoutABackupTheDialogSaysSoAndNothingOpens) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("houqin.sqlite"));
    makeHouqinFile(path);
    cutInHalf(path);
    std::unique_ptr<Database> opened;
    whenTheDialogShows(
        [&](gui::DamagedFileDialog* d) {
            EXPECT_EQ(d->findChild<QPushButton*>(QStringLiteral("openBackupButton")), nullptr);
            EXPECT_TRUE(d->informativeText().contains(QStringLiteral("No backup")))
                << d->informativeText().toStdString();
            auto* close = d->findChild<QPushButton*>(QStringLiteral("closeButton"));
            ASSERT_NE(close, nullptr);
            close->click();
        },
        [&] { opened = gui::openForWindow(path, {}); });
    EXPECT_EQ(opened, nullptr);
}

TEST(DamagedFileGui, ReadOnlyWindowShowsABannerAndDisablesEditing) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("houqin.sqlite"));
    makeHouqinFile(path);
    Database::OpenOptions o;
    o.readOnly = true;
    auto db = Database::open(path, o);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    gui::MainWindow w(**db);
    auto* banner = w.findChild<QLabel*>(QStringLiteral("readOnlyBanner"));
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->text().contains(QDir::toNativeSeparators(path)));
    EXPECT_TRUE(banner->text().contains(QStringLiteral("Read-only")));
    auto* status = w.statusBar()->findChild<QLabel*>(QStringLiteral("readOnlyStatusLabel"));
    ASSERT_NE(status, nullptr);
    EXPECT_EQ(status->text(), QStringLiteral("Read-only"));
    gui::RecordListPage* page = w.openList(QStringLiteral("staff"));
    ASSERT_NE(page, nullptr);
    for (const char* name : {"newAction", "editAction", "deleteAction", "importAction"}) {
        auto* a = page->findChild<QAction*>(QLatin1String(name), Qt::FindDirectChildrenOnly);
        ASSERT_NE(a, nullptr) << name;
        EXPECT_TRUE(a->isVisible()) << name; // there, greyed out
        EXPECT_FALSE(a->isEnabled()) << name;
    }
    auto* exportAction =
        page->findChild<QAction*>(QStringLiteral("exportAction"), Qt::FindDirectChildrenOnly);
    ASSERT_NE(exportAction, nullptr);
    EXPECT_TRUE(exportAction->isEnabled()); // reading goes on
}

TEST(DamagedFileGui, AWritableFileHasNoBanner) {
    test::TempDb t;
    gui::MainWindow w(t.db());
    EXPECT_EQ(w.findChild<QLabel*>(QStringLiteral("readOnlyBanner")), nullptr);
    EXPECT_EQ(w.findChild<QLabel*>(QStringLiteral("readOnlyStatusLabel")), nullptr);
}
