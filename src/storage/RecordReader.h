#pragma once

#include "domain/RecordKind.h"

#include <memory>

namespace houqin {

class Rows;
class StoredPage;

// Stored rows of a kind as Records: the meta columns (id, created_at, created_by, updated_at, updated_by),
// then one column per field in declaration order (RecordRepository::selectColumns). The meta columns are
// read at once; the fields' cells are copied into a StoredPage shared by the records read together, and
// converted when a value is read (domain/RecordValues, issue #15). A page holds at most kRowsPerPage rows,
// so a long read (an export's stream) never keeps more than that alive through one record.
class RecordReader {
public:
    static constexpr int kRowsPerPage = 256;
    // expectedRows: how many rows the read will give at most (a list's limit), for the page's room; 0 =
    // unknown.
    explicit RecordReader(const RecordKind& kind, int expectedRows = 0);
    ~RecordReader();
    Record read(const Rows& row);

private:
    const RecordKind& m_kind;
    int m_expectedRows;
    std::shared_ptr<StoredPage> m_page;
};

} // namespace houqin
