// The audit trail's hash chain (issue #13) on a real file: every write is chained, and a changed, a
// deleted and an inserted row are each found and named; the checkpoint catches a rewritten tail.
#include "storage/AuditChain.h"

#include "TestSupport.h"
#include "domain/staff/StaffKind.h"
#include "storage/AuditLog.h"
#include "storage/Query.h"
#include "storage/RecordRepository.h"

#include <gtest/gtest.h>

using namespace houqin;

namespace {
class AuditChainTest : public ::testing::Test {
protected:
    test::TempDb t;
    QList<qint64> ids;

    void SetUp() override {
        for (const char* name : {"王丽", "李娜", "张敏", "赵强"}) {
            Record r = newRecord(staff::staffKind(), nullptr, t->ruleContext());
            r.set(QStringLiteral("name"), QString::fromUtf8(name));
            r.set(QStringLiteral("post"), QStringLiteral("childcare"));
            r.set(QStringLiteral("status"), QStringLiteral("active"));
            auto id = RecordRepository(t.db(), staff::staffKind()).insert(r, test::tester());
            ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
            ids << *id;
        }
    }
    void exec(const QString& sql) {
        Query q(t.db(), sql);
        ASSERT_TRUE(q.exec().ok()) << sql.toStdString();
    }
    AuditChain::Verdict verify(bool fromCheckpoint = false) {
        auto v = AuditChain::verify(t.db(), fromCheckpoint);
        EXPECT_TRUE(v.ok());
        return v.ok() ? *v : AuditChain::Verdict{};
    }
    qint64 auditRows() {
        Query q(t.db(), QStringLiteral("SELECT count(*) FROM audit_log"));
        EXPECT_TRUE(q.exec().ok());
        return q.next() ? q.value(0).toLongLong() : -1;
    }
};
} // namespace

TEST_F(AuditChainTest, EveryRowIsChainedToTheOneBeforeIt) {
    const AuditChain::Verdict v = verify();
    EXPECT_TRUE(v.intact()) << v.reason.toStdString();
    EXPECT_EQ(v.rowsChecked, auditRows());
    EXPECT_GE(v.rowsChecked, 4);
    Query q(t.db(), QStringLiteral("SELECT prev_hash, hash FROM audit_log ORDER BY id"));
    ASSERT_TRUE(q.exec().ok());
    QString prev;
    while (q.next()) {
        EXPECT_EQ(q.value(0).toString(), prev);
        EXPECT_EQ(q.value(1).toString().size(), 64); // hex SHA-256
        prev = q.value(1).toString();
    }
    auto head = AuditChain::head(t.db());
    ASSERT_TRUE(head.ok());
    EXPECT_EQ(*head, prev);
}

TEST_F(AuditChainTest, AChangedRowIsNamed) {
    exec(QStringLiteral("UPDATE audit_log SET actor = 'someone else' WHERE id = 2"));
    const AuditChain::Verdict v = verify();
    EXPECT_EQ(v.brokenAt, 2);
    EXPECT_TRUE(v.reason.contains(QStringLiteral("changed"))) << v.reason.toStdString();
}

TEST_F(AuditChainTest, ADeletedRowIsFoundAtTheRowAfterIt) {
    exec(QStringLiteral("DELETE FROM audit_log WHERE id = 2"));
    EXPECT_EQ(verify().brokenAt, 3);
}

TEST_F(AuditChainTest, AnInsertedRowIsFound) {
    // A row slipped in between 2 and 3 that claims to follow row 2 (ids leave no gap, so it takes a
    // fresh id and row 3 is renumbered after it, as a forger would have to).
    exec(QStringLiteral("UPDATE audit_log SET id = id + 100 WHERE id >= 3"));
    exec(QStringLiteral(
        "INSERT INTO audit_log(id, at, actor, kind, record_id, action, prev_hash, hash) "
        "SELECT 3, at, 'forger', kind, record_id, 'delete', hash, hash FROM audit_log WHERE id = 2"));
    const AuditChain::Verdict v = verify();
    EXPECT_EQ(v.brokenAt, 3);
}

