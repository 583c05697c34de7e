#include "StoredPage.h"

#include "IsoBytes.h"
#include "LocalDateTimes.h"
#include "Rows.h"
#include "domain/ValueFormat.h"

#include <algorithm>
#include <map>
#include <sqlite3.h>

namespace houqin {

namespace {
// Room reserved for a row's text: most rows of most kinds fit, so a page seldom grows while read.
constexpr size_t kBytesPerRow = 160;
} // namespace

StoredPage::StoredPage(const QList<FieldDef>& fields, int firstColumn, int expectedRows)
    : m_fields(fields), m_firstColumn(firstColumn) {
    m_byKey.resize(size_t(m_fields.size()));
    for (size_t i = 0; i < m_byKey.size(); ++i)
        m_byKey[i] = int(i);
    std::sort(m_byKey.begin(), m_byKey.end(),
              [this](int a, int b) { return m_fields[a].key < m_fields[b].key; });
    if (expectedRows > 0) {
        m_cells.reserve(size_t(expectedRows) * m_byKey.size());
        m_bytes.reserve(size_t(expectedRows) * kBytesPerRow);
    }
}

int StoredPage::append(const Rows& row) {
    sqlite3_stmt* st = row.statement();
    for (int i = 0; i < int(m_fields.size()); ++i) {
        // One call into the statement per cell, which takes the connection's mutex, then the value's own
        // accessors, which do not. SQLite calls such a value "unprotected": reading it is safe while no other
        // thread uses the connection, and a Database is only ever used by the thread that opened it.
        sqlite3_value* v = sqlite3_column_value(st, m_firstColumn + i);
        Cell c;
        c.type = sqlite3_value_type(v);
        c.size = 0;
        switch (c.type) {
        case SQLITE_INTEGER:
            c.integer = sqlite3_value_int64(v);
            break;
        case SQLITE_FLOAT:
            c.real = sqlite3_value_double(v);
            break;
        case SQLITE_TEXT:
        case SQLITE_BLOB: {
            // As SQLite asks: the pointer first, then its size.
            const char* p = c.type == SQLITE_TEXT ? reinterpret_cast<const char*>(sqlite3_value_text(v))
                                                  : static_cast<const char*>(sqlite3_value_blob(v));
            c.offset = quint32(m_bytes.size());
            if (p) {
                c.size = quint32(sqlite3_value_bytes(v));
                m_bytes.append(p, c.size);
            }
            break;
        }
        default:
            c.integer = 0;
        }
        m_cells.push_back(c);
    }
    return m_rows++;
}

QVariant StoredPage::convert(const FieldDef& f, const Cell& c) const {
    if (c.type == SQLITE_NULL)
        return {};
    if (c.type == SQLITE_TEXT || c.type == SQLITE_BLOB) {
        const char* p = m_bytes.data() + c.offset;
        if (c.type == SQLITE_TEXT) {
            if (f.type == FieldType::DateTime) {
                localdatetimes::checkZone();
                return localdatetimes::fromIso(reinterpret_cast<const unsigned char*>(p), int(c.size));
            }
            if (f.type == FieldType::Date)
                return isobytes::date(reinterpret_cast<const unsigned char*>(p), qsizetype(c.size));
            const QString text = QString::fromUtf8(p, qsizetype(c.size));
            return f.isText() || f.type == FieldType::Choice ? QVariant(text) : valuefmt::fromSql(f, text);
        }
        return valuefmt::fromSql(f, QByteArray(p, qsizetype(c.size)));
    }
    if (c.type == SQLITE_INTEGER) {
        switch (f.type) {
        case FieldType::Integer:
        case FieldType::Money:
            return QVariant::fromValue<qint64>(c.integer);
        case FieldType::Bool:
            return c.integer != 0;
        default:
            return valuefmt::fromSql(f, QVariant::fromValue<qint64>(c.integer));
        }
    }
    return valuefmt::fromSql(f, c.real);
}

QVariant StoredPage::value(int row, const QString& key) const {
    const auto it = std::lower_bound(m_byKey.begin(), m_byKey.end(), key,
                                     [this](int i, const QString& k) { return m_fields[i].key < k; });
    if (it == m_byKey.end() || m_fields[*it].key != key || row < 0 || row >= m_rows)
        return {};
    return convert(m_fields[*it], cell(row, *it));
}

QVariantMap StoredPage::values(int row) const {
    if (row < 0 || row >= m_rows)
        return {};
    std::map<QString, QVariant> out; // QVariantMap's own storage, filled in key order
    for (const int i : m_byKey) {
        QVariant v = convert(m_fields[i], cell(row, i));
        if (!v.isNull())
            out.emplace_hint(out.end(), m_fields[i].key, std::move(v));
    }
    return QVariantMap(std::move(out));
}

} // namespace houqin
