// The window closes the database cleanly on SIGTERM (a session logging out, `kill`): the process exits
// normally and the -wal is folded in and removed, so the next start need not check the whole file again
// (app/QuitOnSignal.h). Killed by the signal instead, it would leave the -wal behind.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <gtest/gtest.h>

namespace {

QProcessEnvironment isolated(const QTemporaryDir& home) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

bool waitFor(const QString& path, int ms) {
    for (int waited = 0; waited < ms; waited += 50) {
        if (QFile::exists(path))
            return true;
        QThread::msleep(50);
    }
    return false;
}

} // namespace

TEST(QuitOnSignal, SigtermClosesTheWindowAndTheDatabaseCleanly) {
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    const QString db = home.filePath(QStringLiteral("houqin.sqlite"));
    QProcess setup;
    QProcessEnvironment env = isolated(home);
    env.insert(QStringLiteral("HOUQIN_NEW_PASSWORD"), QStringLiteral("director-pass-1"));
    setup.setProcessEnvironment(env);
    setup.start(QStringLiteral(HOUQIN_BINARY),
                {QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("add"),
                 QStringLiteral("Boss"), QStringLiteral("--role"), QStringLiteral("director")});
    ASSERT_TRUE(setup.waitForFinished(60000));
    ASSERT_EQ(setup.exitCode(), 0) << setup.readAllStandardError().toStdString();
    ASSERT_FALSE(QFile::exists(db + QStringLiteral("-wal")));

    // The window opens the file (a -wal appears) and waits in its first dialog.
    QProcess gui;
    gui.setProcessEnvironment(isolated(home));
    gui.start(QStringLiteral(HOUQIN_BINARY), {QStringLiteral("--db"), db});
    ASSERT_TRUE(gui.waitForStarted(10000));
    ASSERT_TRUE(waitFor(db + QStringLiteral("-wal"), 60000)) << "the window never opened the file";
    QThread::msleep(1500); // into the dialog's event loop (a signal before it waits there all the same)
    ASSERT_EQ(gui.state(), QProcess::Running) << gui.readAllStandardError().toStdString();

    gui.terminate(); // SIGTERM
    ASSERT_TRUE(gui.waitForFinished(30000));
    EXPECT_EQ(gui.exitStatus(), QProcess::NormalExit) << "killed by the signal rather than closing";
    EXPECT_EQ(gui.exitCode(), 0);
    EXPECT_FALSE(QFile::exists(db + QStringLiteral("-wal"))) << "the database was not closed cleanly";
}
