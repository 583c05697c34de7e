#include "BackupFolder.h"

#include "AuditLog.h"
#include "Database.h"
#include "Query.h"
#include "Transaction.h"
#include "domain/ValueFormat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QSettings>
#include <QUrl>
#include <algorithm>

namespace houqin::backupfolder {

namespace {
const QString kSettingKey = QStringLiteral("backup.folder");

// One key per database file: its absolute path, percent-encoded so its slashes make no QSettings groups.
QString settingsKey(const QString& dbPath) {
    return QStringLiteral("backupFolders/") +
           QString::fromLatin1(QUrl::toPercentEncoding(QFileInfo(dbPath).absoluteFilePath()));
}
} // namespace

QString defaultFor(const QString& dbPath) {
    return QFileInfo(dbPath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString resolve(const QString& dbPath, const QString& setting) {
    const QString folder = setting.trimmed();
    if (folder.isEmpty())
        return defaultFor(dbPath);
    return QDir::cleanPath(QFileInfo(dbPath).absoluteDir().absoluteFilePath(folder));
}

QString remembered(const QString& dbPath) {
    const QString value = QSettings().value(settingsKey(dbPath)).toString();
    return value.isEmpty() ? defaultFor(dbPath) : value;
}

QString problem(const QString& folder) {
    if (folder.size() <= 1000 && std::none_of(folder.begin(), folder.end(),
                                              [](QChar c) { return c.category() == QChar::Other_Control; }))
        return {};
    //: zh_CN "备份文件夹不是可用的路径：“%1”。"
    return QCoreApplication::translate("Settings", "The backup folder is not a usable path: \"%1\".")
        .arg(valuefmt::excerpt(folder));
}

QString setting(Database& db) {
    Query q(db, QStringLiteral("SELECT value FROM settings WHERE key = :k"));
    q.bind(QStringLiteral(":k"), kSettingKey);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

Status save(Database& db, const QString& folder, const Actor& who) {
    const QString value = folder.trimmed();
    if (const QString why = problem(value); !why.isEmpty())
        return Error::validation({Issue::error(kSettingKey, why)});
    const QString before = setting(db);
    if (before == value)
        return {};
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    Query q(db, QStringLiteral("INSERT INTO settings(key, value) VALUES(:k, :v) "
                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.bind(QStringLiteral(":k"), kSettingKey).bind(QStringLiteral(":v"), value);
    if (Status s = q.exec(); !s)
        return s;
    if (Status s = AuditLog::write(db, who, QStringLiteral("settings"), 0, AuditLog::Action::Update,
                                   QJsonObject{{kSettingKey, before}}, QJsonObject{{kSettingKey, value}});
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    remember(db.path(), resolve(db.path(), value));
    return {};
}

QString of(Database& db) {
    const QString folder = resolve(db.path(), setting(db));
    if (remembered(db.path()) != folder)
        remember(db.path(), folder);
    return folder;
}

void remember(const QString& dbPath, const QString& folder) {
    QSettings settings;
    settings.setValue(settingsKey(dbPath), folder);
    settings.sync();
}

} // namespace houqin::backupfolder
