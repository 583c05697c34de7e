#include "RestoreDialog.h"

#include "Preferences.h"
#include "storage/Backups.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace houqin::gui {

namespace {
constexpr int kPathRole = Qt::UserRole;
}

RestoreDialog::RestoreDialog(const QString& dbPath, const QString& folder, QWidget* parent)
    : QDialog(parent), m_dbPath(dbPath) {
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore from a backup"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        //: zh_CN "选择要恢复的备份。恢复后，备份之后录入的内容将被替换；当前文件会保留在它旁边。"
        tr("Choose the backup to restore. What was entered after it is replaced; the current file is kept "
           "beside it."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* where = new QLabel(tr("Backups in %1:").arg(QDir::toNativeSeparators(folder)), this);
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(where);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Taken"), tr("Size"), tr("File")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    const QLocale locale;
    for (const backups::Backup& b : backups::list(folder, dbPath)) {
        auto* item =
            new QTreeWidgetItem(m_list, {locale.toString(b.taken, QLocale::ShortFormat),
                                         locale.formattedDataSize(b.size), QFileInfo(b.path).fileName()});
        item->setData(0, kPathRole, b.path);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    layout->addWidget(m_list, 1);
    m_emptyLabel = new QLabel(tr("No backups yet in this folder. Choose a file with Other file…"), this);
    m_emptyLabel->setVisible(m_list->topLevelItemCount() == 0);
    layout->addWidget(m_emptyLabel);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restoreButton = buttons->addButton(tr("&Restore…"), QDialogButtonBox::AcceptRole);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    QPushButton* other = buttons->addButton(tr("&Other file…"), QDialogButtonBox::ActionRole);
    other->setObjectName(QStringLiteral("otherFileButton"));
    connect(other, &QPushButton::clicked, this, &RestoreDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RestoreDialog::reject);
    layout->addWidget(buttons);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RestoreDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &RestoreDialog::accept);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
    resize(640, 400);
}

QString RestoreDialog::selectedPath() const {
    const QTreeWidgetItem* item = m_list->currentItem();
    return item && item->isSelected() ? item->data(0, kPathRole).toString() : QString();
}

void RestoreDialog::addFile(const QString& path) {
    const QFileInfo info(path);
    auto* item = new QTreeWidgetItem(m_list, {QLocale().toString(info.lastModified(), QLocale::ShortFormat),
                                              QLocale().formattedDataSize(info.size()), info.fileName()});
    item->setData(0, kPathRole, info.absoluteFilePath());
    item->setToolTip(2, QDir::toNativeSeparators(info.absoluteFilePath()));
    m_list->setCurrentItem(item);
    m_emptyLabel->setVisible(false);
    updateButtons();
}

void RestoreDialog::chooseFile() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Restore from a backup"), prefs::lastDirectory(),
                                     tr("Houqin databases (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    prefs::setLastDirectoryFromFile(path);
    addFile(path);
}

void RestoreDialog::updateButtons() {
    m_restoreButton->setEnabled(!selectedPath().isEmpty());
}

void RestoreDialog::accept() {
    const QString path = selectedPath();
    if (path.isEmpty())
        return;
    const QTreeWidgetItem* item = m_list->currentItem();
    QMessageBox confirm(QMessageBox::Warning, tr("Restore from a backup"),
                        //: zh_CN "用 %1 的备份恢复数据库？"
                        tr("Restore the database from the backup of %1?").arg(item->text(0)),
                        QMessageBox::Cancel, this);
    confirm.setObjectName(QStringLiteral("restoreConfirmation"));
    confirm.setInformativeText(
        //: zh_CN "此后录入的内容都会被替换。当前文件保留为
        //: %1。恢复完成后，后勤会重新打开数据库，请重新登录。"
        tr("Everything entered since then is replaced. The current file is kept as %1. Houqin then opens the "
           "restored database; sign in again.")
            .arg(QFileInfo(m_dbPath).fileName() + QStringLiteral(".before-restore-…")));
    QPushButton* yes = confirm.addButton(tr("Restore"), QMessageBox::AcceptRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != yes)
        return;
    QDialog::accept();
}

} // namespace houqin::gui
