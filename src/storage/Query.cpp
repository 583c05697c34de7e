#include "Query.h"

#include "Database.h"
#include "SqliteErrors.h"
#include "logging/Log.h"

#include <QSqlError>

namespace houqin {

namespace {
constexpr int kSqliteConstraint = 19;
} // namespace

Query::Query(Database& db, const QString& sql, const char* where)
    : m_q(db.connection()), m_sql(sql), m_where(where) {
    m_q.setForwardOnly(true);
    m_prepared = m_q.prepare(sql);
}

Query& Query::bind(const QString& placeholder, const QVariant& value) {
    m_q.bindValue(placeholder, value);
    return *this;
}

Error Query::fail(const QString& what) const {
    const QSqlError err = m_q.lastError();
    const int native = err.nativeErrorCode().toInt();
    Error e;
    e.code = sqliteerrors::codeOf(native);
    e.message = sqliteerrors::message(native);
    e.sql = m_sql;
    e.where = QString::fromLatin1(m_where);
    e.detail = err.databaseText();
    // SQLITE_CONSTRAINT (19), also as an extended code (19 | n << 8): a trigger's RAISE(ABORT), UNIQUE,
    // CHECK.
    e.constraint = (native & 0xff) == kSqliteConstraint;
    log::get("storage")->error("{} in {}: {} [SQL: {}]", log::s(what), m_where, log::s(err.text()),
                               log::s(m_sql));
    return e;
}

Status Query::exec() {
    if (!m_prepared)
        return fail(QStringLiteral("prepare failed"));
    if (!m_q.exec())
        return fail(QStringLiteral("exec failed"));
    return {};
}

Status Query::finish() {
    if (m_q.lastError().isValid())
        return fail(QStringLiteral("reading results failed"));
    m_q.finish(); // releases the statement, so it no longer holds a read transaction open
    return {};
}

Status Query::run(Database& db, const QString& sql, const char* where) {
    Query q(db, sql, where);
    return q.exec();
}

} // namespace houqin
