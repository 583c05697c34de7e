// Two writers, one of them holding the file: the other waits its turn and nothing reaches the user.
//
// A write transaction that reads before it writes keeps its place: another process's import waits for it
// instead of committing in between. (A deferred BEGIN would take a read snapshot at the first read; a
// commit by the other process would then make this transaction's first write fail at once with
// SQLITE_BUSY_SNAPSHOT, which busy_timeout does not retry. Transaction starts with BEGIN IMMEDIATE.)
#include "ConcurrencyFixture.h"
#include "domain/canteen/FoodSamples.h"
#include "storage/BusyTimeout.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QElapsedTimer>

using namespace houqin;
using namespace houqin::reliability;

namespace {
Record sample() {
    Record r;
    r.set(QStringLiteral("date"), QDate(2026, 11, 20));
    r.set(QStringLiteral("meal"), QStringLiteral("lunch"));
    r.set(QStringLiteral("dish"), QStringLiteral("番茄炒蛋"));
    r.set(QStringLiteral("weight_g"), 130);
    r.set(QStringLiteral("stored_at"), QDateTime(QDate(2026, 11, 20), QTime(12, 0)));
    r.set(QStringLiteral("fridge_temp_c"), 4.0);
    r.set(QStringLiteral("sampled_by"), kSampler);
    r.set(QStringLiteral("campus"), kCampus);
    return r;
}
} // namespace

TEST_F(Concurrency, AWriteTransactionThatReadsFirstIsNotOvertakenByAnotherProcess) {
    const QString csv = QDir(t.dir()).filePath(QStringLiteral("other.csv"));
    ASSERT_TRUE(writeSampleCsv(csv, {kSampler, kCampus, QStringLiteral("other"), 1}));
    const qint64 before = samples();

    Transaction tx(t.db());
    ASSERT_TRUE(tx.begin().ok());
    Query read(t.db(), QStringLiteral("SELECT COUNT(*) FROM food_samples"));
    ASSERT_TRUE(read.exec().ok());
    ASSERT_TRUE(read.next());
    EXPECT_EQ(read.value(0).toLongLong(), before);

    QProcess other;
    houqin.prepare(other, t.path(), {QStringLiteral("import"), QStringLiteral("food-samples"), csv});
    other.start();
    ASSERT_TRUE(other.waitForStarted());
    // The other process gets as far as its write and waits there (its busy_timeout is 5 s).
    const bool finishedWhileWeHeldTheFile = other.waitForFinished(1500);
    EXPECT_FALSE(finishedWhileWeHeldTheFile) << collect(other).err.toStdString();

    auto id = RecordRepository(t.db(), canteen::foodSamplesKind()).insert(sample(), test::tester());
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString() << " / " << id.error().detail.toStdString();
    ASSERT_TRUE(tx.commit().ok());

    ASSERT_TRUE(other.waitForFinished(30000));
    const RunResult done = collect(other);
    EXPECT_EQ(done.exitCode, 0) << done.err.toStdString();
    EXPECT_FALSE(mentionsBusy(done.err));
    EXPECT_EQ(samples(), before + 2);
    EXPECT_EQ(samples(markerCondition(QStringLiteral("other"))), 1);
}

// An import of tens of thousands of rows holds the file for longer than SQLite's usual few seconds (25,000
// rows took 35 s here). A writer that comes meanwhile (a form's save, another import) waits for it
// (kBusyTimeoutMs) rather than telling the user the file is in use.
TEST_F(Concurrency, AWriterWaitsForATransactionLongerThanFiveSeconds) {
    const QString csv = QDir(t.dir()).filePath(QStringLiteral("waiting.csv"));
    ASSERT_TRUE(writeSampleCsv(csv, {kSampler, kCampus, QStringLiteral("waiting"), 1}));
    const qint64 before = samples();

    Transaction tx(t.db());
    ASSERT_TRUE(tx.begin().ok());
    ASSERT_TRUE(RecordRepository(t.db(), canteen::foodSamplesKind()).insert(sample(), test::tester()).ok());
    QProcess other;
    houqin.prepare(other, t.path(), {QStringLiteral("import"), QStringLiteral("food-samples"), csv});
    other.start();
    ASSERT_TRUE(other.waitForStarted());
    const bool gaveUpWhileWeHeldTheFile = other.waitForFinished(7000);
    EXPECT_FALSE(gaveUpWhileWeHeldTheFile) << collect(other).err.toStdString();
    ASSERT_TRUE(tx.commit().ok());

    ASSERT_TRUE(other.waitForFinished(60000));
    const RunResult done = collect(other);
    EXPECT_EQ(done.exitCode, 0) << done.err.toStdString();
    EXPECT_FALSE(mentionsBusy(done.err)) << done.err.toStdString();
    EXPECT_EQ(samples(), before + 2);
    EXPECT_EQ(samples(markerCondition(QStringLiteral("waiting"))), 1);
}
