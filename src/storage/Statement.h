#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace houqin {

class Database;

// A write run once per record of a batch (a record's INSERT, its audit row), on the sqlite3 C API of the
// connection's own handle: prepared once per connection and kept until the connection closes
// (Database::keptStatement), parameters bound
// by position (?1, ?2, …), text bound as UTF-8, the encoding the file keeps, so nothing is converted from
// UTF-16 and no QVariant is made per value (issue #15). Query (QSqlQuery) binds by name, through a QVariant
// per value, as UTF-16 that SQLite converts again. Failures are Error values like Query's (code,
// translated message, SQLite's text, SQL, function), logged with their SQL. Only for statements that
// return no rows.
class Statement {
public:
    Statement(Database& db, const QString& sql, const char* where = __builtin_FUNCTION());
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    // As the Qt driver binds: a null QString or QByteArray is NULL.
    Statement& bindNull(int i);
    Statement& bind(int i, qint64 v);
    Statement& bind(int i, const QString& text);
    // Text already in UTF-8.
    Statement& bindUtf8(int i, const QByteArray& text);
    // By the value's type, as the Qt driver binds it: null (and a null string), integers and booleans,
    // doubles, blobs, else its text.
    Statement& bind(int i, const QVariant& v);

    // Runs the statement once; its bindings are then cleared for the next run.
    Status exec();
    qint64 lastInsertId() const;

private:
    Error fail(const QString& what, int rc = 0) const;
    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_sql;
    const char* m_where;
    std::optional<Error> m_prepareError;
    int m_bindRc = 0; // the first failed bind's result code
};

} // namespace houqin
