// Where exports and printouts are written: regular files replaced whole, links followed, devices and FIFOs
// written in place and never turned into regular files.
#include "domain/OutputFile.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <thread>

using namespace houqin;

namespace {
QByteArray readAll(const QString& path) {
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

bool isCharDevice(const char* path) {
    struct stat st {};
    return ::stat(path, &st) == 0 && S_ISCHR(st.st_mode);
}
} // namespace

TEST(OutputFile, ARegularFileIsReplacedWhole) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.csv"));
    ASSERT_TRUE(OutputFile::writeAll(path, "old").ok());
    ASSERT_TRUE(OutputFile::writeAll(path, "new contents").ok());
    EXPECT_EQ(readAll(path), QByteArray("new contents"));
    // A cancelled write leaves the previous file as it was.
    OutputFile out(path);
    ASSERT_TRUE(out.open().ok());
    ASSERT_TRUE(out.write("half").ok());
    out.cancel();
    EXPECT_EQ(readAll(path), QByteArray("new contents"));
}

TEST(OutputFile, DevNullStaysADevice) {
    ASSERT_TRUE(isCharDevice("/dev/null"));
    const Status s = OutputFile::writeAll(QStringLiteral("/dev/null"), QByteArray(10000, 'x'));
    EXPECT_TRUE(s.ok()) << s.error().message.toStdString();
    EXPECT_TRUE(isCharDevice("/dev/null"));
}

TEST(OutputFile, AFifoIsWrittenInPlace) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pipe"));
    ASSERT_EQ(::mkfifo(path.toLocal8Bit().constData(), 0600), 0);
    QByteArray received;
    std::thread reader([&] { received = readAll(path); });
    const Status s = OutputFile::writeAll(path, "through the pipe");
    reader.join();
    EXPECT_TRUE(s.ok()) << s.error().message.toStdString();
    EXPECT_EQ(received, QByteArray("through the pipe"));
    struct stat st {};
    ASSERT_EQ(::stat(path.toLocal8Bit().constData(), &st), 0);
    EXPECT_TRUE(S_ISFIFO(st.st_mode));
}

TEST(OutputFile, ALinkIsFollowedAndStaysALink) {
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("real.csv"));
    const QString link = dir.filePath(QStringLiteral("link.csv"));
    ASSERT_TRUE(OutputFile::writeAll(target, "old").ok());
    ASSERT_TRUE(QFile::link(target, link));
    OutputFile out(link);
    ASSERT_TRUE(out.open().ok());
    EXPECT_EQ(out.target(), target);
    ASSERT_TRUE(out.write("via the link").ok());
    ASSERT_TRUE(out.commit().ok());
    EXPECT_TRUE(QFileInfo(link).isSymLink());
    EXPECT_EQ(readAll(target), QByteArray("via the link"));
}

TEST(OutputFile, FoldersAndLinksIntoMissingFoldersAreRefusedByName) {
    QTemporaryDir dir;
    const Status folder = OutputFile::writeAll(dir.path(), "x");
    ASSERT_FALSE(folder.ok());
    EXPECT_EQ(folder.error().code, Error::Code::Io);
    EXPECT_TRUE(folder.error().message.contains(dir.path()));

    const QString link = dir.filePath(QStringLiteral("dangling.csv"));
    ASSERT_TRUE(QFile::link(dir.filePath(QStringLiteral("no/such/folder/x.csv")), link));
    const Status dangling = OutputFile::writeAll(link, "x");
    ASSERT_FALSE(dangling.ok());
    EXPECT_TRUE(dangling.error().message.contains(QStringLiteral("no/such/folder")));
    EXPECT_TRUE(QFileInfo(link).isSymLink());

    const Status missing = OutputFile::writeAll(dir.filePath(QStringLiteral("missing/x.csv")), "x");
    EXPECT_FALSE(missing.ok());
}
