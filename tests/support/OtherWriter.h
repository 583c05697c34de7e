#pragma once

#include <QString>
#include <sqlite3.h>

namespace houqin::test {

// Another program's connection to the same database file (an import from the command line, Houqin on
// another PC), through the sqlite3 C API: e.g. exec("BEGIN IMMEDIATE") holds the write lock until COMMIT.
class OtherWriter {
public:
    explicit OtherWriter(const QString& path) { sqlite3_open(path.toUtf8().constData(), &m_db); }
    ~OtherWriter() { sqlite3_close(m_db); }
    OtherWriter(const OtherWriter&) = delete;
    OtherWriter& operator=(const OtherWriter&) = delete;
    int exec(const char* sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr); }

private:
    sqlite3* m_db = nullptr;
};

} // namespace houqin::test
