// Two more odd files for the real executable, beside the catalogue (DamagedFilesTest.cpp): a file another
// program keeps locked, and the Chinese terminal that must read the translated message alone.
#include "OddFiles.h"

#include <QProcess>

using namespace houqin::test::oddfiles;

// Another program holds the file locked (SQLite's exclusive locking mode, as a program that keeps it open
// for writing): after the busy timeout, a message naming the file rather than SQLite's "database is locked".
TEST(DamagedFilesLocked, ALockedFileIsNamedAsInUse) {
    QTemporaryDir dir;
    const QString path = copyTo(freshFile(), dir.path());
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(raw,
                           "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; "
                           "INSERT INTO settings(key, value) VALUES ('held', '1');",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    const Outcome r = runHouqin({QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("en"),
                                 QStringLiteral("kinds")});
    sqlite3_exec(raw, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(raw);
    EXPECT_EQ(r.code, 4) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("in use by another program"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(path)) << r.err.toStdString();
    EXPECT_EQ(r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1) << r.err.toStdString();
}

// In Chinese, as the office reads it: the translated "错误：" line and nothing else, none of the log's
// English
// ("[storage] [error] exec failed in pragmaInt…" once came first), for a damaged, a foreign and a missing
// file, whether the language comes from --lang or from the system.
TEST(DamagedFilesChinese, OnlyTheTranslatedMessageReachesTheTerminal) {
    QTemporaryDir dir;
    const QString damaged = copyTo(demoFile(), dir.path(), QStringLiteral("damaged.sqlite"));
    truncateTo(damaged, QFileInfo(damaged).size() / 2);
    const QString foreign = foreignFile(dir.path());
    const QString missing = dir.filePath(QStringLiteral("nowhere/houqin.sqlite"));
    for (const QString& path : {damaged, foreign, missing}) {
        for (const bool viaOption : {true, false}) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            const QString locale = viaOption ? QStringLiteral("C.UTF-8") : QStringLiteral("zh_CN.UTF-8");
            env.insert(QStringLiteral("LC_ALL"), locale);
            env.insert(QStringLiteral("LANG"), locale);
            env.insert(QStringLiteral("HOME"), home());
            env.insert(QStringLiteral("XDG_DATA_HOME"), home() + QStringLiteral("/data"));
            env.remove(QStringLiteral("QT_QPA_PLATFORM"));
            env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
            p.setProcessEnvironment(env);
            QStringList args{QStringLiteral("--db"), path, QStringLiteral("kinds")};
            if (viaOption)
                args << QStringLiteral("--lang") << QStringLiteral("zh_CN");
            p.start(QStringLiteral(HOUQIN_BINARY), args);
            ASSERT_TRUE(p.waitForFinished(60000));
            const QString err = QString::fromUtf8(p.readAllStandardError());
            EXPECT_EQ(p.exitCode(), 4) << err.toStdString();
            const QStringList lines = err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            ASSERT_EQ(lines.size(), 1) << err.toStdString();
            EXPECT_TRUE(lines[0].startsWith(QStringLiteral("错误："))) << err.toStdString();
            EXPECT_TRUE(lines[0].contains(path)) << err.toStdString();
            EXPECT_TRUE(QString::fromUtf8(p.readAllStandardOutput()).isEmpty());
        }
    }
}
