#include "Backups.h"

#include "BackupFolder.h"
#include "Database.h"
#include "domain/BackupPolicy.h"
#include "logging/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <csignal>
#include <unistd.h>

namespace houqin::backups {

namespace {
const QString kTimeFormat = QStringLiteral("yyyyMMdd-HHmmss");

QString tr(const char* text) {
    return QCoreApplication::translate("Storage", text);
}

QString stemOf(const QString& dbPath) {
    return QFileInfo(dbPath).completeBaseName();
}

bool isMemory(const QString& dbPath) {
    return dbPath == QStringLiteral(":memory:");
}

// ".<backup name>.<pid>.partial": hidden, and never matched by list().
QString partialName(const QString& finalName) {
    return QStringLiteral(".%1.%2.partial").arg(finalName).arg(::getpid());
}

// Partial files of earlier runs: those of a process that is gone (killed, or out of space), and any a day
// old (another PC's, on a network share).
void removeStalePartials(const QString& folder, const QString& dbPath) {
    static const QRegularExpression re(QStringLiteral(R"(\.(\d+)\.partial$)"));
    QDir dir(folder);
    const QStringList names = dir.entryList(
        {QStringLiteral(".") + stemOf(dbPath) + QStringLiteral("-*.partial")}, QDir::Files | QDir::Hidden);
    for (const QString& name : names) {
        const auto m = re.match(name);
        const pid_t pid = m.hasMatch() ? pid_t(m.captured(1).toLongLong()) : 0;
        const bool gone = pid > 0 && ::kill(pid, 0) != 0 && errno == ESRCH;
        const bool old =
            QFileInfo(dir.filePath(name)).lastModified().secsTo(QDateTime::currentDateTime()) > 86400;
        if ((gone || old) && dir.remove(name))
            log::get("storage")->info("removed the partial backup {}", log::s(dir.filePath(name)));
    }
}
} // namespace

QString fileName(const QString& dbPath, const QDateTime& taken) {
    return stemOf(dbPath) + QLatin1Char('-') + taken.toString(kTimeFormat) + QStringLiteral(".sqlite");
}

QList<Backup> list(const QString& folder, const QString& dbPath) {
    const QRegularExpression re(
        QStringLiteral("^%1-(\\d{8}-\\d{6})\\.sqlite$").arg(QRegularExpression::escape(stemOf(dbPath))));
    QList<Backup> out;
    const QFileInfoList files = QDir(folder).entryInfoList(QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo& f : files) {
        const auto m = re.match(f.fileName());
        if (!m.hasMatch())
            continue;
        const QDateTime taken = QDateTime::fromString(m.captured(1), kTimeFormat);
        if (taken.isValid())
            out << Backup{f.absoluteFilePath(), taken, f.size()};
    }
    std::sort(out.begin(), out.end(), [](const Backup& a, const Backup& b) { return a.taken > b.taken; });
    return out;
}

std::optional<Backup> newestGood(const QString& folder, const QString& dbPath) {
    for (const Backup& b : list(folder, dbPath))
        if (checkedcopy::inspect(b.path))
            return b;
    return std::nullopt;
}

Result<Backup> make(const QString& dbPath, const QString& folder, const QDateTime& now,
                    const checkedcopy::Progress& progress) {
    if (isMemory(dbPath))
        return Error::make(Error::Code::Usage, tr("A database in memory has no backups."));
    if (!QDir().mkpath(folder))
        return Error::make(Error::Code::Io, tr("Cannot create the backup folder %1. Check that it exists "
                                               "and may be written (a USB stick plugged in, a share "
                                               "connected), or choose another in the settings.")
                                                .arg(QDir::toNativeSeparators(folder)));
    removeStalePartials(folder, dbPath);
    const QString name = fileName(dbPath, now);
    const QDir dir(folder);
    const QString partial = dir.filePath(partialName(name));
    const QString target = dir.filePath(name);
    if (Status s = checkedcopy::copy(dbPath, partial, progress); !s)
        return s.error();
    if (Status s = checkedcopy::replace(partial, target); !s) {
        QFile::remove(partial);
        return s.error();
    }
    log::get("storage")->info("backed up {} to {}", log::s(dbPath), log::s(target));
    for (const QString& removed : prune(folder, dbPath))
        log::get("storage")->info("removed the old backup {}", log::s(removed));
    const QDateTime taken = QDateTime::fromString(now.toString(kTimeFormat), kTimeFormat);
    return Backup{target, taken, QFileInfo(target).size()};
}

Status makeFile(const QString& dbPath, const QString& target, const checkedcopy::Progress& progress) {
    if (isMemory(dbPath))
        return Error::make(Error::Code::Usage, tr("A database in memory has no backups."));
    const QFileInfo t(target), db(dbPath);
    if (t.isDir())
        return Error::make(Error::Code::Usage,
                           tr("%1 is a folder; name the backup file.").arg(QDir::toNativeSeparators(target)));
    if (t.absoluteFilePath() == db.absoluteFilePath() ||
        (t.exists() && t.canonicalFilePath() == db.canonicalFilePath()))
        return Error::make(Error::Code::Usage, tr("The backup cannot be the database itself."));
    if (!t.absoluteDir().exists())
        return Error::make(
            Error::Code::Io,
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(t.absolutePath())));
    const QString partial = t.absoluteDir().filePath(partialName(t.fileName()));
    if (Status s = checkedcopy::copy(dbPath, partial, progress); !s)
        return s;
    if (Status s = checkedcopy::replace(partial, t.absoluteFilePath()); !s) {
        QFile::remove(partial);
        return s;
    }
    log::get("storage")->info("backed up {} to {}", log::s(dbPath), log::s(target));
    return {};
}

