#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>
#include <memory>

namespace houqin {

// The cells of stored rows read together (a page of a list), kept as the database gave them until a value
// is asked for. The storage layer fills it (storage/StoredPage); a record read from it converts a cell only
// when the cell is read, so a page of 200 rows costs little more than SQLite's own reading (issue #15).
// Immutable once read: records of one page may be read from any thread.
class StoredCells {
public:
    virtual ~StoredCells() = default;
    // The value of field key in row, exactly as the repository would have converted it (FieldType's
    // canonical value); null for a NULL cell and for a key that is not one of the kind's fields.
    virtual QVariant value(int row, const QString& key) const = 0;
    // Every non-null value of row, by key.
    virtual QVariantMap values(int row) const = 0;
};

// A record's values by field key, with the operations of a QVariantMap that records use. A record read from
// the database starts unconverted (its row in a StoredCells); reading a value converts that cell alone,
// every time; changing a value, or anything that needs them all (keys(), toMap(), ==), works on all of them
// converted into a map. The two states give the same answers: a value is present when it is not null.
class RecordValues {
public:
    RecordValues() = default;
    RecordValues(QVariantMap values) : m_map(std::move(values)) {} // NOLINT: a record made from values
    RecordValues(std::shared_ptr<const StoredCells> cells, int row) : m_cells(std::move(cells)), m_row(row) {}

    QVariant value(const QString& key) const {
        return m_cells ? m_cells->value(m_row, key) : m_map.value(key);
    }
    bool contains(const QString& key) const;
    QStringList keys() const;
    qsizetype size() const;
    bool isEmpty() const { return size() == 0; }
    QVariantMap toMap() const { return m_cells ? m_cells->values(m_row) : m_map; }

    void insert(const QString& key, const QVariant& value);
    qsizetype remove(const QString& key);

    // Still reading from the stored row (nothing converted into the map yet): for tests.
    bool isUnconverted() const { return m_cells != nullptr; }

    friend bool operator==(const RecordValues& a, const RecordValues& b) { return a.toMap() == b.toMap(); }
    friend bool operator!=(const RecordValues& a, const RecordValues& b) { return !(a == b); }

private:
    // Converts every cell into m_map and lets go of the stored row.
    void convert();

    QVariantMap m_map;
    std::shared_ptr<const StoredCells> m_cells;
    int m_row = 0;
};

} // namespace houqin
