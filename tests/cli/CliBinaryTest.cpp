// A few tests of the real executable: exit codes, stdout/stderr and the language of error text.
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {
struct Outcome {
    int code = -1;
    QString out, err;
};

Outcome houqin(const QStringList& args, const QString& lang = QStringLiteral("C.UTF-8")) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), lang);
    env.insert(QStringLiteral("LANG"), lang);
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the CLI must choose offscreen by itself
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HOUQIN_BINARY), args);
    EXPECT_TRUE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

TEST(CliBinary, VersionPrintsAndExitsZero) {
    const Outcome r = houqin({QStringLiteral("--version")});
    EXPECT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("houqin ")));
}

TEST(CliBinary, KindsOnAFreshDatabaseWithoutADisplay) {
    QTemporaryDir dir;
    const Outcome r =
        houqin({QStringLiteral("--db"), dir.filePath(QStringLiteral("h.sqlite")), QStringLiteral("kinds")});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("food-samples")));
}

TEST(CliBinary, UnknownCommandIsAUsageError) {
    QTemporaryDir dir;
    const Outcome r =
        houqin({QStringLiteral("--db"), dir.filePath(QStringLiteral("h.sqlite")), QStringLiteral("fly")});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("fly")));
}

TEST(CliBinary, ErrorTextFollowsTheLanguage) {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("h.sqlite"));
    const Outcome zh = houqin({QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                               QStringLiteral("fly")});
    EXPECT_EQ(zh.code, 2);
    EXPECT_TRUE(zh.err.contains(QStringLiteral("未知命令"))) << zh.err.toStdString();
    const Outcome en = houqin(
        {QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("fly")});
    EXPECT_TRUE(en.err.contains(QStringLiteral("Unknown command"))) << en.err.toStdString();
    const Outcome sys =
        houqin({QStringLiteral("--db"), db, QStringLiteral("fly")}, QStringLiteral("zh_CN.UTF-8"));
    EXPECT_TRUE(sys.err.contains(QStringLiteral("未知命令"))) << sys.err.toStdString();
}

// A damaged file: the user reads one message in their language, not SQLite's English nor internal log lines
// (those go to the log file, and to stderr only with --verbose).
TEST(CliBinary, ADamagedFileGetsATranslatedMessageAndNoLogLines) {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("h.sqlite"));
    ASSERT_EQ(houqin({QStringLiteral("--db"), db, QStringLiteral("kinds")}).code, 0);
    {
        QFile f(db);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        ASSERT_GT(size, 8192);
        ASSERT_TRUE(f.seek(4096)); // every page after the first (the schema), zeroed
        ASSERT_EQ(f.write(QByteArray(size - 4096, '\0')), size - 4096);
    }
    const Outcome zh = houqin({QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                               QStringLiteral("export"), QStringLiteral("food-samples")});
    EXPECT_EQ(zh.code, 4);
    EXPECT_TRUE(zh.err.contains(QStringLiteral("损坏"))) << zh.err.toStdString();
    EXPECT_FALSE(zh.err.contains(QStringLiteral("malformed"))) << zh.err.toStdString();
    EXPECT_FALSE(zh.err.contains(QStringLiteral("[storage]"))) << zh.err.toStdString();
    const Outcome verbose =
        houqin({QStringLiteral("--db"), db, QStringLiteral("--verbose"), QStringLiteral("--lang"),
                QStringLiteral("en"), QStringLiteral("export"), QStringLiteral("food-samples")});
    EXPECT_EQ(verbose.code, 4);
    EXPECT_TRUE(verbose.err.contains(QStringLiteral("[storage]"))) << verbose.err.toStdString();
}

// -o names where the export goes; a device stays a device (writing replaced /dev/null by a regular file
// once).
TEST(CliBinary, ExportToDevNullLeavesTheDevice) {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("h.sqlite"));
    const Outcome r = houqin({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("staff"),
                              QStringLiteral("-o"), QStringLiteral("/dev/null")});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    const QFileInfo info(QStringLiteral("/dev/null"));
    EXPECT_FALSE(info.isFile()); // still the character device, not a regular file
    EXPECT_TRUE(info.exists());
}

// The weekly safety inspection sheet printed blank for the paper round: the checklist's items and signature
// lines, no results. --blank on a report without a blank form is a usage error naming those that have one.
TEST(CliBinary, PrintBlankInspectionSheetAndRefuseBlankElsewhere) {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("houqin.sqlite"));
    const QString pdf = dir.filePath(QStringLiteral("blank.pdf"));
    const Outcome ok =
        houqin({QStringLiteral("--db"), db, QStringLiteral("print"),
                QStringLiteral("safety-inspection-weekly"), QStringLiteral("--week"),
                QStringLiteral("2026-W47"), QStringLiteral("--blank"), QStringLiteral("-o"), pdf});
    ASSERT_EQ(ok.code, 0) << ok.err.toStdString();
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                             QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(30000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(printed.contains(QStringLiteral("灭火器在有效期内"))) << printed.toStdString();
    EXPECT_TRUE(printed.contains(QStringLiteral("Mon 11-16")));
    EXPECT_TRUE(printed.contains(QStringLiteral("Inspector (signature):")));

    const QString other = dir.filePath(QStringLiteral("hazards.pdf"));
    const Outcome refused =
        houqin({QStringLiteral("--db"), db, QStringLiteral("print"), QStringLiteral("hazard-register"),
                QStringLiteral("--month"), QStringLiteral("2026-11"), QStringLiteral("--blank"),
                QStringLiteral("-o"), other});
    EXPECT_EQ(refused.code, 2);
    EXPECT_TRUE(refused.err.contains(
        QStringLiteral("hazard-register has no blank form; --blank is for: safety-inspection-weekly, "
                       "patrol-weekly, training-attendance, repair-form, facility-inspection-weekly.")))
        << refused.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(other));

    const Outcome listed = houqin({QStringLiteral("--db"), db, QStringLiteral("reports")});
    EXPECT_TRUE(
        listed.out.contains(QStringLiteral("safety-inspection-weekly\tWeekly safety inspection sheet\t"
                                           "--week YYYY-Www [--blank]")))
        << listed.out.toStdString();
}
