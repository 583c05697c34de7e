#pragma once
// Odd database files for tests/cli/DamagedFilesTest.cpp: the real executable run (as an unprivileged user
// when the tests run as root), a folder's snapshot, and the Houqin and foreign files the cases start from.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace houqin::test::oddfiles {

struct Outcome {
    int code = -1;
    QString out, err;
};

// A home for the runs (log files), usable by the unprivileged user too.
inline QString home() {
    static QTemporaryDir dir;
    static const QString path = [] {
        QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7777));
        return dir.path();
    }();
    return path;
}

// Runs houqin; unprivileged: as "nobody" when the tests run as root, whom permissions do not stop.
inline Outcome runHouqin(QStringList args, bool unprivileged = false) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOME"), home());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home() + QStringLiteral("/data"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    QString program = QStringLiteral(HOUQIN_BINARY);
    if (unprivileged && geteuid() == 0) {
        args.prepend(program);
        args = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                           QStringLiteral("--clear-groups")} +
               args;
        program = QStringLiteral("setpriv");
    }
    p.start(program, args);
    EXPECT_TRUE(p.waitForFinished(120000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

inline QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

inline void write(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    ASSERT_EQ(f.write(bytes), bytes.size());
}

inline void writeAt(const QString& path, qint64 offset, const QByteArray& bytes) {
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    ASSERT_TRUE(f.seek(offset));
    ASSERT_EQ(f.write(bytes), bytes.size());
}

inline void truncateTo(const QString& path, qint64 size) {
    QFile f(path);
    ASSERT_TRUE(f.resize(size));
}

inline void sql(const QString& path, const char* statements) {
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
    char* message = nullptr;
    const int rc = sqlite3_exec(raw, statements, nullptr, nullptr, &message);
    EXPECT_EQ(rc, SQLITE_OK) << (message ? message : "");
    sqlite3_free(message);
    sqlite3_close(raw);
}

// Every entry of a folder (and of the folders in it) with its bytes, a folder's or a link's kind.
inline QMap<QString, QByteArray> snapshot(const QString& dir) {
    QMap<QString, QByteArray> all;
    const QDir d(dir);
    for (const QFileInfo& e :
         d.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        if (e.isSymLink())
            all.insert(e.fileName(), "link to " + e.symLinkTarget().toUtf8());
        else if (e.isDir())
            for (auto [name, bytes] : snapshot(e.filePath()).asKeyValueRange())
                all.insert(e.fileName() + QLatin1Char('/') + name, bytes);
        else if (e.isFile())
            all.insert(e.fileName(), readAll(e.filePath()));
        else
            all.insert(e.fileName(), "special");
    }
    return all;
}

// A Houqin file with a year of demo data, made once.
inline QString demoFile() {
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString p = dir.filePath(QStringLiteral("demo.sqlite"));
        const Outcome r = runHouqin({QStringLiteral("--db"), p, QStringLiteral("demo-data"),
                                     QStringLiteral("--years"), QStringLiteral("1")});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        return p;
    }();
    return path;
}

// A new Houqin file, made once.
inline QString freshFile() {
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString p = dir.filePath(QStringLiteral("fresh.sqlite"));
        const Outcome r = runHouqin({QStringLiteral("--db"), p, QStringLiteral("kinds")});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        return p;
    }();
    return path;
}

inline QString copyTo(const QString& from, const QString& dir,
                      const QString& name = QStringLiteral("houqin.sqlite")) {
    const QString to = QDir(dir).filePath(name);
    EXPECT_TRUE(QFile::copy(from, to));
    QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                  QFileDevice::ReadOther);
    return to;
}

inline QString foreignFile(const QString& dir) {
    const QString p = QDir(dir).filePath(QStringLiteral("other.sqlite"));
    sql(p, "CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes(text) VALUES ('x');");
    return p;
}

// Makes the unprivileged user the owner of the folder and its files (when running as root), so that only
// the permissions set afterwards keep it from writing.
inline void handOver(const QString& dir) {
    if (geteuid() != 0)
        return;
    for (const QFileInfo& e : QDir(dir).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        EXPECT_EQ(lchown(e.filePath().toLocal8Bit().constData(), 65534, 65534), 0);
    EXPECT_EQ(chown(dir.toLocal8Bit().constData(), 65534, 65534), 0);
}

} // namespace houqin::test::oddfiles
