#pragma once

#include "domain/RecordKind.h"
#include "domain/Result.h"
#include "domain/Settings.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>

struct sqlite3;

namespace houqin {

// One open Houqin database file: the connection, its settings, migrations and the kindergarten
// settings cache. Not copyable; one per thread.
class Database {
public:
    // "HOUQ": written to PRAGMA application_id so other programs' SQLite files are refused.
    static constexpr int kApplicationId = 0x484F5551;

    // Opens (creating when missing) and migrates the file. ":memory:" gives a private in-memory database.
    // A file that is not SQLite, or SQLite of another application, or from a newer Houqin is refused
    // and left untouched.
    static Result<std::unique_ptr<Database>> open(const QString& path);
    // Where the database lives when no --db is given: the app data folder.
    static QString defaultPath();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase& connection() { return m_db; }
    // The C handle of the same connection (Debian's Qt plugin links the system libsqlite3).
    sqlite3* handle() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    const KindergartenSettings& settings() const { return m_settings; }
    // The database's random identity (a UUID without braces), stored in the settings table under
    // settingkey::kDatabaseId the first time the file is opened writable. Empty only for a file that has
    // none and could not be written.
    QString databaseId() const { return m_databaseId; }
    void cacheSettings(const KindergartenSettings& s) { m_settings = s; }
    // The time rules see. Tests fix it; the app leaves the system clock.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    const std::function<QDateTime()>& clock() const { return m_clock; }
    QDateTime now() const { return m_clock(); }
    // The settings and the clock, and a lookup of other kinds' records for rules that need one.
    RuleContext ruleContext() const;

    // Nesting depth of open transactions; see Transaction.
    int& transactionDepth() { return m_txDepth; }

private:
    Database() = default;
    Status configure();
    void ensureDatabaseId();

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    KindergartenSettings m_settings;
    QString m_databaseId;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTime(); };
    int m_txDepth = 0;
};

} // namespace houqin
