#pragma once

#include "storage/Database.h"

#include <QStringList>
#include <memory>

class QWidget;

namespace houqin::gui {

// Opens the database the window will show. A damaged file gets the DamagedFileDialog, from which the newest
// backup can be opened instead (read-only); any other refusal a message box naming the file. Null when
// nothing was opened (the window does not start).
std::unique_ptr<Database> openForWindow(const QString& path, const Database::OpenOptions& options,
                                        QWidget* parent = nullptr);

// The backup files a damaged database may be replaced by, newest first: the database's backups in the
// backup folder this PC remembers for it (storage/BackupFolder, storage/Backups).
QStringList backupCandidates(const QString& databasePath);

} // namespace houqin::gui
