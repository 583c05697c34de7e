// storage/WriteWait: while another connection holds the write lock, the outermost transaction waits in
// slices and asks the connection's WriteWait between them; without one it waits in SQLite's busy timeout.
#include "storage/WriteWait.h"

#include "FoodSampleRecords.h"
#include "OtherWriter.h"
#include "TestSupport.h"
#include "domain/canteen/FoodSamples.h"
#include "storage/AuditChain.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <functional>
#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace houqin;

namespace {

class ScriptedWait : public WriteWait {
public:
    std::function<bool(int call, qint64 waitedMs)> answer;
    int calls = 0;
    int finishes = 0;
    QList<qint64> waited;
    bool keepWaiting(qint64 waitedMs) override {
        waited << waitedMs;
        return answer(++calls, waitedMs);
    }
    void finished() override { ++finishes; }
};

ScriptedWait* install(test::TempDb& t) {
    auto wait = std::make_unique<ScriptedWait>();
    ScriptedWait* raw = wait.get();
    t->setWriteWait(std::move(wait));
    return raw;
}
} // namespace

TEST(WriteWait, IsNotAskedWhenNoOtherProgramWrites) {
    test::TempDb t;
    ScriptedWait* wait = install(t);
    wait->answer = [](int, qint64) { return true; };
    Transaction tx(t.db());
    ASSERT_TRUE(tx.begin().ok());
    ASSERT_TRUE(tx.commit().ok());
    EXPECT_EQ(wait->calls, 0);
    EXPECT_EQ(wait->finishes, 0);
}

TEST(WriteWait, IsAskedBetweenSlicesUntilTheOtherWriterCommits) {
    test::TempDb t;
    test::OtherWriter other(t.path());
    ASSERT_EQ(other.exec("BEGIN IMMEDIATE; INSERT INTO settings(key, value) VALUES('other', '1');"),
              SQLITE_OK);
    ScriptedWait* wait = install(t);
    wait->answer = [&](int call, qint64) {
        if (call == 3)
            EXPECT_EQ(other.exec("COMMIT"), SQLITE_OK);
        return true;
    };
    Transaction tx(t.db());
    const Status begun = tx.begin();
    ASSERT_TRUE(begun.ok()) << begun.error().message.toStdString();
    EXPECT_EQ(wait->calls, 3);
    EXPECT_EQ(wait->finishes, 1);
    // Each question comes after a slice of SQLite's own wait, not at once and not after the minute.
    ASSERT_EQ(wait->waited.size(), 3);
    EXPECT_GE(wait->waited[0], WriteWait::kSliceMs - 20);
    EXPECT_LT(wait->waited[0], 10 * WriteWait::kSliceMs);
    EXPECT_GT(wait->waited[2], wait->waited[1]);
    ASSERT_TRUE(tx.commit().ok());
}

TEST(WriteWait, GivingUpFailsAsBusyAndLeavesNoTransactionOpen) {
    test::TempDb t;
    test::OtherWriter other(t.path());
    ASSERT_EQ(other.exec("BEGIN IMMEDIATE"), SQLITE_OK);
    ScriptedWait* wait = install(t);
    wait->answer = [](int, qint64) { return false; };
    QElapsedTimer clock;
    clock.start();
    {
        Transaction tx(t.db());
        const Status begun = tx.begin();
        ASSERT_FALSE(begun.ok());
        EXPECT_EQ(begun.error().code, Error::Code::Busy);
    }
    EXPECT_LT(clock.elapsed(), 5000) << "waited in the minute-long busy timeout";
    EXPECT_EQ(wait->calls, 1);
    EXPECT_EQ(wait->finishes, 1);
    EXPECT_EQ(t->transactionDepth(), 0);
    // Once the other program is done, the next transaction begins without asking.
    ASSERT_EQ(other.exec("COMMIT"), SQLITE_OK);
    Transaction again(t.db());
    EXPECT_TRUE(again.begin().ok());
    EXPECT_EQ(wait->calls, 1);
}

TEST(WriteWait, ATransactionBegunWhileItIsAskedFailsAtOnceInsteadOfAskingAgain) {
    test::TempDb t;
    test::OtherWriter other(t.path());
    ASSERT_EQ(other.exec("BEGIN IMMEDIATE"), SQLITE_OK);
    ScriptedWait* wait = install(t);
    Status inner;
    wait->answer = [&](int call, qint64) {
        if (call == 1) {
            Transaction nested(t.db()); // a timer's write while the window waits
            inner = nested.begin();
        }
        return call < 2;
    };
    Transaction tx(t.db());
    EXPECT_FALSE(tx.begin().ok());
    EXPECT_FALSE(inner.ok());
    EXPECT_EQ(inner.error().code, Error::Code::Busy);
    EXPECT_EQ(wait->calls, 2) << "the nested transaction asked too";
    EXPECT_EQ(wait->finishes, 1);
    ASSERT_EQ(other.exec("COMMIT"), SQLITE_OK);
}

// The audit checkpoint written after the director's sign-in check waits the same way (it was a bare write,
// which sat in the minute-long busy timeout).
TEST(WriteWait, TheAuditCheckpointWaitsAsASaveDoes) {
    test::TempDb t;
    const Record sample = test::foodSample(QStringLiteral("米饭"), t->now().addSecs(-600));
    ASSERT_TRUE(RecordRepository(t.db(), canteen::foodSamplesKind()).insert(sample, test::tester()).ok());
    test::OtherWriter other(t.path());
    ASSERT_EQ(other.exec("BEGIN IMMEDIATE"), SQLITE_OK);
    ScriptedWait* wait = install(t);
    wait->answer = [&](int call, qint64) {
        if (call == 1)
            EXPECT_EQ(other.exec("COMMIT"), SQLITE_OK);
        return true;
    };
    QElapsedTimer clock;
    clock.start();
    auto verdict = AuditChain::verify(t.db(), true);
    ASSERT_TRUE(verdict.ok()) << verdict.error().message.toStdString();
    EXPECT_TRUE(verdict->intact());
    EXPECT_EQ(wait->calls, 1);
    EXPECT_LT(clock.elapsed(), 5000);
}
