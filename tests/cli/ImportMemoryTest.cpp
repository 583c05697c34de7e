// Issue #15: an import's memory must not grow with the file. The real executable imports a generated file
// of food samples twice, small and five times larger, each in a child process whose peak resident memory
// (getrusage's ru_maxrss through wait4) is compared. Reading whole files and keeping every row, as imports
// once did, costs about 2 KiB a row: 80 MiB more for the larger file. Streaming adds next to nothing.
#include <QDate>
#include <QFile>
#include <QTemporaryDir>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

void writeSamples(const QString& path, int rows) {
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("date,meal,dish,weight_g,stored_at,fridge_temp_c,sampled_by\r\n");
    const QDate first(2015, 1, 1);
    for (int i = 0; i < rows; ++i) {
        const QByteArray d = first.addDays(i / 20).toString(Qt::ISODate).toUtf8();
        f.write(d + ",lunch,菜" + QByteArray::number(i) + ",130," + d + " 11:30,4,王老师\r\n");
    }
}

struct ChildRun {
    int status = -1;
    long peakKiB = 0;
};

// `houqin --db DB import food-samples FILE` in a child process, with its peak memory.
ChildRun importInChild(const QString& db, const QString& file) {
    const QByteArray binary(HOUQIN_BINARY), dbArg = db.toLocal8Bit(), fileArg = file.toLocal8Bit();
    const pid_t pid = fork();
    if (pid == 0) {
        setenv("LC_ALL", "C.UTF-8", 1);
        const int null = ::open("/dev/null", O_WRONLY);
        dup2(null, STDOUT_FILENO);
        dup2(null, STDERR_FILENO);
        execl(binary.constData(), binary.constData(), "--db", dbArg.constData(), "import", "food-samples",
              fileArg.constData(), static_cast<char*>(nullptr));
        _exit(127);
    }
    ChildRun run;
    if (pid < 0)
        return run;
    rusage usage{};
    int status = 0;
    if (wait4(pid, &status, 0, &usage) == pid && WIFEXITED(status)) {
        run.status = WEXITSTATUS(status);
        run.peakKiB = usage.ru_maxrss; // kilobytes on Linux
    }
    return run;
}

} // namespace

TEST(ImportMemory, PeakMemoryDoesNotGrowWithTheFile) {
    QTemporaryDir dir;
    const QString small = dir.filePath(QStringLiteral("small.csv")),
                  large = dir.filePath(QStringLiteral("large.csv"));
    writeSamples(small, 8000);
    writeSamples(large, 40000);
    const ChildRun a = importInChild(dir.filePath(QStringLiteral("a.sqlite")), small);
    const ChildRun b = importInChild(dir.filePath(QStringLiteral("b.sqlite")), large);
    ASSERT_EQ(a.status, 0);
    ASSERT_EQ(b.status, 0);
    // 32,000 more rows: 64 MiB more if rows were kept, a few MiB of SQLite's cache and heap slack if not.
    EXPECT_LT(b.peakKiB - a.peakKiB, 16 * 1024)
        << "peak " << a.peakKiB << " KiB for 8,000 rows, " << b.peakKiB << " KiB for 40,000";
}