QStringList prune(const QString& folder, const QString& dbPath) {
    const QList<Backup> all = list(folder, dbPath);
    QList<QDateTime> times;
    for (const Backup& b : all)
        times << b.taken;
    const QList<QDateTime> kept = backuppolicy::toKeep(times);
    const QSet<QDateTime> keep(kept.begin(), kept.end());
    QStringList removed;
    for (const Backup& b : all)
        if (!keep.contains(b.taken) && QFile::remove(b.path))
            removed << b.path;
    return removed;
}

std::optional<Due> due(Database& db) {
    // A file open read-only cannot change, and copying it would create a -wal and -shm beside it.
    if (isMemory(db.path()) || db.readOnly())
        return std::nullopt;
    const QString folder = backupfolder::of(db);
    const QList<Backup> existing = list(folder, db.path());
    const std::optional<QDateTime> newest =
        existing.isEmpty() ? std::nullopt : std::optional<QDateTime>(existing.first().taken);
    if (!backuppolicy::isDue(newest, db.now()))
        return std::nullopt;
    return Due{db.path(), folder, db.now()};
}

Result<std::optional<Backup>> makeIfDue(Database& db) {
    const std::optional<Due> d = due(db);
    if (!d)
        return std::optional<Backup>();
    auto made = make(d->dbPath, d->folder, d->now);
    if (!made)
        return made.error();
    return std::optional<Backup>(*made);
}

namespace {
QMutex warningsMutex;
QHash<QString, QStringList>& pendingWarnings() {
    static QHash<QString, QStringList> warnings;
    return warnings;
}
} // namespace

void beforeMigration(const QString& dbPath, int fromVersion, const QDateTime& now) {
    log::get("storage")->info("backing up {} (schema {}) before migrating it", log::s(dbPath), fromVersion);
    auto made = make(dbPath, backupfolder::remembered(dbPath), now);
    if (made)
        return;
    log::get("storage")->warn("no backup before migrating {}: {}", log::s(dbPath),
                              log::s(made.error().message));
    const QMutexLocker lock(&warningsMutex);
    pendingWarnings()[dbPath]
        //: zh_CN "升级数据库前未能备份：%1"
        << tr("No backup could be made before upgrading the file: %1").arg(made.error().message);
}

QStringList takeWarnings(const QString& dbPath) {
    const QMutexLocker lock(&warningsMutex);
    return pendingWarnings().take(dbPath);
}

} // namespace houqin::backups
