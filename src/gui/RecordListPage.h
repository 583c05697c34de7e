#pragma once

#include "domain/RecordKind.h"
#include "storage/RecordRepository.h"

#include <QWidget>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolBar;

namespace houqin {
class Database;
}

namespace houqin::gui {

class DetailsPane;
class RecordTableModel;

// The list page of any record kind: toolbar (new, edit, delete, print, PDF, CSV), search as you type,
// date-range, status and campus filters, the lazily loaded table and a details pane with the history.
class RecordListPage : public QWidget {
    Q_OBJECT
public:
    static constexpr int kSearchDelayMs = 250;

    // OnFirstShow: the module tabs hold a page per kind but show one at a time; loading every list when
    // the window opens would be start-up work for pages nobody may look at.
    enum class Loading { Now, OnFirstShow };
    RecordListPage(Database& db, const RecordKind& kind, QWidget* parent = nullptr,
                   Loading loading = Loading::Now);

    const RecordKind& kind() const { return m_kind; }
    Database& database() const { return m_db; }
    RecordTableModel* model() const { return m_model; }
    QTableView* tableView() const { return m_table; }
    QLineEdit* searchEdit() const { return m_search; }
    QToolBar* toolBar() const { return m_toolBar; }
    DetailsPane* detailsPane() const { return m_details; }
    QLabel* countLabel() const { return m_count; }
    // The status filter (the kind's named filters); nullptr when the kind has none.
    QComboBox* statusFilter() const { return m_statusFilter; }

    // The query the filters describe (what the table shows, prints and exports).
    ListQuery currentQuery() const;
    // The selected record, if any.
    std::optional<Record> currentRecord() const;
    // Selects a record if it is among the loaded rows.
    void selectRecord(qint64 id);
    // Shows every record that matches one of the kind's named filters (FilterDef key; empty = all): the
    // search, date range and campus filters are cleared, so the list holds what a count of that filter
    // (the dashboard's) counted. False when the kind has no such filter; the list then shows all.
    bool showFiltered(const QString& filterKey);

    // The file actions without their file dialogs: what the list shows, to or from path (a path ending in
    // .xlsx exports a workbook; an import reads CSV or a workbook by its content). Problems are shown to the
    // user; false when nothing was written.
    bool exportPdfTo(const QString& path);
    bool exportCsvTo(const QString& path);
    bool importFrom(const QString& path);

public Q_SLOTS:
    // Re-queries now; the search box calls this kSearchDelayMs after the last keystroke.
    void applyFilters();
    // Reloads the same query (after a change elsewhere), keeping the selection.
    void reload();
    // The status bar's campus changed: the campus filter follows it (kinds with a campus field).
    void followCampus(const QString& campus);
    void newRecord();
    void editCurrent();
    void deleteCurrent();
    void printPreview();
    void exportPdf();
    void exportCsv();
    void importCsv();
    void focusSearch();

Q_SIGNALS:
    // After any change made from this page (save, delete, import).
    void recordsChanged();
    // A short note for the status bar ("Exported 120 records to ...").
    void statusMessage(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void buildToolBar();
    QWidget* buildFilterBar();
    void updateCount();
    void updateSelection();
    void updateSortIndicator();
    void onHeaderClicked(int section);
    void openForm(const Record& record);
    QString suggestedFileName(const QString& suffix) const;

    Database& m_db;
    const RecordKind& m_kind;
    RecordTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    DetailsPane* m_details = nullptr;
    QToolBar* m_toolBar = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchTimer = nullptr;
    QCheckBox* m_allDates = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QComboBox* m_campusFilter = nullptr;
    QString m_campusField;
    QLabel* m_count = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_deleteAction = nullptr;
    bool m_columnsSized = false;
    void sizeColumnsFromDeclaration();
    bool m_loaded = false; // set by the first applyFilters()
};

} // namespace houqin::gui
