#pragma once

#include "domain/RecordKind.h"

#include <string>
#include <vector>

namespace houqin {

class Rows;

// The field cells of rows read together, kept as SQLite's bytes (texts and blobs) and numbers until a record
// asks for a value (domain/RecordValues, issue #15). A value is converted as the repository always has:
// dates and date-times parsed from their ISO text (date-times through storage/LocalDateTimes), other cells
// through valuefmt::fromSql, with direct paths for the common pairs (an INTEGER for an integer field, a TEXT
// for a text field) that give the same values. A page copies the fields it needs, so records outlive the
// kind they were read for.
class StoredPage final : public StoredCells {
public:
    // fields: the kind's fields in the order of their columns; firstColumn: the column of the first field.
    StoredPage(const QList<FieldDef>& fields, int firstColumn, int expectedRows);

    // Copies the current row's field cells; returns the row's index in the page.
    int append(const Rows& row);
    int rowCount() const { return m_rows; }

    QVariant value(int row, const QString& key) const override;
    QVariantMap values(int row) const override;

private:
    struct Cell {
        int type; // SQLITE_NULL, SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB
        quint32 size;
        union {
            qint64 integer;
            double real;
            quint32 offset; // of the bytes in m_bytes
        };
    };
    QVariant convert(const FieldDef& f, const Cell& c) const;
    const Cell& cell(int row, int field) const {
        return m_cells[size_t(row) * m_fields.size() + size_t(field)];
    }

    QList<FieldDef> m_fields;
    std::vector<int> m_byKey; // field indexes in their keys' order
    int m_firstColumn;
    int m_rows = 0;
    std::vector<Cell> m_cells; // row by row, field by field
    std::string m_bytes;
};

} // namespace houqin
