#pragma once

#include "domain/RecordKind.h"

#include <vector>

namespace houqin {

class Rows;

// A stored row of a kind as a Record: the meta columns (id, created_at, created_by, updated_at,
// updated_by), then one column per field in declaration order (RecordRepository::selectColumns). Made once
// per read, it knows the fields in their keys' order, so each value is appended at the end of the record's
// QVariantMap instead of searched into place (issue #15). Dates and date-times are parsed from SQLite's
// text directly; other values are converted as valuefmt::fromSql does. A NULL cell is no value.
class RecordReader {
public:
    explicit RecordReader(const RecordKind& kind);
    Record read(const Rows& row) const;

private:
    struct Cell {
        int column;
        const FieldDef* field;
    };
    std::vector<Cell> m_byKey;
};

} // namespace houqin
