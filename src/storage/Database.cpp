#include "Database.h"

#include "Migrations.h"
#include "Query.h"
#include "RecordRepository.h"
#include "SettingsStore.h"
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

// Refuses anything that is not a SQLite file before SQLite touches it.
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
    if (f.read(16) != QByteArray("SQLite format 3\0", 16))
        return Error::make(
            Error::Code::NotOurFile,
            QCoreApplication::translate("Storage", "%1 is not a Houqin database (it is not a SQLite file).")
                .arg(path));
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
    if (!db->m_db.open())
        return Error::make(Error::Code::Io, QCoreApplication::translate("Storage", "Cannot open %1: %2")
                                                .arg(path, db->m_db.lastError().text()));

    // Identify the file before changing anything in it.
    const int appId = pragmaInt(*db, "application_id");
    const int version = pragmaInt(*db, "user_version");
    const int tableCount = pragmaInt(*db, "schema_version") == 0 ? 0 : 1;
    if (appId < 0 || version < 0)
        return Error::make(Error::Code::NotOurFile,
                           QCoreApplication::translate(
                               "Storage", "%1 is not a Houqin database (it cannot be read as SQLite).")
                               .arg(path));
    const bool empty = tableCount == 0;
    if (appId != kApplicationId && !(appId == 0 && version == 0 && empty))
        return Error::make(Error::Code::NotOurFile,
                           QCoreApplication::translate(
                               "Storage", "%1 is a SQLite database of another program, not of Houqin.")
                               .arg(path));
    if (version > migrations::latestVersion())
        return Error::make(
            Error::Code::TooNew,
            QCoreApplication::translate(
                "Storage",
                "%1 was written by a newer version of Houqin (schema %2; this version knows up to %3). "
                "Install the newer version to open it.")
                .arg(path)
                .arg(version)
                .arg(migrations::latestVersion()));
    if (Status s = db->configure(); !s)
        return s.error();
    if (Status s = migrations::migrate(*db); !s)
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
        auto found = RecordRepository(*self, *kind).list(q);
        if (!found || found->isEmpty())
            return std::nullopt;
        return found->first();
    };
    return ctx;
}

Database::~Database() {
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
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
