// Backups in the window (issue #14), through the real widgets: the folder on the settings' first tab,
// File → Back up now with its progress dialog and Cancel, File → Restore… with the list of backups, the
// confirmation, and the restore once the window has closed.
#include "ClosableDb.h"
#include "GuiTestHelpers.h"
#include "gui/CopyProgressDialog.h"
#include "gui/MainWindow.h"
#include "gui/RestoreDialog.h"
#include "gui/RestoreFlow.h"
#include "gui/SettingsDialog.h"
#include "storage/BackupFolder.h"
#include "storage/Backups.h"
#include "storage/SettingsStore.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>

using namespace houqin;

namespace {
const QDateTime kNow(QDate(2026, 11, 29), QTime(14, 0));

// Answers each modal dialog once as it comes up (looked for every 20 ms), from a queued call, so that an
// answer opening a dialog of its own (a confirmation) does not block the next answer.
class ModalAnswerer {
public:
    explicit ModalAnswerer(std::function<bool(QWidget*)> answer) {
        QObject::connect(&m_timer, &QTimer::timeout, [this, answer] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal || m_answered.contains(modal))
                return;
            m_answered.insert(modal);
            QTimer::singleShot(0, modal, [answer, modal] { answer(modal); });
        });
        m_timer.start(20);
    }

private:
    QTimer m_timer;
    QSet<QWidget*> m_answered;
};

QAbstractButton* buttonWithText(QWidget* w, const QString& text) {
    for (QAbstractButton* b : w->findChildren<QAbstractButton*>())
        if (b->text().remove(QLatin1Char('&')) == text)
            return b;
    return nullptr;
}
} // namespace

TEST(BackupGuiTest, TheFolderIsOnTheSettingsFirstTab) {
    test::TempDb t(kNow);
    gui::SettingsDialog dialog(t.db());
    dialog.show();
    auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("backupFolderLineEdit"));
    auto* browse = dialog.findChild<QPushButton*>(QStringLiteral("backupFolderBrowseButton"));
    ASSERT_TRUE(edit && browse);
    EXPECT_TRUE(edit->isVisible() && browse->isVisible()); // the first tab is the one showing
    EXPECT_EQ(edit->placeholderText(), t.dir() + QStringLiteral("/backups"));
    EXPECT_TRUE(edit->text().isEmpty());

    edit->setText(QStringLiteral("u盘\x01"));
    EXPECT_FALSE(dialog.save());
    EXPECT_TRUE(dialog.findChild<QLabel*>(QStringLiteral("messagesLabel"))
                    ->text()
                    .contains(QStringLiteral("backup folder")));
    EXPECT_TRUE(backupfolder::setting(t.db()).isEmpty());

    const QString usb = t.dir() + QStringLiteral("/u盘/后勤备份");
    edit->setText(usb);
    ASSERT_TRUE(dialog.save());
    EXPECT_EQ(backupfolder::setting(t.db()), usb);
    EXPECT_EQ(backupfolder::remembered(t.path()), usb);
    QSettings().remove(QStringLiteral("backupFolders"));
}

TEST(BackupGuiTest, BackUpNowWritesABackupWithProgress) {
    test::TempDb t(kNow);
    gui::MainWindow w(t.db());
    w.waitForAutomaticBackup();
    QCoreApplication::processEvents(); // the automatic backup of the start, made now
    w.waitForAutomaticBackup();
    const QString folder = t.dir() + QStringLiteral("/backups");
    const qsizetype before = backups::list(folder, t.path()).size();
    EXPECT_EQ(before, 1);
    t.setNow(kNow.addDays(1)); // a backup of another day: the retention keeps both
    auto* action = w.findChild<QAction*>(QStringLiteral("backUpNowAction"));
    ASSERT_TRUE(action && action->isEnabled());
    action->trigger();
    EXPECT_EQ(backups::list(folder, t.path()).size(), before + 1);
    EXPECT_TRUE(w.statusBar()->currentMessage().contains(QStringLiteral("houqin-20261130-140000.sqlite")))
        << w.statusBar()->currentMessage().toStdString();
}

TEST(BackupGuiTest, OnlyTheDirectorBacksUpAndRestores) {
    test::TempDb t(kNow);
    t->setSignedIn(SignedIn{QStringLiteral("王文员"), QStringLiteral("clerk"), QString()});
    gui::MainWindow w(t.db());
    EXPECT_FALSE(w.findChild<QAction*>(QStringLiteral("backUpNowAction"))->isEnabled());
    EXPECT_FALSE(w.findChild<QAction*>(QStringLiteral("restoreAction"))->isEnabled());
    w.waitForAutomaticBackup();
}

