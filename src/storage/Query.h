#pragma once

#include "domain/Result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace houqin {

class Database;

// The one way SQL is run: prepared, values bound by name, failures logged with their SQL and returned
// as Error values. Never build SQL from user input; identifiers come from record-kind declarations.
class Query {
public:
    Query(Database& db, const QString& sql, const char* where = __builtin_FUNCTION());
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;
    Query& bind(const QString& placeholder, const QVariant& value);
    Status exec();
    bool next() { return m_q.next(); }
    QVariant value(int i) const { return m_q.value(i); }
    QVariant value(const QString& name) const { return m_q.value(name); }
    // After a `while (next())` loop: a busy or I/O error part-way through ends the loop silently,
    // so the loop's caller must ask.
    Status finish();
    qint64 lastInsertId() const { return m_q.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_q.numRowsAffected(); }
    QSqlQuery& raw() { return m_q; }

    // Runs one statement that needs no results.
    static Status run(Database& db, const QString& sql, const char* where = __builtin_FUNCTION());

private:
    Error fail(const QString& what) const;
    QSqlQuery m_q;
    QString m_sql;
    const char* m_where;
    bool m_prepared = false;
};

} // namespace houqin
