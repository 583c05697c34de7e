#pragma once

#include <QMap>
#include <QString>

struct sqlite3;

// Looks at a Houqin file from outside, through SQLite's C API rather than Houqin's own code, the way the
// next start of the app would find it: opening it read-write lets SQLite recover a -wal left by a killed
// process, exactly as that start would.
namespace houqin::reliability {

// Row counts of every table, by name.
using TableCounts = QMap<QString, qint64>;

class DbState {
public:
    explicit DbState(const QString& path);
    ~DbState();
    DbState(const DbState&) = delete;
    DbState& operator=(const DbState&) = delete;

    bool isOpen() const { return m_db != nullptr; }
    QString openError() const { return m_error; }
    // "ok", or SQLite's list of problems.
    QString integrityCheck();
    // Empty, or the rows that break a foreign key.
    QString foreignKeyCheck();
    TableCounts counts();
    // The rows of a query, columns joined by '|' and rows by `separator`; an error's text otherwise.
    QString query(const char* sql, const QString& separator = QStringLiteral("\n"));
    // SELECT COUNT(*) FROM table WHERE condition; -1 on an error.
    qint64 count(const QString& table, const QString& condition = QStringLiteral("1"));

private:
    sqlite3* m_db = nullptr;
    QString m_error;
};

// Each table's count in `after` minus that in `before` (tables only in one side count from zero); only
// the tables that changed are listed.
TableCounts difference(const TableCounts& before, const TableCounts& after);
TableCounts plus(const TableCounts& base, const TableCounts& delta);
// "food_samples +1000, audit_log +1000".
QString describe(const TableCounts& delta);

} // namespace houqin::reliability
