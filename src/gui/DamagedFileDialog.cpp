#include "DamagedFileDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>

namespace houqin::gui {

DamagedFileDialog::DamagedFileDialog(const QString& databasePath, const Error& error,
                                     const QStringList& backups, QWidget* parent)
    : QMessageBox(parent), m_newest(backups.value(0)) {
    setObjectName(QStringLiteral("damagedFileDialog"));
    setIcon(QMessageBox::Critical);
    setWindowTitle(tr("The database is damaged"));
    setText(error.message);
    const QString folder = QDir::toNativeSeparators(QFileInfo(databasePath).absolutePath());
    if (m_newest.isEmpty()) {
        setInformativeText(
            tr("No backup was found beside it (in %1). If a copy is kept elsewhere, on a USB stick or "
               "another computer, open that copy with houqin --db FILE, or ask for help.")
                .arg(QDir::toNativeSeparators(QDir(folder).filePath(QStringLiteral("backups")))));
    } else {
        const QFileInfo newest(m_newest);
        setInformativeText(
            tr("The newest backup is %1, saved %2. It opens read-only, so it stays as it was; to work in it "
               "again, restore it.")
                .arg(QDir::toNativeSeparators(newest.absoluteFilePath()),
                     QLocale().toString(newest.lastModified(), QLocale::ShortFormat)));
        QPushButton* open = addButton(tr("Open the newest backup instead…"), QMessageBox::AcceptRole);
        open->setObjectName(QStringLiteral("openBackupButton"));
        connect(open, &QPushButton::clicked, this, [this] { m_chosen = m_newest; });
        setDefaultButton(open);
    }
    QPushButton* close = addButton(QMessageBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    if (m_newest.isEmpty())
        setDefaultButton(close);
    if (!error.detail.isEmpty())
        setDetailedText(error.detail);
}

} // namespace houqin::gui
