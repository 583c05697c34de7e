#pragma once

#include "domain/Result.h"

#include <QString>
#include <QVariant>
#include <array>
#include <functional>
#include <string>
#include <vector>

struct sqlite3_stmt;

namespace houqin {

class Database;

// A read of many rows through the sqlite3 C API on the connection's own handle, for the paths that read
// pages of records (RecordRepository::list). Query (QSqlQuery) turns every cell into a QVariant held in a
// cache, converted to UTF-16 by SQLite; here a row's cells are read straight from SQLite's buffers, so a
// page costs little more than the raw query (issue #15). Failures are Error values like Query's: code,
// translated message, SQL, function; logged with their SQL.
class Rows {
public:
    Rows(Database& db, const QString& sql, const char* where = __builtin_FUNCTION());
    ~Rows();
    Rows(const Rows&) = delete;
    Rows& operator=(const Rows&) = delete;

    // Binds a value to a named parameter (":p0"): null, integers and booleans, doubles, blobs, else text.
    Rows& bind(const QString& placeholder, const QVariant& value);
    // Steps through every row, calling onRow with the row's reader; stops at the first error.
    Status forEach(const std::function<void(const Rows&)>& onRow);
    // The same, stopping early (without an error) at the first row for which onRow returns false.
    Status forEachWhile(const std::function<bool(const Rows&)>& onRow);

    // The current row's cells.
    bool isNull(int column) const;
    qint64 int64(int column) const;
    // A text cell (null for NULL). A short text equal to one of the last few of its column is that QString
    // again, shared instead of converted from UTF-8 anew: names, choice keys and users repeat down a page.
    QString text(int column) const;
    // A date-time cell ("2026-11-24T16:00:00") parsed without a QString, through storage/LocalDateTimes,
    // which converts each distinct value to local time once.
    QDateTime dateTime(int column) const;
    // Whether two cells hold the same text (a record's created_at and updated_at, equal until it is edited).
    bool sameText(int a, int b) const;
    // The statement, for a reader that copies a row's cells as they are (storage/StoredPage).
    sqlite3_stmt* statement() const { return m_stmt; }

private:
    // rc: a result code of our own (a bind's); 0 = the connection's last error.
    Error fail(const QString& what, int rc = 0) const;
    Database& m_db;
    QString m_sql;
    const char* m_where;
    sqlite3_stmt* m_stmt = nullptr;
    int m_prepareRc = 0;
    int m_bindRc = 0;
    // The last texts of each column, as SQLite's bytes and as the QString made of them.
    struct RecentTexts {
        static constexpr int kCount = 4;
        std::array<std::string, kCount> bytes;
        std::array<QString, kCount> texts;
        int used = 0, next = 0;
    };
    mutable std::vector<RecentTexts> m_recent;
};

} // namespace houqin