TEST_F(AuditChainTest, TheCheckpointCatchesARewrittenTailAndMovesForward) {
    ASSERT_TRUE(verify(true).intact()); // sets the checkpoint at the head
    const qint64 rows = auditRows();
    // Nothing new: nothing to check.
    EXPECT_EQ(verify(true).rowsChecked, 0);
    Record r = newRecord(staff::staffKind(), nullptr, t->ruleContext());
    r.set(QStringLiteral("name"), QStringLiteral("孙悦"));
    r.set(QStringLiteral("post"), QStringLiteral("childcare"));
    r.set(QStringLiteral("status"), QStringLiteral("active"));
    ASSERT_TRUE(RecordRepository(t.db(), staff::staffKind()).insert(r, test::tester()).ok());
    EXPECT_EQ(verify(true).rowsChecked, auditRows() - rows);
    // Deleting the newest row leaves a chain that follows on from its start, but the row checked last time
    // is gone: both the full and the quick check say so.
    exec(QStringLiteral("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)"));
    for (bool quick : {false, true}) {
        const AuditChain::Verdict v = verify(quick);
        EXPECT_FALSE(v.intact());
        EXPECT_EQ(v.brokenAt, auditRows() + 1);
    }
}

TEST(AuditChainHash, IsOverTheCanonicalFormIncludingThePreviousHash) {
    AuditChain::Row row;
    row.at = QStringLiteral("2026-11-29T10:00:00");
    row.actor = QStringLiteral("王丽");
    row.kind = QStringLiteral("staff");
    row.recordId = qint64(1);
    row.action = QStringLiteral("insert");
    row.after = QStringLiteral("{\"name\":\"王丽\"}");
    const QString h = AuditChain::rowHash(QString(), row);
    EXPECT_EQ(h.size(), 64);
    EXPECT_NE(AuditChain::rowHash(QStringLiteral("00"), row), h);
    AuditChain::Row empty = row;
    empty.before = QString(); // NULL and an empty string read back alike
    EXPECT_EQ(AuditChain::rowHash(QString(), empty), h);
    EXPECT_EQ(AuditChain::shortForm(h).size(), 17);
}

// The audit viewer's search: each filter keeps its rows and drops the others.
TEST_F(AuditChainTest, SearchFiltersByPersonKindRecordActionAndDate) {
    AuditLog::Filter all;
    auto every = AuditLog::search(t.db(), all);
    ASSERT_TRUE(every.ok());
    EXPECT_EQ(every->size(), auditRows());
    EXPECT_GT(every->first().id, every->last().id); // newest first
    AuditLog::Filter byKind;
    byKind.kind = QStringLiteral("staff");
    byKind.recordId = ids.at(1);
    auto one = AuditLog::search(t.db(), byKind);
    ASSERT_TRUE(one.ok());
    ASSERT_EQ(one->size(), 1);
    EXPECT_EQ(one->first().actionKey, QStringLiteral("insert"));
    AuditLog::Filter nobody;
    nobody.actor = QStringLiteral("someone else");
    EXPECT_TRUE(AuditLog::search(t.db(), nobody)->isEmpty());
    AuditLog::Filter deletes;
    deletes.action = QStringLiteral("delete");
    EXPECT_TRUE(AuditLog::search(t.db(), deletes)->isEmpty());
    AuditLog::Filter today;
    today.from = today.to = t->now().date();
    EXPECT_EQ(AuditLog::search(t.db(), today)->size(), auditRows());
    AuditLog::Filter yesterday;
    yesterday.from = yesterday.to = t->now().date().addDays(-1);
    EXPECT_TRUE(AuditLog::search(t.db(), yesterday)->isEmpty());
}

// A file open read-only (a backup opened instead of a damaged file) is verified but cannot remember where:
// the check writes nothing, and fails nothing for not writing.
TEST_F(AuditChainTest, AReadOnlyFileIsVerifiedWithoutWritingTheCheckpoint) {
    Database::OpenOptions readOnly;
    readOnly.readOnly = true;
    auto ro = Database::open(t.path(), readOnly);
    ASSERT_TRUE(ro.ok()) << ro.error().message.toStdString();
    ASSERT_TRUE((*ro)->readOnly());
    for (bool fromCheckpoint : {true, false}) {
        auto v = AuditChain::verify(**ro, fromCheckpoint);
        ASSERT_TRUE(v.ok()) << v.error().message.toStdString();
        EXPECT_TRUE(v->intact());
        EXPECT_EQ(v->rowsChecked, auditRows());
    }
    Query cp(**ro, QStringLiteral("SELECT count(*) FROM settings WHERE key = :k"));
    cp.bind(QStringLiteral(":k"), AuditChain::kCheckpointKey);
    ASSERT_TRUE(cp.exec().ok());
    ASSERT_TRUE(cp.next());
    EXPECT_EQ(cp.value(0).toLongLong(), 0);
}
