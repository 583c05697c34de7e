#include "RecordReader.h"

#include "Rows.h"
#include "domain/ValueFormat.h"

#include <algorithm>
#include <map>

namespace houqin {

namespace {
constexpr int kFirstFieldColumn = 5; // after the meta columns
} // namespace

RecordReader::RecordReader(const RecordKind& kind) {
    m_byKey.reserve(kind.fields.size());
    int column = kFirstFieldColumn;
    for (const FieldDef& f : kind.fields)
        m_byKey.push_back({column++, &f});
    std::sort(m_byKey.begin(), m_byKey.end(),
              [](const Cell& a, const Cell& b) { return a.field->key < b.field->key; });
}

Record RecordReader::read(const Rows& row) const {
    Record r;
    r.id = row.int64(0);
    r.createdAt = row.dateTime(1);
    r.createdBy = row.text(2);
    r.updatedAt = row.dateTime(3);
    r.updatedBy = row.text(4);
    std::map<QString, QVariant> values; // QVariantMap's own storage, filled in key order
    for (const Cell& c : m_byKey) {
        if (row.isNull(c.column))
            continue;
        QVariant v;
        switch (c.field->type) {
        case FieldType::Date:
            v = row.date(c.column);
            break;
        case FieldType::DateTime:
            v = row.dateTime(c.column);
            break;
        default:
            v = valuefmt::fromSql(*c.field, row.value(c.column));
            if (v.isNull())
                continue;
        }
        values.emplace_hint(values.end(), c.field->key, std::move(v));
    }
    r.values = QVariantMap(std::move(values));
    return r;
}

} // namespace houqin
