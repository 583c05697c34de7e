// A backup killed at any moment, or stopped by a full disk, leaves the earlier backups and the database
// as they were (issue #14). The real binary in a child process: SIGKILL at several moments of its copy,
// and RLIMIT_FSIZE (with SIGXFSZ ignored, so a write fails with EFBIG instead of killing it).
#include "ClosableDb.h"
#include "TestSupport.h"
#include "storage/Backups.h"
#include "storage/CheckedCopy.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>
#include <csignal>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/resource.h>

using namespace houqin;

namespace {

QByteArray hashOf(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

class BackupKillTest : public ::testing::Test {
protected:
    QTemporaryDir home; // QSettings and the log of the child go here
    test::ClosableDb t;
    QString folder;
    QMap<QString, QByteArray> earlier; // the backups made before, by their hashes
    QByteArray dbHash;

    void SetUp() override {
        folder = t.dir() + QStringLiteral("/backups");
        // About 24 MB, so that the copy takes long enough to be killed in the middle of it.
        sqlite3* raw = nullptr;
        ASSERT_EQ(sqlite3_open(QFile::encodeName(t.path()).constData(), &raw), SQLITE_OK);
        ASSERT_EQ(
            sqlite3_exec(raw,
                         "CREATE TABLE padding(b BLOB);"
                         "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 6000) "
                         "INSERT INTO padding SELECT randomblob(4000) FROM n;",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
        sqlite3_close(raw);
        t.close(); // checkpointed: the file alone is the database
        for (int d = 3; d >= 1; --d) {
            auto made = backups::make(t.path(), folder, QDateTime::currentDateTime().addDays(-d));
            ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
            earlier.insert(made->path, hashOf(made->path));
        }
        dbHash = hashOf(t.path());
    }

    void start(QProcess& p, rlim_t fileSizeLimit = RLIM_INFINITY) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        if (fileSizeLimit != RLIM_INFINITY)
            p.setChildProcessModifier([fileSizeLimit] {
                ::signal(SIGXFSZ, SIG_IGN);
                const rlimit limit{fileSizeLimit, fileSizeLimit};
                ::setrlimit(RLIMIT_FSIZE, &limit);
            });
        p.start(QStringLiteral(HOUQIN_BINARY), {QStringLiteral("--db"), t.path(), QStringLiteral("backup")});
        ASSERT_TRUE(p.waitForStarted());
    }

    // The hidden partial file of a running backup, if any.
    QFileInfo partial() const {
        const QFileInfoList found =
            QDir(folder).entryInfoList({QStringLiteral(".*.partial")}, QDir::Files | QDir::Hidden);
        return found.isEmpty() ? QFileInfo() : found.first();
    }

    // Everything that was there is unchanged, and every backup in the folder is complete and checked.
    void expectIntact(const std::string& when) {
        EXPECT_EQ(hashOf(t.path()), dbHash) << when;
        for (auto it = earlier.begin(); it != earlier.end(); ++it)
            EXPECT_EQ(hashOf(it.key()), it.value()) << when << " " << it.key().toStdString();
        for (const backups::Backup& b : backups::list(folder, t.path())) {
            auto checked = checkedcopy::inspect(b.path);
            EXPECT_TRUE(checked.ok()) << when << " " << b.path.toStdString();
        }
        auto opened = Database::open(t.path());
        ASSERT_TRUE(opened.ok()) << when;
        opened->reset();
        dbHash = hashOf(t.path()); // opening may write the file's header; later checks start from here
    }
};

} // namespace

TEST_F(BackupKillTest, AKilledBackupLeavesTheEarlierBackupsAndTheDatabase) {
    const qint64 dbSize = QFileInfo(t.path()).size();
    // The moments: at once; when the partial file appears; half copied; fully copied (being checked);
    // and after fixed delays.
    const QList<std::pair<std::string, std::function<bool(QElapsedTimer&)>>> moments{
        {"at once", [](QElapsedTimer&) { return true; }},
        {"partial appears", [this](QElapsedTimer&) { return partial().exists(); }},
        {"half copied", [this, dbSize](QElapsedTimer&) { return partial().size() >= dbSize / 2; }},
        {"copied, being checked", [this, dbSize](QElapsedTimer&) { return partial().size() >= dbSize; }},
        {"after 150 ms", [](QElapsedTimer& e) { return e.elapsed() >= 150; }},
        {"after 400 ms", [](QElapsedTimer& e) { return e.elapsed() >= 400; }},
    };
    int killedMidCopy = 0;
    for (const auto& [when, reached] : moments) {
        QProcess p;
        start(p);
        QElapsedTimer elapsed;
        elapsed.start();
        while (p.state() == QProcess::Running && !reached(elapsed) && elapsed.elapsed() < 20000)
            QThread::usleep(200);
        const bool running = p.state() == QProcess::Running;
        if (running) {
            killedMidCopy += partial().exists() ? 1 : 0;
            ::kill(pid_t(p.processId()), SIGKILL);
        }
        p.waitForFinished(20000);
        expectIntact(when);
        // What a killed run left is a hidden partial file at most; a kill after its rename leaves a
        // complete backup (checked by expectIntact), which a later one of the same day replaces.
    }
    EXPECT_GE(killedMidCopy, 2); // the kills did land inside copies
    // The next backup works and removes what killed ones left.
    QProcess last;
    start(last);
    ASSERT_TRUE(last.waitForFinished(60000));
    EXPECT_EQ(last.exitCode(), 0) << last.readAllStandardError().toStdString();
    EXPECT_FALSE(partial().exists());
    expectIntact("after the last backup");
}

TEST_F(BackupKillTest, AFullDiskLeavesTheEarlierBackupsAndTheDatabase) {
    QProcess p;
    start(p, rlim_t(QFileInfo(t.path()).size() / 2));
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitStatus(), QProcess::NormalExit); // not killed by SIGXFSZ
    EXPECT_EQ(p.exitCode(), 4);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    EXPECT_TRUE(err.contains(QStringLiteral("the disk is full or could not be written")))
        << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("The database and the earlier backups are unchanged")))
        << err.toStdString();
    EXPECT_EQ(backups::list(folder, t.path()).size(), earlier.size());
    EXPECT_FALSE(partial().exists());
    expectIntact("disk full");
}
