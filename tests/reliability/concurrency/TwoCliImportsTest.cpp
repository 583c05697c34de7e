// Two CLI imports of the same file at once, for a bounded time.
#include "ConcurrencyFixture.h"

using namespace houqin::reliability;

TEST_F(Concurrency, TwoCliImportsAtOnceLoseNothingAndNeverReportBusy) {
    const int seconds = boundSeconds();
    const QDeadlineTimer deadline(std::chrono::seconds{seconds});
    const SampleRows spec{kSampler, kCampus, {}, 0};
    ImportLoop a(houqin, t.path(), t.dir(), QStringLiteral("cli-a"), spec, 2000, deadline, 1);
    ImportLoop b(houqin, t.path(), t.dir(), QStringLiteral("cli-b"), spec, 2000, deadline, 2);
    const qint64 before = samples();
    a.start();
    b.start();
    waitFor({&a, &b}, seconds);

    EXPECT_TRUE(a.failures().isEmpty()) << a.failures().join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(b.failures().isEmpty()) << b.failures().join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(a.busyErrors() + b.busyErrors(), 0);
    EXPECT_GE(a.acknowledged(), 1);
    EXPECT_GE(b.acknowledged(), 1);
    expectEveryImportWhole(a);
    expectEveryImportWhole(b);
    EXPECT_EQ(samples(), before + a.acknowledgedRows() + b.acknowledgedRows());
    expectSoundFile();
    std::printf("[reliability] two CLI imports, %d s: %lld imports, %lld rows, %d failed, busy errors %d\n",
                seconds, (long long)(a.runs().size() + b.runs().size()),
                (long long)(a.acknowledgedRows() + b.acknowledgedRows()),
                int(a.failures().size() + b.failures().size()), a.busyErrors() + b.busyErrors());
}
