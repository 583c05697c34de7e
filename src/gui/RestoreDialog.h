#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace houqin::gui {

// File → Restore…: the backups found in the database's backup folder, newest first, with their date and
// size, or another file; Restore asks for a confirmation. The caller then closes the database and
// restores (storage/Restore).
class RestoreDialog : public QDialog {
    Q_OBJECT
public:
    RestoreDialog(const QString& dbPath, const QString& folder, QWidget* parent = nullptr);
    // The backup chosen; empty until one is.
    QString selectedPath() const;
    QTreeWidget* list() const { return m_list; }
    // Adds a file of the person's choosing (Other file…) to the list and selects it.
    void addFile(const QString& path);
    void accept() override;

private:
    void chooseFile();
    void updateButtons();

    QString m_dbPath;
    QTreeWidget* m_list = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QPushButton* m_restoreButton = nullptr;
};

} // namespace houqin::gui
