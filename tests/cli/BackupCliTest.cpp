// houqin backup and restore in-process (issue #14): the folder and -o, the director's only, a refused
// backup changes nothing, and the automatic daily backup comes with writing commands only.
#include "CliHarness.h"
#include "ClosableDb.h"
#include "TestSupport.h"
#include "storage/Backups.h"
#include "storage/CheckedCopy.h"
#include "storage/Query.h"
#include "storage/SettingsStore.h"

#include <QDir>
#include <QFile>
#include <gtest/gtest.h>

using namespace houqin;
using test::runCli;

namespace {
class BackupCliTest : public ::testing::Test {
protected:
    test::ClosableDb t;
    void SetUp() override {
        qunsetenv("HOUQIN_PASSWORD");
        t.close(); // the commands open the file themselves
    }
    void TearDown() override {
        qunsetenv("HOUQIN_PASSWORD");
        qunsetenv("HOUQIN_NEW_PASSWORD");
    }
    QStringList with(QStringList args) { return QStringList{QStringLiteral("--db"), t.path()} + args; }
    QString folder() const { return t.dir() + QStringLiteral("/backups"); }
    qsizetype backupCount() const { return backups::list(folder(), t.path()).size(); }
    QByteArray bytes(const QString& path) const {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    void addUser(const QString& name, const QString& role, const QByteArray& password, bool asDirector) {
        qputenv("HOUQIN_NEW_PASSWORD", password);
        QStringList args{QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"), role};
        if (asDirector) {
            qputenv("HOUQIN_PASSWORD", "director-pass-1");
            args = QStringList{QStringLiteral("--user"), QStringLiteral("刘园长")} + args;
        }
        const auto r = runCli(with(args));
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
    }
};
} // namespace

TEST_F(BackupCliTest, BacksUpIntoTheFolderOrToAFile) {
    const auto r = runCli(with({QStringLiteral("backup")}));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    ASSERT_EQ(backupCount(), 1);
    EXPECT_TRUE(r.out.contains(QDir::toNativeSeparators(backups::list(folder(), t.path()).first().path)))
        << r.out.toStdString();
    const QString file = t.dir() + QStringLiteral("/usb/copy.sqlite");
    QDir().mkpath(t.dir() + QStringLiteral("/usb"));
    const auto o = runCli(with({QStringLiteral("backup"), QStringLiteral("-o"), file}));
    ASSERT_EQ(o.code, 0) << o.err.toStdString();
    EXPECT_TRUE(checkedcopy::inspect(file).ok());
    EXPECT_EQ(backupCount(), 1); // a file elsewhere is not one of the folder's

    const auto self = runCli(with({QStringLiteral("backup"), QStringLiteral("-o"), t.path()}));
    EXPECT_EQ(self.code, 2) << self.err.toStdString();
    const auto noFolder = runCli(with(
        {QStringLiteral("backup"), QStringLiteral("-o"), t.dir() + QStringLiteral("/missing/copy.sqlite")}));
    EXPECT_EQ(noFolder.code, 4);
    EXPECT_TRUE(noFolder.err.contains(QStringLiteral("missing"))) << noFolder.err.toStdString();
}

TEST_F(BackupCliTest, RestorePutsTheBackupBack) {
    ASSERT_EQ(runCli(with({QStringLiteral("backup")})).code, 0);
    const QString backup = backups::list(folder(), t.path()).first().path;
    t.reopen();
    KindergartenSettings s = t->settings();
    s.name = QStringLiteral("改过的名字");
    ASSERT_TRUE(SettingsStore::save(t.db(), s, test::tester()).ok());
    t.close();

    const auto r = runCli(with({QStringLiteral("restore"), backup}));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral(".before-restore-"))) << r.out.toStdString();
    t.reopen();
    EXPECT_EQ(t->settings().name, QStringLiteral("测试幼儿园"));
    t.close();
    const QStringList aside =
        QDir(t.dir()).entryList({QStringLiteral("houqin.sqlite.before-restore-*")}, QDir::Files);
    ASSERT_EQ(aside.size(), 1);
    auto old = Database::open(t.dir() + QLatin1Char('/') + aside.first());
    ASSERT_TRUE(old.ok());
    EXPECT_EQ((*old)->settings().name, QStringLiteral("改过的名字"));
}

