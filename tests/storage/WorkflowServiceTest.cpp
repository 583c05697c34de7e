// Steps of a declared workflow on a real database: the record's new state and the fields the step filled
// are written and audited with one history row, in one transaction; a refused step changes nothing.
#include "storage/WorkflowService.h"

#include "RectificationKind.h"
#include "TestSupport.h"
#include "storage/AuditLog.h"
#include "storage/Query.h"
#include "storage/RecordRepository.h"

#include <gtest/gtest.h>

using namespace houqin;

namespace {
const RecordKind& kind() {
    static const RecordKind k = test::rectificationKind();
    return k;
}

class WorkflowServiceTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(Query::run(t.db(), QString::fromLatin1(test::kRectificationTable)).ok());
        Record r;
        r.set(QStringLiteral("description"), QStringLiteral("二楼楼梯扶手松动"));
        r.set(QStringLiteral("state"), QStringLiteral("reported"));
        auto inserted = repo.insert(r, test::tester());
        ASSERT_TRUE(inserted.ok()) << inserted.error().message.toStdString();
        id = *inserted;
    }
    QString state() { return repo.get(id)->value(QStringLiteral("state")).toString(); }

    test::TempDb t;
    RecordRepository repo{t.db(), kind()};
    WorkflowService service{t.db()};
    qint64 id = 0;
};
} // namespace

TEST_F(WorkflowServiceTest, AHazardGoesRoundTheWholeWorkflowWithItsHistory) {
    const QVariantMap assign{{QStringLiteral("owner"), QStringLiteral("王师傅")},
                             {QStringLiteral("deadline"), QDate(2026, 9, 10)}};
    ASSERT_TRUE(
        service.take(kind(), id, QStringLiteral("assign"), assign, {}, {QStringLiteral("李主任")}).ok());
    ASSERT_TRUE(service.take(kind(), id, QStringLiteral("submit"), {}, {}, {QStringLiteral("王师傅")}).ok());
    ASSERT_TRUE(service
                    .take(kind(), id, QStringLiteral("send-back"), {}, QStringLiteral("仍有晃动"),
                          {QStringLiteral("李主任")})
                    .ok());
    ASSERT_TRUE(service.take(kind(), id, QStringLiteral("submit"), {}, {}, {QStringLiteral("王师傅")}).ok());
    auto closed = service.take(kind(), id, QStringLiteral("verify"), {}, {}, {QStringLiteral("李主任")});
    ASSERT_TRUE(closed.ok()) << closed.error().message.toStdString();
    EXPECT_EQ(state(), QStringLiteral("closed"));
    EXPECT_EQ(repo.get(id)->value(QStringLiteral("verified_by")).toString(), QStringLiteral("李主任"));

    auto history = service.history(kind(), id);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 5);
    EXPECT_EQ(history->at(0).step, QStringLiteral("assign"));
    EXPECT_EQ(history->at(0).fromState, QStringLiteral("reported"));
    EXPECT_EQ(history->at(0).toState, QStringLiteral("in-progress"));
    EXPECT_EQ(history->at(0).actor, QStringLiteral("李主任"));
    EXPECT_EQ(history->at(2).note, QStringLiteral("仍有晃动"));
    EXPECT_EQ(history->at(4).toState, QStringLiteral("closed"));
    EXPECT_TRUE(history->at(0).at.isValid());
    // Each step is also an audited change of the record: the insert plus five updates.
    auto audit = AuditLog::forRecord(t.db(), kind().key, id);
    ASSERT_TRUE(audit.ok());
    EXPECT_EQ(audit->size(), 6);
}

TEST_F(WorkflowServiceTest, ARefusedStepChangesNothing) {
    auto refused =
        service.take(kind(), id, QStringLiteral("assign"),
                     {{QStringLiteral("owner"), QStringLiteral("王师傅")}}, {}, {QStringLiteral("李主任")});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::Validation);
    EXPECT_EQ(state(), QStringLiteral("reported"));
    EXPECT_TRUE(repo.get(id)->isEmpty(QStringLiteral("owner")));
    EXPECT_TRUE(service.history(kind(), id)->isEmpty());
    EXPECT_EQ(AuditLog::forRecord(t.db(), kind().key, id)->size(), 1);

    auto unknown = service.take(kind(), id, QStringLiteral("fly"), {}, {}, {QStringLiteral("李主任")});
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, Error::Code::Usage);
    auto missing =
        service.take(kind(), id + 100, QStringLiteral("assign"), {}, {}, {QStringLiteral("李主任")});
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, Error::Code::NotFound);
}

TEST_F(WorkflowServiceTest, TheListFiltersByState) {
    ListQuery q;
    q.filter = QStringLiteral("state-reported");
    EXPECT_EQ(*repo.count(q), 1);
    q.filter = QStringLiteral("state-closed");
    EXPECT_EQ(*repo.count(q), 0);
}
