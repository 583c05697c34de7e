#include "Query.h"

#include "Database.h"
#include "logging/Log.h"

#include <QCoreApplication>
#include <QSqlError>

namespace houqin {

namespace {
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
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
    e.code = (native == kSqliteBusy || native == kSqliteLocked) ? Error::Code::Busy : Error::Code::Sql;
    e.message =
        e.code == Error::Code::Busy
            ? QCoreApplication::translate("Storage",
                                          "The database is in use by another program. Try again in a moment.")
            : QCoreApplication::translate("Storage", "A database operation failed: %1").arg(err.text());
    e.sql = m_sql;
    e.where = QString::fromLatin1(m_where);
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
