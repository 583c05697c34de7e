#include "RecordReader.h"

#include "Rows.h"
#include "StoredPage.h"

#include <algorithm>

namespace houqin {

namespace {
constexpr int kFirstFieldColumn = 5; // after the meta columns
} // namespace

RecordReader::RecordReader(const RecordKind& kind, int expectedRows)
    : m_kind(kind), m_expectedRows(expectedRows) {}

RecordReader::~RecordReader() = default;

Record RecordReader::read(const Rows& row) {
    if (!m_page || m_page->rowCount() >= kRowsPerPage) {
        const int room = m_expectedRows > 0 ? std::min(m_expectedRows, kRowsPerPage) : 16;
        m_page = std::make_shared<StoredPage>(m_kind.fields, kFirstFieldColumn, room);
    }
    Record r;
    r.id = row.int64(0);
    r.createdAt = row.dateTime(1);
    r.createdBy = row.text(2);
    r.updatedAt = row.sameText(3, 1) ? r.createdAt : row.dateTime(3);
    r.updatedBy = row.text(4);
    r.values = RecordValues(m_page, m_page->append(row));
    return r;
}

} // namespace houqin
