#include "Database.h"

#include "AuditChain.h"
#include "Backups.h"
#include "BusyTimeout.h"
#include "CheckMemo.h"
#include "DatabaseFile.h"
#include "Migrations.h"
#include "Query.h"
#include "RecordRepository.h"
#include "SettingsStore.h"
#include "SqliteErrors.h"
#include "WriteWait.h"
#include "domain/KindRegistry.h"
#include "logging/Log.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QUuid>
#include <sqlite3.h>

namespace houqin {

namespace {

QString nextConnectionName() {
    static QAtomicInt counter;
    return QStringLiteral("houqin-%1").arg(counter.fetchAndAddRelaxed(1));
}

int pragmaInt(Database& db, const char* pragma) {
    Query q(db, QStringLiteral("PRAGMA %1").arg(QLatin1String(pragma)));
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}
} // namespace

QString Database::defaultPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("houqin.sqlite"));
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const OpenOptions& options) {
    const bool memory = path == QStringLiteral(":memory:");
    const bool existed = !memory && QFileInfo::exists(path);
    // Asked before the connection opens: opening in WAL mode creates the -wal, which the memo rightly
    // takes for a file in use (CheckMemo.h), so asked afterwards it never vouched for anything.
    const bool knownSound = existed && checkmemo::knownSound(path);
    if (!memory) {
        if (Status s = dbfile::identify(path); !s)
            return s.error();
        if (Status s = dbfile::checkFolder(path, options.createFolder); !s)
            return s.error();
        if (!existed && !QFileInfo(QFileInfo(path).absolutePath()).isWritable())
            return Error::make(
                Error::Code::Io,
                QCoreApplication::translate("Storage",
                                            "The folder %1 cannot be written, so %2 cannot be created there.")
                    .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()),
                         QDir::toNativeSeparators(path)));
    }
    std::unique_ptr<Database> db(new Database());
    db->m_path = path;
    db->m_readOnly = existed && (options.readOnly || dbfile::cannotWrite(path));
    db->m_connectionName = nextConnectionName();
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    if (db->m_readOnly) {
        db->m_db.setDatabaseName(dbfile::readOnlyUri(path));
        db->m_db.setConnectOptions(
            QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1;QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI")
                .arg(kBusyTimeoutMs));
    } else {
        db->m_db.setDatabaseName(path);
        db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    }
    if (!db->m_db.open()) {
        const QSqlError err = db->m_db.lastError();
        log::get("storage")->warn("cannot open {}: {}", log::s(path), log::s(err.text()));
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("Storage", "Cannot open %1: %2")
                               .arg(path, sqliteerrors::message(err.nativeErrorCode().toInt())));
    }

    // identify() read the file's bytes; ask SQLite again, since in WAL mode the newest header may still be
    // in the -wal file (our own file, so reading it changes nothing of another's).
    auto appId = dbfile::pragma(db->handle(), "application_id", path);
    if (!appId)
        return appId.error();
    auto version = dbfile::pragma(db->handle(), "user_version", path);
    if (!version)
        return version.error();
    auto schema = dbfile::pragma(db->handle(), "schema_version", path);
    if (!schema)
        return schema.error();
    const bool empty = *schema == 0;
    if (*appId != kApplicationId && !(*appId == 0 && *version == 0 && empty))
        return dbfile::foreign(path);
    if (*version > migrations::latestVersion())
        return dbfile::tooNew(path, *version);
    // A file this PC left sound, unchanged since, is not read through again (CheckMemo.h).
    if (!memory && !empty && !options.alreadyChecked && !knownSound) {
        if (Status s = dbfile::quickCheck(db->handle(), path); !s) {
            checkmemo::forget(path);
            return s.error();
        }
    }
    if (db->m_readOnly && *version < migrations::latestVersion())
        return dbfile::readOnly(path, QCoreApplication::translate(
                                          "Storage", "set it up or upgrade it for this version of Houqin"));
    if (Status s = db->configure(); !s)
        return s.error();
    // Always a backup before a migration; one that fails is said and the file is upgraded all the same
    // (each migration is a transaction of its own), rather than refusing to open.
    if (!memory && *version > 0 && *version < migrations::latestVersion())
        backups::beforeMigration(path, int(*version), db->now());
    if (Status s = migrations::migrate(*db); !s)
        return s.error();
    // A file from before the audit chain: its rows are chained once, now.
    if (*version > 0 && *version < kFirstChainedVersion)
        if (Status s = AuditChain::chainUnchained(*db); !s)
            return s.error();
    auto settings = SettingsStore::load(*db);
    if (!settings)
        return settings.error();
    db->m_settings = *settings;
    db->ensureDatabaseId();
    log::get("storage")->info("opened {} (schema {}{})", log::s(path), db->schemaVersion(),
                              db->m_readOnly ? ", read-only" : "");
    db->m_leaveSound = !memory && !db->m_readOnly;
    return db;
}