TEST_F(BackupCliTest, ARefusedBackupChangesNothing) {
    const QString notes = t.dir() + QStringLiteral("/notes.sqlite");
    {
        QFile f(notes);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("名单\n");
    }
    const QByteArray before = bytes(t.path());
    const auto r = runCli(with({QStringLiteral("restore"), notes}));
    EXPECT_EQ(r.code, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("not a SQLite file"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("not changed"))) << r.err.toStdString();
    EXPECT_EQ(bytes(t.path()), before);
    EXPECT_TRUE(QDir(t.dir()).entryList({QStringLiteral("*.before-restore-*")}, QDir::Files).isEmpty());
    EXPECT_EQ(runCli(with({QStringLiteral("restore")})).code, 2);
    EXPECT_EQ(runCli(with({QStringLiteral("backup"), QStringLiteral("extra")})).code, 2);
}

TEST_F(BackupCliTest, BackupAndRestoreAreTheDirectors) {
    qputenv("HOUQIN_NEW_PASSWORD", "director-pass-1");
    ASSERT_EQ(runCli(with({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("刘园长"),
                           QStringLiteral("--role"), QStringLiteral("director")}))
                  .code,
              0);
    addUser(QStringLiteral("王文员"), QStringLiteral("clerk"), "clerk-pass-22", true);
    const qsizetype before = backupCount(); // the user commands wrote, so the daily backup is made
    EXPECT_EQ(before, 1);
    qputenv("HOUQIN_PASSWORD", "clerk-pass-22");
    const auto clerk =
        runCli(with({QStringLiteral("--user"), QStringLiteral("王文员"), QStringLiteral("backup")}));
    EXPECT_EQ(clerk.code, 5) << clerk.err.toStdString();
    EXPECT_EQ(backupCount(), before);
    // The backup was made before any user existed: restoring it would remove both accounts.
    const QString backup = backups::list(folder(), t.path()).first().path;
    const auto restore =
        runCli(with({QStringLiteral("--user"), QStringLiteral("王文员"), QStringLiteral("restore"), backup}));
    EXPECT_EQ(restore.code, 5) << restore.err.toStdString();
    EXPECT_TRUE(QDir(t.dir()).entryList({QStringLiteral("*.before-restore-*")}, QDir::Files).isEmpty());
    qputenv("HOUQIN_PASSWORD", "director-pass-1");
    const auto users = runCli(with({QStringLiteral("--user"), QStringLiteral("刘园长"),
                                    QStringLiteral("user"), QStringLiteral("list")}));
    EXPECT_EQ(users.out.count(QLatin1Char('\n')), 2) << users.out.toStdString();
    qputenv("HOUQIN_PASSWORD", "director-pass-1");
    const auto director =
        runCli(with({QStringLiteral("--user"), QStringLiteral("刘园长"), QStringLiteral("backup"),
                     QStringLiteral("-o"), t.dir() + QStringLiteral("/d.sqlite")}));
    EXPECT_EQ(director.code, 0) << director.err.toStdString();
}

TEST_F(BackupCliTest, OnlyWritingCommandsMakeTheDailyBackup) {
    for (const QStringList& reading :
         {QStringList{QStringLiteral("kinds")}, QStringList{QStringLiteral("attention")},
          QStringList{QStringLiteral("user"), QStringLiteral("list")},
          QStringList{QStringLiteral("export"), QStringLiteral("food-samples"), QStringLiteral("-o"),
                      t.dir() + QStringLiteral("/x.csv")}}) {
        const auto r = runCli(with(reading));
        EXPECT_EQ(r.code, 0) << reading.join(QLatin1Char(' ')).toStdString() << r.err.toStdString();
    }
    EXPECT_FALSE(QDir(folder()).exists());
    qputenv("HOUQIN_NEW_PASSWORD", "director-pass-1");
    ASSERT_EQ(runCli(with({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("刘园长"),
                           QStringLiteral("--role"), QStringLiteral("director")}))
                  .code,
              0);
    EXPECT_EQ(backupCount(), 1);
    addUser(QStringLiteral("王文员"), QStringLiteral("clerk"), "clerk-pass-22", true);
    EXPECT_EQ(backupCount(), 1); // the next one is due tomorrow
}

TEST_F(BackupCliTest, AFailedAutomaticBackupIsAWarningAndTheCommandGoesOn) {
    {
        QFile blocker(folder()); // a file where the folder should be
        ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    }
    qputenv("HOUQIN_NEW_PASSWORD", "director-pass-1");
    const auto r = runCli(with({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("刘园长"),
                                QStringLiteral("--role"), QStringLiteral("director")}));
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(r.err.count(QStringLiteral("Warning: The automatic backup failed")), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("backups")));
    t.reopen();
    Query q(t.db(), QStringLiteral("SELECT COUNT(*) FROM users"));
    ASSERT_TRUE(q.exec() && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
}
