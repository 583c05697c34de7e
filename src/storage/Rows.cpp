#include "Rows.h"

#include "Database.h"
#include "LocalDateTimes.h"
#include "SqliteErrors.h"
#include "logging/Log.h"

#include <QDateTime>
#include <cstring>
#include <sqlite3.h>

namespace houqin {

namespace {
// Longer texts (notes, descriptions) seldom repeat: converted each time, not remembered.
constexpr int kRecentTextBytes = 48;

} // namespace

Rows::Rows(Database& db, const QString& sql, const char* where) : m_db(db), m_sql(sql), m_where(where) {
    const QByteArray utf8 = sql.toUtf8();
    m_prepareRc = sqlite3_prepare_v2(db.handle(), utf8.constData(), int(utf8.size()), &m_stmt, nullptr);
    localdatetimes::checkZone();
}

Rows::~Rows() {
    sqlite3_finalize(m_stmt); // also ends the read transaction of a statement read to its end or not
}

Rows& Rows::bind(const QString& placeholder, const QVariant& value) {
    if (!m_stmt || m_bindRc != SQLITE_OK)
        return *this;
    const int i = sqlite3_bind_parameter_index(m_stmt, placeholder.toUtf8().constData());
    if (i == 0) {
        m_bindRc = SQLITE_RANGE;
        return *this;
    }
    if (value.isNull()) {
        m_bindRc = sqlite3_bind_null(m_stmt, i);
        return *this;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        m_bindRc = sqlite3_bind_int64(m_stmt, i, value.toLongLong());
        break;
    case QMetaType::Double:
        m_bindRc = sqlite3_bind_double(m_stmt, i, value.toDouble());
        break;
    case QMetaType::QByteArray: {
        const QByteArray b = value.toByteArray();
        m_bindRc = sqlite3_bind_blob64(m_stmt, i, b.constData(), sqlite3_uint64(b.size()), SQLITE_TRANSIENT);
        break;
    }
    default: {
        const QByteArray t = value.toString().toUtf8();
        m_bindRc = sqlite3_bind_text64(m_stmt, i, t.constData(), sqlite3_uint64(t.size()), SQLITE_TRANSIENT,
                                       SQLITE_UTF8);
    }
    }
    return *this;
}

Error Rows::fail(const QString& what, int rc) const {
    const Error e = sqliteerrors::failure(m_db.handle(), rc, m_sql, m_where);
    log::get("storage")->error("{} in {}: {} [SQL: {}]", log::s(what), m_where, log::s(e.detail),
                               log::s(m_sql));
    return e;
}

Status Rows::forEach(const std::function<void(const Rows&)>& onRow) {
    return forEachWhile([&onRow](const Rows& row) {
        onRow(row);
        return true;
    });
}

Status Rows::forEachWhile(const std::function<bool(const Rows&)>& onRow) {
    if (m_prepareRc != SQLITE_OK || !m_stmt)
        return fail(QStringLiteral("prepare failed"));
    if (m_bindRc != SQLITE_OK)
        return fail(QStringLiteral("bind failed"), m_bindRc);
    int rc;
    while ((rc = sqlite3_step(m_stmt)) == SQLITE_ROW)
        if (!onRow(*this)) {
            sqlite3_reset(m_stmt);
            return {};
        }
    if (rc != SQLITE_DONE)
        return fail(QStringLiteral("reading results failed"));
    sqlite3_reset(m_stmt);
    return {};
}

bool Rows::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Rows::int64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

QString Rows::text(int column) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!p)
        return {};
    const int n = sqlite3_column_bytes(m_stmt, column);
    if (n > kRecentTextBytes || column < 0)
        return QString::fromUtf8(p, n);
    if (m_recent.size() <= size_t(column))
        m_recent.resize(size_t(std::max(column + 1, sqlite3_column_count(m_stmt))));
    RecentTexts& recent = m_recent[size_t(column)];
    for (int i = 0; i < recent.used; ++i)
        if (recent.bytes[i].size() == size_t(n) && std::memcmp(recent.bytes[i].data(), p, size_t(n)) == 0)
            return recent.texts[i];
    QString s = QString::fromUtf8(p, n);
    recent.bytes[recent.next].assign(p, size_t(n));
    recent.texts[recent.next] = s;
    recent.next = (recent.next + 1) % RecentTexts::kCount;
    recent.used = std::min(recent.used + 1, int(RecentTexts::kCount));
    return s;
}

QDateTime Rows::dateTime(int column) const {
    return localdatetimes::fromIso(sqlite3_column_text(m_stmt, column), sqlite3_column_bytes(m_stmt, column));
}

bool Rows::sameText(int a, int b) const {
    const auto* p = sqlite3_column_text(m_stmt, a);
    const int n = sqlite3_column_bytes(m_stmt, a);
    const auto* q = sqlite3_column_text(m_stmt, b);
    const int m = sqlite3_column_bytes(m_stmt, b);
    return p && q && n == m && std::memcmp(p, q, size_t(n)) == 0;
}

} // namespace houqin
