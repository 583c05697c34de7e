#pragma once

#include "KindExtensions.h"
#include "domain/RecordKind.h"
#include "domain/Result.h"
#include "storage/RecordRepository.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariantMap>
#include <optional>

namespace houqin {
class Database;
}

namespace houqin::gui {

// The rows of one record kind that a ListQuery selects, loaded lazily a page at a time
// (canFetchMore/fetchMore), with the kind's list columns, derived values included.
class RecordTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kDefaultPageSize = 200;
    enum Role { RecordIdRole = Qt::UserRole + 1, ValueRole, FieldKeyRole };

    RecordTableModel(Database& db, const RecordKind& kind, QObject* parent = nullptr);

    const RecordKind& kind() const { return m_kind; }
    Database& database() const { return m_repo.database(); }
    const RecordRepository& repository() const { return m_repo; }

    // Replaces the query (limit and offset are the model's own) and loads the first page.
    void setQuery(const ListQuery& query);
    const ListQuery& query() const { return m_query; }
    // Reloads with the same query, keeping at least as many rows loaded as before, so an edit does not
    // scroll the view back to the top.
    void reload();
    // Recomputes derived values (time left, status) for the loaded rows against the current clock.
    void refreshDerived();
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }

    // Rows matching the query (SELECT COUNT(*)), loaded or not.
    qint64 totalCount() const { return m_total; }
    // The last storage error, if loading failed; the model is empty then.
    const std::optional<Error>& lastError() const { return m_error; }

    const Record& record(int row) const { return m_rows.at(row).record; }
    // The row of a record among the loaded rows, or -1.
    int rowOf(qint64 id) const;
    QString columnKey(int column) const { return m_columns.value(column); }
    int columnOf(const QString& key) const { return int(m_columns.indexOf(key)); }
    // Stored fields sort in SQL; derived columns cannot be sorted.
    bool isSortable(int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // After every reset and every page loaded, and when loading failed (see lastError()).
    void loaded();
    void loadFailed(const houqin::Error& error);

private:
    struct Row {
        Record record;
        // Computed when a derived cell is first shown (a page's rows are read but mostly never shown);
        // forgotten by refreshDerived.
        mutable std::optional<QVariantMap> derived;
    };
    Result<QList<Row>> load(int offset, int limit) const;
    void resetTo(int rowsWanted);
    QVariant valueAt(const Row& row, const QString& key) const;
    const RowStyle* rowStyle(const Row& row) const;
    const QVariantMap& derivedOf(const Row& row) const;

    RecordRepository m_repo;
    const RecordKind& m_kind;
    const KindExtension* m_extension = nullptr;
    QStringList m_columns;
    ListQuery m_query;
    QList<Row> m_rows;
    qint64 m_total = 0;
    int m_pageSize = kDefaultPageSize;
    std::optional<Error> m_error;
    RuleContext m_ruleContext; // what derived values are computed against: the clock at the last load
    bool m_busy = false;       // inside a reset or a fetch
};

} // namespace houqin::gui
