#include "CheckMemo.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QUrl>
#include <filesystem>
#include <system_error>

namespace houqin::checkmemo {

namespace {
QString settingsKey(const QString& path) {
    return QStringLiteral("checkedFiles/") +
           QString::fromLatin1(QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath()));
}

// "size:mtime-ns", or empty when the file cannot be looked at or a -wal with frames is beside it. An empty
// -wal holds nothing the file lacks: a program that only read the file (a backup tool, a browser opening it
// read-only) leaves one behind, and a writer that stopped before writing a frame changed nothing; anything
// that did change the file changed its stamp too.
QString stampOf(const QString& path) {
    if (QFileInfo(path + QStringLiteral("-wal")).size() > 0)
        return {};
    std::error_code ec;
    const std::filesystem::path p(QFile::encodeName(path).toStdString());
    const auto size = std::filesystem::file_size(p, ec);
    if (ec)
        return {};
    const auto time = std::filesystem::last_write_time(p, ec);
    if (ec)
        return {};
    const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(time.time_since_epoch()).count();
    return QStringLiteral("%1:%2").arg(qulonglong(size)).arg(qlonglong(ns));
}
} // namespace

bool knownSound(const QString& path) {
    if (!QCoreApplication::instance()) // QSettings needs the application (a database outliving it)
        return false;
    const QString stamp = stampOf(path);
    return !stamp.isEmpty() && QSettings().value(settingsKey(path)).toString() == stamp;
}

void rememberSound(const QString& path) {
    if (!QCoreApplication::instance())
        return;
    const QString stamp = stampOf(path);
    const QString key = settingsKey(path);
    QSettings settings;
    // Only a change is written: QSettings rewrites its whole file (a new file, fdatasync, rename) for any
    // setValue, even of the value it holds, and every clean close of an unchanged file comes here.
    if (stamp.isEmpty()) {
        if (settings.contains(key))
            settings.remove(key);
    } else if (settings.value(key).toString() != stamp) {
        settings.setValue(key, stamp);
    }
}

void forget(const QString& path) {
    if (!QCoreApplication::instance())
        return;
    QSettings().remove(settingsKey(path));
}

} // namespace houqin::checkmemo
