#pragma once

#include "domain/RecordKind.h"
#include "domain/Result.h"
#include "domain/Settings.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace houqin {

class WriteWait;

// Who works with the open file: the signed-in user's name, role (domain/access/Roles.h) and staff record.
// Every repository call is checked against the role.
struct SignedIn {
    QString name;
    QString role;
    QString staffName;
};

// One open Houqin database file: the connection, its settings, migrations and the kindergarten
// settings cache. Not copyable; one per thread.
class Database {
public:
    // "HOUQ": written to PRAGMA application_id so other programs' SQLite files are refused.
    static constexpr int kApplicationId = 0x484F5551;
    // The schema version whose audit rows carry a hash chain (AuditChain.h); older files are chained when
    // they are upgraded.
    static constexpr int kFirstChainedVersion = 15;

    struct OpenOptions {
        // Create the file's folder when it is missing: for the default path only. A folder the user named
        // (--db) must exist.
        bool createFolder = false;
        // Read only, even when the file could be written (a backup opened instead of a damaged file).
        bool readOnly = false;
        // The caller holds this file open and has already checked it: no quick_check again. A worker
        // thread's own connection (gui/BackgroundTask) would otherwise read the whole file each time,
        // since the GUI's open connection keeps a -wal beside it and CheckMemo cannot vouch for it.
        bool alreadyChecked = false;
    };
    // Opens (creating when missing) and migrates the file. ":memory:" gives a private in-memory database.
    // A file that is not SQLite, SQLite of another application, empty, from a newer Houqin or damaged
    // (quick_check) is refused and left untouched (storage/DatabaseFile.h). A file that cannot be written,
    // or whose folder cannot, opens read-only (readOnly()).
    static Result<std::unique_ptr<Database>> open(const QString& path, const OpenOptions& options);
    static Result<std::unique_ptr<Database>> open(const QString& path) { return open(path, OpenOptions{}); }
    // Where the database lives when no --db is given: the app data folder.
    static QString defaultPath();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase& connection() { return m_db; }
    // The C handle of the same connection (Debian's Qt plugin links the system libsqlite3).
    sqlite3* handle() const;
    QString path() const { return m_path; }
    // Open for reading only: every change is refused with Error::Code::ReadOnly (AccessCheck), the GUI
    // shows a note and disables editing, the CLI's writing commands refuse.
    bool readOnly() const { return m_readOnly; }
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

    // The signed-in user, whose role every repository call is checked against (RecordRepository refuses
    // with Error::Code::Denied). Unset: a file without users yet, or work done for the system itself
    // (migrations, demo data, tests), where everything is allowed as before accounts existed.
    void setSignedIn(std::optional<SignedIn> who) { m_signedIn = std::move(who); }
    const std::optional<SignedIn>& signedIn() const { return m_signedIn; }

    // Nesting depth of open transactions; see Transaction.
    int& transactionDepth() { return m_txDepth; }
    // What the outermost transaction does while another connection writes (storage/WriteWait.h); null,
    // the default, blocks in SQLite's busy timeout.
    void setWriteWait(std::unique_ptr<WriteWait> wait);
    WriteWait* writeWait() const { return m_writeWait.get(); }

    // The audit chain's head as written last inside the open transaction (AuditLog), so that a batch of
    // writes reads it once instead of once per row. Only valid while a transaction is open: Transaction
    // clears it when the outermost one begins or ends and on every rollback (a rolled-back savepoint may
    // have held audit rows).
    std::optional<QString>& auditHeadCache() { return m_auditHead; }

    // A statement prepared on the connection's handle and kept until the connection closes, for the writes
    // a batch runs once per record (storage/Statement: an insert, its audit row). Only for statements that
    // return no rows: a kept SELECT could be run again while a caller still reads it. Null when the
    // statement does not prepare (the connection's last error then says why).
    sqlite3_stmt* keptStatement(const QString& sql);

private:
    Database() = default;
    Status configure();
    void ensureDatabaseId();

    QSqlDatabase m_db;
    bool m_leaveSound = false; // opened writable and sound: remembered as sound when closed
    QString m_connectionName;
    QString m_path;
    KindergartenSettings m_settings;
    QString m_databaseId;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTime(); };
    int m_txDepth = 0;
    bool m_readOnly = false;
    std::optional<SignedIn> m_signedIn;
    std::optional<QString> m_auditHead;
    QHash<QString, sqlite3_stmt*> m_kept; // keptStatement's, finalized before the connection closes
    std::unique_ptr<WriteWait> m_writeWait;
};

} // namespace houqin
