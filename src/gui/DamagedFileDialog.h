#pragma once

#include "domain/Result.h"

#include <QMessageBox>
#include <QStringList>

namespace houqin::gui {

// Shown when the database cannot be opened because it is damaged (Error::Code::Damaged): what happened and
// which file (the error's message names it and says what to do), SQLite's findings under "Show Details",
// and, when there are backups, "Open the newest backup instead…". Restoring is not done here: the backup is
// opened read-only, so it stays as it was.
class DamagedFileDialog : public QMessageBox {
    Q_OBJECT
public:
    // backups: candidate backup files, newest first (see backupCandidates in OpenDatabase.h).
    DamagedFileDialog(const QString& databasePath, const Error& error, const QStringList& backups,
                      QWidget* parent = nullptr);
    // The backup to open instead, once the user chose it; empty otherwise.
    QString chosenBackup() const { return m_chosen; }

private:
    QString m_newest;
    QString m_chosen;
};

} // namespace houqin::gui
