#include "OpenDatabase.h"

#include "DamagedFileDialog.h"
#include "WaitForOtherWriter.h"
#include "logging/Log.h"
#include "storage/BackupFolder.h"
#include "storage/Backups.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

namespace houqin::gui {

QStringList backupCandidates(const QString& databasePath) {
    // The folder as this PC remembers it: the setting inside a damaged file may not be readable.
    QStringList found;
    for (const backups::Backup& b : backups::list(backupfolder::remembered(databasePath), databasePath))
        found << b.path;
    return found;
}

std::unique_ptr<Database> openForWindow(const QString& path, const Database::OpenOptions& options,
                                        QWidget* parent) {
    auto db = Database::open(path, options);
    if (db) {
        // A save while another program writes the file waits without freezing the window.
        db.value()->setWriteWait(std::make_unique<WaitForOtherWriter>(path));
        return std::move(db.value());
    }
    log::get("gui")->error("cannot open {}: {}", log::s(path), log::s(db.error().message));
    if (db.error().code != Error::Code::Damaged) {
        QMessageBox::critical(parent, QApplication::translate("App", "Houqin cannot start"),
                              db.error().message);
        return nullptr;
    }
    DamagedFileDialog dialog(path, db.error(), backupCandidates(path), parent);
    dialog.exec();
    if (dialog.chosenBackup().isEmpty())
        return nullptr;
    Database::OpenOptions backup;
    backup.readOnly = true;
    // The backup may be damaged too: it is offered the same way, with the next backups.
    return openForWindow(dialog.chosenBackup(), backup, parent);
}

} // namespace houqin::gui
