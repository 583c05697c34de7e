#include "RecordTableModel.h"

#include "domain/FieldUnit.h"
#include "domain/ValueFormat.h"
#include "storage/Database.h"

#include <QScopedValueRollback>

namespace houqin::gui {

namespace {
bool isNumeric(FieldType t) {
    return t == FieldType::Integer || t == FieldType::Decimal || t == FieldType::Money;
}
} // namespace

RecordTableModel::RecordTableModel(Database& db, const RecordKind& kind, QObject* parent)
    : QAbstractTableModel(parent), m_repo(db, kind), m_kind(kind), m_extension(kindExtension(kind.key)) {
    for (const QString& key : kind.columns())
        if (kind.anyField(key))
            m_columns << key;
}

void RecordTableModel::setQuery(const ListQuery& query) {
    m_query = query;
    m_query.limit = -1;
    m_query.offset = 0;
    resetTo(m_pageSize);
}

void RecordTableModel::reload() {
    resetTo(qMax<int>(m_pageSize, int(m_rows.size())));
}

Result<QList<RecordTableModel::Row>> RecordTableModel::load(int offset, int limit) const {
    ListQuery q = m_query;
    q.offset = offset;
    q.limit = limit;
    auto records = m_repo.list(q);
    if (!records)
        return records.error();
    QList<Row> rows;
    rows.reserve(records->size());
    for (Record& r : *records)
        rows.append({std::move(r), std::nullopt});
    return rows;
}

void RecordTableModel::resetTo(int rowsWanted) {
    const QScopedValueRollback busy(m_busy, true);
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_error.reset();
    m_ruleContext = database().ruleContext();
    auto total = m_repo.count(m_query);
    if (total) {
        m_total = *total;
        auto rows = load(0, int(qMin<qint64>(m_total, rowsWanted)));
        if (rows) {
            m_rows = std::move(*rows);
            // Rows deleted between the count and the read: never promise rows that are not there.
            if (m_rows.size() < qMin<qint64>(m_total, rowsWanted))
                m_total = m_rows.size();
        } else {
            m_error = rows.error();
            m_total = 0;
        }
    } else {
        m_error = total.error();
    }
    endResetModel();
    if (m_error)
        Q_EMIT loadFailed(*m_error);
    Q_EMIT loaded();
}

void RecordTableModel::refreshDerived() {
    if (m_rows.isEmpty() || m_kind.derived.isEmpty())
        return;
    m_ruleContext = database().ruleContext();
    for (Row& row : m_rows)
        row.derived.reset();
    Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
}

int RecordTableModel::rowOf(qint64 id) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].record.id == id)
            return i;
    return -1;
}

bool RecordTableModel::isSortable(int column) const {
    return m_kind.field(columnKey(column)) != nullptr;
}

int RecordTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RecordTableModel::valueAt(const Row& row, const QString& key) const {
    return m_kind.field(key) ? row.record.value(key) : derivedOf(row).value(key);
}

const QVariantMap& RecordTableModel::derivedOf(const Row& row) const {
    if (!row.derived)
        row.derived = deriveValues(m_kind, row.record, m_ruleContext);
    return *row.derived;
}

const RowStyle* RecordTableModel::rowStyle(const Row& row) const {
    if (!m_extension)
        return nullptr;
    for (const QString& key : m_columns) {
        auto styles = m_extension->rowStyles.constFind(key);
        if (styles == m_extension->rowStyles.cend())
            continue;
        auto style = styles->constFind(valueAt(row, key).toString());
        if (style != styles->cend())
            return &style.value();
    }
    return nullptr;
}

QVariant RecordTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const QString key = m_columns.at(index.column());
    const FieldDef* f = m_kind.anyField(key);
    switch (role) {
    case Qt::DisplayRole:
        // A record kept before campuses were recorded (or on a kindergarten of several campuses, where the
        // upgrade could not tell) says so, rather than showing an empty cell.
        if (f->type == FieldType::Campus && valueAt(row, key).toString().isEmpty())
            return tr("Unspecified");
        return valuefmt::display(*f, valueAt(row, key));
    case Qt::ToolTipRole:
        if (f->type == FieldType::LongText || f->type == FieldType::Text)
            return valuefmt::display(*f, valueAt(row, key));
        return {};
    case Qt::TextAlignmentRole:
        return isNumeric(f->type) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                  : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (const RowStyle* s = rowStyle(row); s && s->foreground.isValid())
            return s->foreground;
        return {};
    case Qt::BackgroundRole:
        if (const RowStyle* s = rowStyle(row); s && s->background.isValid())
            return s->background;
        return {};
    case RecordIdRole:
        return row.record.id;
    case ValueRole:
        return valueAt(row, key);
    case FieldKeyRole:
        return key;
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const FieldDef* f = m_kind.anyField(m_columns.at(section));
    switch (role) {
    case Qt::DisplayRole:
        return labelWithUnit(*f);
    case FieldKeyRole:
        return f->key;
    default:
        return {};
    }
}

bool RecordTableModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_rows.size() < m_total;
}

void RecordTableModel::fetchMore(const QModelIndex& parent) {
    // Views (and QAbstractItemModelTester) may ask for more from inside a change notification; loading
    // then would nest one change inside another. They ask again once the change is over.
    if (m_busy || !canFetchMore(parent))
        return;
    const QScopedValueRollback busy(m_busy, true);
    const int offset = int(m_rows.size());
    auto rows = load(offset, int(qMin<qint64>(m_pageSize, m_total - offset)));
    if (!rows) {
        m_error = rows.error();
        m_total = m_rows.size(); // stop asking; the error is reported
        Q_EMIT loadFailed(*m_error);
        return;
    }
    if (rows->isEmpty()) {
        m_total = m_rows.size();
        return;
    }
    beginInsertRows({}, offset, offset + int(rows->size()) - 1);
    m_rows.append(std::move(*rows));
    endInsertRows();
    Q_EMIT loaded();
}

void RecordTableModel::sort(int column, Qt::SortOrder order) {
    if (!isSortable(column))
        return;
    m_query.sortField = columnKey(column);
    m_query.sortDescending = order == Qt::DescendingOrder;
    resetTo(m_pageSize);
}

} // namespace houqin::gui
