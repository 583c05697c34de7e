// The catalogue of damaged, foreign and odd database files (issue #14), each made here at run time and given
// to the real executable: the exit code, the message's key words and the file named in it, only the
// message on the terminal (no log lines), and the file's bytes and its folder's listing unchanged.
#include "OddFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <functional>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace houqin::test::oddfiles;

namespace {

struct Case {
    const char* name;
    // Builds the case in the folder; returns the --db path.
    std::function<QString(const QString& dir)> make;
    int code;
    QStringList words; // in the English message
    QStringList command = {QStringLiteral("kinds")};
    bool unchanged = true;     // the folder's entries and bytes stay as they were
    bool unprivileged = false; // run as an ordinary user (permissions matter)
    bool namesFile = true;     // the message names the --db path
};

const QString kDamaged = QStringLiteral("is damaged");
const QString kNotSqlite = QStringLiteral("not a SQLite file");
const QString kForeign = QStringLiteral("another program");

QString demoCopy(const QString& dir) {
    return copyTo(demoFile(), dir);
}
QString freshCopy(const QString& dir) {
    return copyTo(freshFile(), dir);
}
qint64 pageCount(const QString& path) {
    return QFileInfo(path).size() / 4096;
}

std::vector<Case> cases() {
    const auto readOnlyFile = [](const QString& dir) {
        const QString p = freshCopy(dir);
        handOver(dir);
        QFile::setPermissions(p, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        return p;
    };
    const auto readOnlyFolder = [](const QString& dir) {
        const QString p = freshCopy(dir);
        handOver(dir);
        chmod(dir.toLocal8Bit().constData(), 0555);
        return p;
    };
    const QString csv = QStringLiteral("%1/staff.csv").arg(home());
    write(csv, "name,gender\n王老师,female\n");
    return {
        {"CutInHalf",
         [](const QString& d) {
             const QString p = demoCopy(d);
             truncateTo(p, QFileInfo(p).size() / 2);
             return p;
         },
         4,
         {kDamaged, QStringLiteral("cut short")}},
        {"CutAt100Bytes",
         [](const QString& d) {
             const QString p = freshCopy(d);
             truncateTo(p, 100);
             return p;
         },
         4,
         {kDamaged, QStringLiteral("cut short")}},
        {"CutAt50Bytes",
         [](const QString& d) {
             const QString p = freshCopy(d);
             truncateTo(p, 50);
             return p;
         },
         4,
         {kDamaged}},
        {"CutToItsFirstPage",
         [](const QString& d) {
             const QString p = demoCopy(d);
             truncateTo(p, 4096);
             return p;
         },
         4,
         {kDamaged, QStringLiteral("cut short")}},
        {"CutInTheMiddleOfAPage",
         [](const QString& d) {
             const QString p = demoCopy(d);
             truncateTo(p, QFileInfo(p).size() - 1000);
             return p;
         },
         4,
         {kDamaged}},
        {"EmptyFile",
         [](const QString& d) {
             const QString p = QDir(d).filePath(QStringLiteral("houqin.sqlite"));
             write(p, {});
             return p;
         },
         4,
         {QStringLiteral("empty (0 bytes)")}},
        {"HeaderZeroed",
         [](const QString& d) {
             const QString p = demoCopy(d);
             writeAt(p, 0, QByteArray(100, '\0'));
             return p;
         },
         4,
         {kDamaged, QStringLiteral("first bytes")}},
        {"MagicChanged",
         [](const QString& d) {
             const QString p = freshCopy(d);
             writeAt(p, 0, "SQLite format 4");
             return p;
         },
         4,
         {kDamaged}},
        {"PageSizeNonsense",
         [](const QString& d) {
             const QString p = freshCopy(d);
             writeAt(p, 16, QByteArray("\x03\x00", 2));
             return p;
         },
         4,
         {kDamaged}},
        {"PageZeroedInTheMiddle",
         [](const QString& d) {
             const QString p = demoCopy(d);
             writeAt(p, pageCount(p) / 2 * 4096, QByteArray(4096, '\0'));
             return p;
         },
         4,
         {kDamaged, QStringLiteral("SQLite's check")}},
        {"RandomBytesOverAPage",
         [](const QString& d) {
             const QString p = demoCopy(d);
             QByteArray noise(4096, '\0');
             QRandomGenerator rng(14);
             for (char& c : noise)
                 c = char(rng.bounded(256));
             writeAt(p, pageCount(p) / 3 * 4096, noise);
             return p;
         },
         4,
         {kDamaged}},
        {"SecondPageZeroed",
         [](const QString& d) {
             const QString p = freshCopy(d);
             writeAt(p, 4096, QByteArray(4096, '\0'));
             return p;
         },
         4,
         {kDamaged}},
        {"DamagedFileRefusedForImportToo",
         [](const QString& d) {
             const QString p = demoCopy(d);
             writeAt(p, pageCount(p) / 2 * 4096, QByteArray(4096, '\0'));
             return p;
         },
         4,
         {kDamaged},
         {QStringLiteral("import"), QStringLiteral("staff"), csv}},
        {"DamagedFileRefusedForExport",
         [](const QString& d) {
             const QString p = demoCopy(d);
             truncateTo(p, QFileInfo(p).size() / 3);
             return p;
         },
         4,
         {kDamaged},
         {QStringLiteral("export"), QStringLiteral("food-samples")}},
        {"RandomBytes",
         [](const QString& d) {
             const QString p = QDir(d).filePath(QStringLiteral("houqin.sqlite"));
             QByteArray noise(65536, '\0');
             QRandomGenerator rng(7);
             for (char& c : noise)
                 c = char(rng.bounded(256));
             write(p, noise);
             return p;
         },
         4,
         {kNotSqlite}},
        {"TextFile",
         [](const QString& d) {
             const QString p = QDir(d).filePath(QStringLiteral("notes.txt"));
             write(p, "会议记录：下周一检查食堂。\nMinutes: check the canteen on Monday.\n");
             return p;
         },
         4,
         {kNotSqlite}},
        {"CsvExportedByHouqin",
         [](const QString& d) {
             const QString p = QDir(d).filePath(QStringLiteral("food-samples.csv"));
             const Outcome r = runHouqin({QStringLiteral("--db"), demoFile(), QStringLiteral("export"),
                                          QStringLiteral("food-samples"), QStringLiteral("-o"), p});
             EXPECT_EQ(r.code, 0) << r.err.toStdString();
             return p;
         },
         4,
         {kNotSqlite}},
        {"PngPicture",
         [](const QString& d) {
             const QString p = QDir(d).filePath(QStringLiteral("photo.png"));
             QImage image(64, 64, QImage::Format_RGB32);
             image.fill(Qt::red);
             EXPECT_TRUE(image.save(p, "PNG"));
             return p;
         },
         4,
         {kNotSqlite}},
        {"ZipLikeXlsx",
         [](const QString& d) {
             const QString p = QDir(d).filePath(QStringLiteral("台账.xlsx"));
             write(p, QByteArray("PK\x03\x04", 4) + QByteArray(2000, 'x'));
             return p;
         },
         4,
         {kNotSqlite}},
        {"ForeignSqlite", [](const QString& d) { return foreignFile(d); }, 4, {kForeign}},
        {"ForeignSqliteWithAHotJournal",
         [](const QString& d) {
             const QString original = QDir(d).filePath(QStringLiteral("crashed-src.sqlite"));
             sql(original, "PRAGMA journal_mode = DELETE; CREATE TABLE t(x TEXT);"
                           "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)"
                           "  INSERT INTO t SELECT printf('%0500d', i) FROM n;");
             sqlite3* raw = nullptr;
             EXPECT_EQ(sqlite3_open(original.toUtf8().constData(), &raw), SQLITE_OK);
             EXPECT_EQ(sqlite3_exec(raw, "PRAGMA cache_size = 1; BEGIN; UPDATE t SET x = 'changed';", nullptr,
                                    nullptr, nullptr),
                       SQLITE_OK);
             const QString copy = QDir(d).filePath(QStringLiteral("crashed.sqlite"));
             EXPECT_TRUE(QFile::copy(original, copy));
             EXPECT_TRUE(
                 QFile::copy(original + QStringLiteral("-journal"), copy + QStringLiteral("-journal")));
             sqlite3_exec(raw, "ROLLBACK", nullptr, nullptr, nullptr);
             sqlite3_close(raw);
             QFile::remove(original);
             return copy;
         },
         4,
         {kForeign}},
        {"NewerHouqin",
         [](const QString& d) {
             const QString p = freshCopy(d);
             sql(p, "PRAGMA user_version = 9999; PRAGMA journal_mode = WAL;");
             return p;
         },
         4,
         {QStringLiteral("newer version of Houqin"), QStringLiteral("9999")}},
        {"ApplicationIdZero",
         [](const QString& d) {
             const QString p = freshCopy(d);
             sql(p, "PRAGMA application_id = 0;");
             return p;
         },
         4,
         {kForeign}},
        {"ApplicationIdOfAnotherProgram",
         [](const QString& d) {
             const QString p = freshCopy(d);
             sql(p, "PRAGMA application_id = 305419896;");
             return p;
         },
         4,
         {kForeign}},
        {"AFolder",
         [](const QString& d) {
             const QString p = QDir(d).filePath(QStringLiteral("houqin.sqlite"));
             QDir(d).mkdir(QStringLiteral("houqin.sqlite"));
             return p;
         },
         4,
         {QStringLiteral("is a folder")}},
        {"MissingFolder",
         [](const QString& d) { return QDir(d).filePath(QStringLiteral("no-such-folder/houqin.sqlite")); },
         4,
         {QStringLiteral("does not exist")}},
        {"MissingFolders",
         [](const QString& d) { return QDir(d).filePath(QStringLiteral("a/b/c/houqin.sqlite")); },
         4,
         {QStringLiteral("does not exist")}},
        {"LinkToNothing",
         [](const QString& d) {
             const QString p = QDir(d).filePath(QStringLiteral("houqin.sqlite"));
             QFile::link(QDir(d).filePath(QStringLiteral("gone.sqlite")), p);
             return p;
         },
         4,
         {QStringLiteral("does not exist")}},
        {"LinkToAForeignFile",
         [](const QString& d) {
             const QString p = QDir(d).filePath(QStringLiteral("houqin.sqlite"));
             QFile::link(foreignFile(d), p);
             return p;
         },
         4,
         {kForeign}},
        {"Fifo",
         [](const QString& d) {
             const QString p = QDir(d).filePath(QStringLiteral("houqin.sqlite"));
             EXPECT_EQ(mkfifo(p.toLocal8Bit().constData(), 0644), 0);
             return p;
         },
         4,
         {kNotSqlite}},
        {"ChineseNameWithSpacesDamaged",
         [](const QString& d) {
             QDir(d).mkdir(QStringLiteral("后勤 资料"));
             const QString p =
                 copyTo(demoFile(), d + QStringLiteral("/后勤 资料"), QStringLiteral("东园 2026.sqlite"));
             truncateTo(p, QFileInfo(p).size() / 2);
             return p;
         },
         4,
         {kDamaged}},
        {"ChineseNameWithSpacesOpens",
         [](const QString& d) {
             QDir(d).mkdir(QStringLiteral("后勤 资料"));
             return copyTo(freshFile(), d + QStringLiteral("/后勤 资料"), QStringLiteral("东园 2026.sqlite"));
         },
         0,
         {},
         {QStringLiteral("kinds")},
         false},
        {"LinkToAHouqinFileOpens",
         [](const QString& d) {
             const QString target = copyTo(freshFile(), d, QStringLiteral("real.sqlite"));
             const QString p = QDir(d).filePath(QStringLiteral("houqin.sqlite"));
             QFile::link(target, p);
             return p;
         },
         0,
         {},
         {QStringLiteral("kinds")},
         false},
        {"ForeignJournalBesideAHouqinFile",
         [](const QString& d) {
             const QString p = freshCopy(d);
             const QString other = QDir(d).filePath(QStringLiteral("other-src.sqlite"));
             sql(other, "PRAGMA journal_mode = DELETE; CREATE TABLE t(x TEXT);"
                        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)"
                        "  INSERT INTO t SELECT printf('%0500d', i) FROM n;");
             sqlite3* raw = nullptr;
             EXPECT_EQ(sqlite3_open(other.toUtf8().constData(), &raw), SQLITE_OK);
             EXPECT_EQ(sqlite3_exec(raw, "PRAGMA cache_size = 1; BEGIN; UPDATE t SET x = 'changed';", nullptr,
                                    nullptr, nullptr),
                       SQLITE_OK);
             EXPECT_TRUE(QFile::copy(other + QStringLiteral("-journal"), p + QStringLiteral("-journal")));
             sqlite3_exec(raw, "ROLLBACK", nullptr, nullptr, nullptr);
             sqlite3_close(raw);
             QFile::remove(other);
             return p;
         },
         4,
         {QStringLiteral("rollback journal"), QStringLiteral("-journal")}},
        {"WalWithChangesLeftBesideOpens",
         [](const QString& d) {
             // A writer that died: its last transaction is in the -wal only. SQLite completes the file from
             // it.
             const QString p = freshCopy(d);
             sqlite3* raw = nullptr;
             EXPECT_EQ(sqlite3_open(p.toUtf8().constData(), &raw), SQLITE_OK);
             EXPECT_EQ(sqlite3_exec(raw,
                                    "PRAGMA wal_autocheckpoint = 0; INSERT INTO settings(key, value) "
                                    "VALUES ('left-in-wal', '1')",
                                    nullptr, nullptr, nullptr),
                       SQLITE_OK);
             const QString copy = QDir(d).filePath(QStringLiteral("crashed.sqlite"));
             EXPECT_TRUE(QFile::copy(p, copy));
             EXPECT_TRUE(QFile::copy(p + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
             sqlite3_close(raw);
             QFile::remove(p);
             return copy;
         },
         0,
         {},
         {QStringLiteral("kinds")},
         false},
        {"GarbageWalBesideOpens",
         [](const QString& d) {
             const QString p = freshCopy(d);
             write(p + QStringLiteral("-wal"), QByteArray(5000, 'z'));
             return p;
         },
         0,
         {},
         {QStringLiteral("kinds")},
         false},
        {"ReadOnlyFileReads",
         readOnlyFile,
         0,
         {},
         {QStringLiteral("export"), QStringLiteral("staff")},
         true,
         true},
        {"ReadOnlyFileRefusesImport",
         readOnlyFile,
         4,
         {QStringLiteral("read-only"), QStringLiteral("import")},
         {QStringLiteral("import"), QStringLiteral("staff"), csv},
         true,
         true},
        {"ReadOnlyFileRefusesDemoData",
         readOnlyFile,
         4,
         {QStringLiteral("read-only"), QStringLiteral("demo data")},
         {QStringLiteral("demo-data"), QStringLiteral("--years"), QStringLiteral("1")},
         true,
         true},
        {"ReadOnlyFolderReads", readOnlyFolder, 0, {}, {QStringLiteral("kinds")}, true, true},
        {"ReadOnlyFolderRefusesAddingAUser",
         readOnlyFolder,
         4,
         {QStringLiteral("read-only"), QStringLiteral("users")},
         {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("园长"), QStringLiteral("--role"),
          QStringLiteral("director")},
         true,
         true},
        {"ReadOnlyDamagedFileIsStillDamaged",
         [readOnlyFolder](const QString& d) {
             const QString p = readOnlyFolder(d);
             chmod(d.toLocal8Bit().constData(), 0755);
             writeAt(p, 4096, QByteArray(4096, '\0'));
             chmod(d.toLocal8Bit().constData(), 0555);
             return p;
         },
         4,
         {kDamaged},
         {QStringLiteral("kinds")},
         true,
         true},
    };
}

class DamagedFiles : public testing::TestWithParam<Case> {};

TEST_P(DamagedFiles, ExitCodeMessageAndFileUnchanged) {
    const Case& c = GetParam();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = c.make(dir.path());
    const QMap<QString, QByteArray> before = snapshot(dir.path());
    const Outcome r = runHouqin(
        QStringList{QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("en")} + c.command,
        c.unprivileged);
    EXPECT_EQ(r.code, c.code) << r.err.toStdString();
    for (const QString& w : c.words)
        EXPECT_TRUE(r.err.contains(w)) << "missing \"" << w.toStdString() << "\" in: " << r.err.toStdString();
    if (c.code != 0) {
        if (c.namesFile) {
            EXPECT_TRUE(r.err.contains(QDir::toNativeSeparators(path))) << r.err.toStdString();
        }
        // The message alone: one "Error: " line, none of the log's English lines.
        const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        EXPECT_EQ(lines.size(), 1) << r.err.toStdString();
        EXPECT_TRUE(r.err.startsWith(QStringLiteral("Error: "))) << r.err.toStdString();
    }
    if (c.unchanged) {
        const QMap<QString, QByteArray> after = snapshot(dir.path());
        EXPECT_EQ(after.keys(), before.keys());
        for (auto [name, bytes] : before.asKeyValueRange())
            EXPECT_TRUE(after.value(name) == bytes) << name.toStdString() << " changed";
    }
    // Let the folder be removed.
    chmod(dir.path().toLocal8Bit().constData(), 0755);
}

INSTANTIATE_TEST_SUITE_P(Catalogue, DamagedFiles, testing::ValuesIn(cases()),
                         [](const testing::TestParamInfo<Case>& info) {
                             return std::string(info.param.name);
                         });

} // namespace
