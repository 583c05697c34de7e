#include "Database.h"

#include "AuditChain.h"
#include "Migrations.h"
#include "Query.h"
#include "RecordRepository.h"
#include "SettingsStore.h"
#include "SqliteErrors.h"
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

Error foreignFile(const QString& path) {
    return Error::make(
        Error::Code::NotOurFile,
        QCoreApplication::translate("Storage", "%1 is a SQLite database of another program, not of Houqin.")
            .arg(path));
}

Error tooNew(const QString& path, qint64 version) {
    return Error::make(
        Error::Code::TooNew,
        QCoreApplication::translate(
            "Storage",
            "%1 was written by a newer version of Houqin (schema %2; this version knows up to %3). "
            "Install the newer version to open it.")
            .arg(path)
            .arg(version)
            .arg(migrations::latestVersion()));
}

quint32 bigEndian32(const QByteArray& bytes, int offset) {
    quint32 v = 0;
    for (int i = 0; i < 4; ++i)
        v = (v << 8) | quint8(bytes.at(offset + i));
    return v;
}

// Identifies the file from its first page before SQLite touches it, so that a file which is not ours is
// refused byte-for-byte unchanged. Opening it with SQLite, even only to read a pragma, would roll back a
// hot journal left beside it (SQLite's documented recovery), changing someone else's file. The header
// layout is SQLite's file format (https://www.sqlite.org/fileformat.html): magic at 0, user_version at 60,
// application_id at 68; page 1's b-tree header follows at 100, with its cell count (the schema's entries)
// at 103.
Status checkHeader(const QString& path) {
    QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return {};
    if (info.isDir())
        return Error::make(
            Error::Code::NotOurFile,
            QCoreApplication::translate("Storage", "%1 is a folder, not a Houqin database.").arg(path));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(
            Error::Code::Io,
            QCoreApplication::translate("Storage", "Cannot read %1: %2").arg(path, f.errorString()));
    const QByteArray head = f.read(105);
    if (!head.startsWith(QByteArray("SQLite format 3\0", 16)))
        return Error::make(
            Error::Code::NotOurFile,
            QCoreApplication::translate("Storage", "%1 is not a Houqin database (it is not a SQLite file).")
                .arg(path));
    if (head.size() < 105)
        return Error::make(Error::Code::NotOurFile,
                           QCoreApplication::translate(
                               "Storage", "%1 is not a Houqin database (it cannot be read as SQLite).")
                               .arg(path));
    const quint32 version = bigEndian32(head, 60);
    const quint32 appId = bigEndian32(head, 68);
    const int schemaEntries = (quint8(head.at(103)) << 8) | quint8(head.at(104));
    const bool blank = appId == 0 && version == 0 && schemaEntries == 0;
    if (appId != quint32(Database::kApplicationId) && !blank)
        return foreignFile(path);
    if (version > quint32(migrations::latestVersion()))
        return tooNew(path, version);
    return {};
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

Result<std::unique_ptr<Database>> Database::open(const QString& path) {
    const bool memory = path == QStringLiteral(":memory:");
    if (!memory) {
        if (Status s = checkHeader(path); !s)
            return s.error();
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath()))
            return Error::make(Error::Code::Io,
                               QCoreApplication::translate("Storage", "Cannot create the folder %1.")
                                   .arg(info.absolutePath()));
    }
    std::unique_ptr<Database> db(new Database());
    db->m_path = path;
    db->m_connectionName = nextConnectionName();
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_db.setDatabaseName(path);
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db->m_db.open()) {
        const QSqlError err = db->m_db.lastError();
        log::get("storage")->warn("cannot open {}: {}", log::s(path), log::s(err.text()));
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("Storage", "Cannot open %1: %2")
                               .arg(path, sqliteerrors::message(err.nativeErrorCode().toInt())));
    }

    // checkHeader identified the file from its bytes; ask SQLite again, since in WAL mode the newest
    // header may still be in the -wal file (our own file, so reading it changes nothing of another's).
    const int appId = pragmaInt(*db, "application_id");
    const int version = pragmaInt(*db, "user_version");
    if (appId < 0 || version < 0)
        return Error::make(Error::Code::NotOurFile,
                           QCoreApplication::translate(
                               "Storage", "%1 is not a Houqin database (it cannot be read as SQLite).")
                               .arg(path));
    const bool empty = pragmaInt(*db, "schema_version") == 0;
    if (appId != kApplicationId && !(appId == 0 && version == 0 && empty))
        return foreignFile(path);
    if (version > migrations::latestVersion())
        return tooNew(path, version);
    if (Status s = db->configure(); !s)
        return s.error();
    if (Status s = migrations::migrate(*db); !s)
        return s.error();
    // A file from before the audit chain: its rows are chained once, now.
    if (version > 0 && version < kFirstChainedVersion)
        if (Status s = AuditChain::chainUnchained(*db); !s)
            return s.error();
    auto settings = SettingsStore::load(*db);
    if (!settings)
        return settings.error();
    db->m_settings = *settings;
    db->ensureDatabaseId();
    log::get("storage")->info("opened {} (schema {})", log::s(path), db->schemaVersion());
    return db;
}

Status Database::configure() {
    // WAL for concurrent readers; FULL sync because food-safety logs must survive a power cut.
    const char* pragmas[] = {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                             "PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000",
                             "PRAGMA trusted_schema = OFF"};
    for (const char* p : pragmas) {
        Query q(*this, QString::fromLatin1(p));
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
    if (!m_databaseId.isEmpty())
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
    m_statements.clear(); // statements before their connection
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlQuery* Database::cachedStatement(const QString& sql) {
    if (const auto it = m_statements.constFind(sql); it != m_statements.constEnd())
        return it->get();
    auto q = std::make_shared<QSqlQuery>(m_db);
    q->setForwardOnly(true);
    if (!q->prepare(sql))
        return nullptr;
    m_statements.insert(sql, q);
    return q.get();
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