TEST(BackupGuiTest, CancelStopsTheWork) {
    std::atomic_int steps{0};
    ModalAnswerer cancel([](QWidget* modal) {
        if (auto* progress = qobject_cast<QProgressDialog*>(modal))
            if (auto* button = progress->findChild<QPushButton*>())
                button->click(); // the person's Cancel
        return true;
    });
    const Status s = gui::runWithProgress(nullptr, QStringLiteral("Backing up…"),
                                          [&](const checkedcopy::Progress& progress) -> Status {
                                              while (progress(++steps, 1000000))
                                                  QThread::msleep(5);
                                              return checkedcopy::cancelledError();
                                          });
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(checkedcopy::isCancelled(s.error()));
    EXPECT_GT(steps.load(), 0);
}

TEST(BackupGuiTest, TheRestoreDialogListsTheBackupsAndAsksFirst) {
    test::TempDb t(kNow);
    const QString folder = t.dir() + QStringLiteral("/backups");
    auto older = backups::make(t.path(), folder, kNow.addDays(-1));
    auto newer = backups::make(t.path(), folder, kNow);
    ASSERT_TRUE(older.ok() && newer.ok());
    gui::RestoreDialog dialog(t.path(), folder);
    dialog.show();
    QTreeWidget* list = dialog.list();
    ASSERT_EQ(list->topLevelItemCount(), 2);
    EXPECT_EQ(list->topLevelItem(0)->text(2), QStringLiteral("houqin-20261129-140000.sqlite"));
    EXPECT_FALSE(list->topLevelItem(0)->text(1).isEmpty()); // the size
    EXPECT_TRUE(list->topLevelItem(0)->text(0).contains(QStringLiteral("29")))
        << list->topLevelItem(0)->text(0).toStdString();
    EXPECT_EQ(dialog.selectedPath(), newer->path); // the newest is offered first

    list->setCurrentItem(list->topLevelItem(1));
    bool declined = false;
    {
        ModalAnswerer no([&](QWidget* modal) {
            if (modal->objectName() == QStringLiteral("restoreConfirmation")) {
                qobject_cast<QMessageBox*>(modal)->button(QMessageBox::Cancel)->click();
                declined = true;
            }
            return true;
        });
        dialog.accept();
    }
    EXPECT_TRUE(declined);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(dialog.isVisible());
    {
        ModalAnswerer yes([](QWidget* modal) {
            if (modal->objectName() == QStringLiteral("restoreConfirmation"))
                buttonWithText(modal, QStringLiteral("Restore"))->click();
            return true;
        });
        dialog.accept();
    }
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.selectedPath(), older->path);
}

TEST(BackupGuiTest, RestoreFromTheFileMenuClosesTheWindowThenRestores) {
    test::ClosableDb t(kNow);
    const QString folder = t.dir() + QStringLiteral("/backups");
    auto backup = backups::make(t.path(), folder, kNow.addDays(-1));
    ASSERT_TRUE(backup.ok());
    KindergartenSettings s = t->settings();
    s.name = QStringLiteral("备份之后改的名字");
    ASSERT_TRUE(SettingsStore::save(t.db(), s, test::tester()).ok());
    QString chosen;
    {
        gui::MainWindow w(t.db());
        w.show();
        ModalAnswerer answer([](QWidget* modal) {
            if (auto* dialog = qobject_cast<gui::RestoreDialog*>(modal))
                dialog->findChild<QPushButton*>(QStringLiteral("restoreButton"))->click();
            else if (modal->objectName() == QStringLiteral("restoreConfirmation"))
                buttonWithText(modal, QStringLiteral("Restore"))->click();
            return true;
        });
        w.findChild<QAction*>(QStringLiteral("restoreAction"))->trigger();
        EXPECT_FALSE(w.isVisible()); // closed for the restore
        chosen = w.pendingRestore();
        w.waitForAutomaticBackup();
    }
    // The newest backup, made automatically when the window opened (the one of yesterday was due).
    ASSERT_FALSE(chosen.isEmpty());
    t.close();
    ModalAnswerer ok([](QWidget* modal) {
        if (modal->objectName() == QStringLiteral("restoredMessage"))
            qobject_cast<QMessageBox*>(modal)->button(QMessageBox::Ok)->click();
        return true;
    });
    EXPECT_TRUE(gui::restoreClosedDatabase(backup->path, t.path()));
    t.reopen();
    EXPECT_EQ(t->settings().name, QStringLiteral("测试幼儿园"));
}
