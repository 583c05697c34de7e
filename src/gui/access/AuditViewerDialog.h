#pragma once

#include "storage/AuditLog.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace houqin {
class Database;
}

namespace houqin::gui {

// Tools → Audit trail… (the director's): every audit row, newest first, filtered by person, kind, record,
// action and date; the selected row's before and after side by side; the rows shown exported as CSV.
class AuditViewerDialog : public QDialog {
    Q_OBJECT
public:
    explicit AuditViewerDialog(Database& db, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    // The filter as the fields hold it, and the search it runs.
    AuditLog::Filter filter() const;
    void setFilter(const AuditLog::Filter& f);
    void refresh();
    // The rows shown, as CSV (UTF-8 with a BOM, for Excel); false with a message when it cannot be written.
    bool exportTo(const QString& path);

private:
    void showSelected();
    Database& m_db;
    QLineEdit* m_actor = nullptr;
    QComboBox* m_kind = nullptr;
    QSpinBox* m_record = nullptr;
    QComboBox* m_action = nullptr;
    QCheckBox* m_useDates = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QTableWidget* m_table = nullptr;
    QPlainTextEdit* m_before = nullptr;
    QPlainTextEdit* m_after = nullptr;
    QList<AuditLog::Entry> m_entries;
};

} // namespace houqin::gui