Status Database::configure() {
    // WAL for concurrent readers; FULL sync because food-safety logs must survive a power cut.
    const QString pragmas[] = {QStringLiteral("PRAGMA journal_mode = WAL"),
                               QStringLiteral("PRAGMA synchronous = FULL"),
                               QStringLiteral("PRAGMA foreign_keys = ON"),
                               QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs),
                               QStringLiteral("PRAGMA trusted_schema = OFF")};
    for (const QString& p : pragmas) {
        // A read-only file keeps its journal mode: setting it would write the header.
        if (m_readOnly && &p == &pragmas[0])
            continue;
        Query q(*this, p);
        if (Status s = q.exec(); !s)
            return s;
    }
    return {};
}

void Database::ensureDatabaseId() {
    Query read(*this, QStringLiteral("SELECT value FROM settings WHERE key = :k"));
    read.bind(QStringLiteral(":k"), settingkey::kDatabaseId);
    if (read.exec() && read.next())
        m_databaseId = read.value(0).toString();
    if (!m_databaseId.isEmpty() || m_readOnly)
        return;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Not audited: it is the file's identity, not a setting anyone chose.
    Query write(*this, QStringLiteral("INSERT INTO settings(key, value) VALUES(:k, :v)"));
    write.bind(QStringLiteral(":k"), settingkey::kDatabaseId).bind(QStringLiteral(":v"), id);
    if (Status s = write.exec(); !s) {
        // A read-only file still opens; its exports then carry no record identities.
        log::get("storage")->warn("{} has no database id and none could be stored: {}", log::s(m_path),
                                  log::s(s.error().message));
        return;
    }
    m_databaseId = id;
}

RuleContext Database::ruleContext() const {
    RuleContext ctx{m_settings, now(), {}};
    // Lookups only read, so a const database may serve them; the repository's API takes it non-const.
    auto* self = const_cast<Database*>(this);
    ctx.findRecord = [self](const QString& kindKey, const QString& fieldKey,
                            const QVariant& value) -> std::optional<Record> {
        const RecordKind* kind = findKind(kindKey);
        if (!kind || !kind->field(fieldKey) || value.isNull())
            return std::nullopt;
        ListQuery q;
        q.equals = {{fieldKey, value}};
        q.limit = 1;
        auto found = RecordRepository::forSystem(*self, *kind).list(q);
        if (!found || found->isEmpty())
            return std::nullopt;
        return found->first();
    };
    ctx.findRecords = [self](const QString& kindKey, const QString& fieldKey, const QVariant& value,
                             const QString& sortField) -> QList<Record> {
        const RecordKind* kind = findKind(kindKey);
        if (!kind || !kind->field(fieldKey) || value.isNull())
            return {};
        ListQuery q;
        q.equals = {{fieldKey, value}};
        if (!sortField.isEmpty()) {
            q.sortField = sortField;
            q.sortDescending = false;
        }
        auto found = RecordRepository::forSystem(*self, *kind).list(q);
        return found ? *found : QList<Record>();
    };
    ctx.lastWithPrefix = [self](const QString& kindKey, const QString& fieldKey,
                                const QString& prefix) -> QString {
        const RecordKind* kind = findKind(kindKey);
        const FieldDef* f = kind ? kind->field(fieldKey) : nullptr;
        if (!f || !f->isText())
            return {};
        // Identifiers come from the declaration; substr() rather than LIKE, so that % and _ in a prefix
        // need no escaping (substr exists in PostgreSQL too).
        Query q(
            *self,
            QStringLiteral("SELECT MAX(%1) FROM %2 WHERE substr(%1, 1, :n) = :p").arg(f->key, kind->table));
        q.bind(QStringLiteral(":n"), prefix.size()).bind(QStringLiteral(":p"), prefix);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0).toString();
    };
    return ctx;
}

Database::~Database() {
    for (sqlite3_stmt* stmt : std::as_const(m_kept)) // SQLite keeps a connection open while it has any
        sqlite3_finalize(stmt);
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    // Closed cleanly after its check: the next open need not check it again while it stays as it is.
    if (m_leaveSound)
        checkmemo::rememberSound(m_path);
}

void Database::setWriteWait(std::unique_ptr<WriteWait> wait) {
    m_writeWait = std::move(wait);
}

sqlite3_stmt* Database::keptStatement(const QString& sql) {
    if (const auto it = m_kept.constFind(sql); it != m_kept.constEnd())
        return *it;
    sqlite3* h = handle();
    if (!h)
        return nullptr;
    sqlite3_stmt* stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(h, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                           nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return nullptr;
    }
    m_kept.insert(sql, stmt);
    return stmt;
}

sqlite3* Database::handle() const {
    const QVariant v = m_db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(v.data());
    return nullptr;
}

int Database::schemaVersion() const {
    return pragmaInt(const_cast<Database&>(*this), "user_version");
}

} // namespace houqin
