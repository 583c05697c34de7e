#include "FoodSampleRecords.h"
#include "TestSupport.h"
#include "domain/canteen/FoodSamples.h"
#include "domain/staff/StaffKind.h"
#include "storage/AuditLog.h"
#include "storage/Query.h"
#include "storage/RecordRepository.h"

#include <gtest/gtest.h>

using namespace houqin;

namespace {
const QDateTime kNow(QDate(2026, 9, 7), QTime(10, 0));

Record sample(const QString& dish, QDateTime stored, double weight = 130,
              const QString& meal = QStringLiteral("lunch")) {
    return test::foodSample(dish, stored, meal, weight);
}

int rows(Database& db, const QString& sql) {
    Query q(db, sql);
    EXPECT_TRUE(q.exec().ok());
    EXPECT_TRUE(q.next());
    return q.value(0).toInt();
}
} // namespace

class RepositoryTest : public ::testing::Test {
protected:
    test::TempDb t{kNow};
    RecordRepository repo{t.db(), canteen::foodSamplesKind()};
};

TEST_F(RepositoryTest, InsertGetUpdateDeleteRoundTripWithAudit) {
    auto id = repo.insert(sample(QStringLiteral("番茄炒蛋"), kNow.addSecs(-3600)), test::tester());
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    auto got = repo.get(*id);
    ASSERT_TRUE(got.ok());
    EXPECT_EQ(got->value(QStringLiteral("dish")).toString(), QStringLiteral("番茄炒蛋"));
    EXPECT_EQ(got->value(QStringLiteral("stored_at")).toDateTime(), kNow.addSecs(-3600));
    EXPECT_EQ(got->createdBy, QStringLiteral("tester"));
    EXPECT_EQ(got->createdAt, kNow);

    Record changed = *got;
    changed.set(QStringLiteral("dish"), QStringLiteral("西红柿炒鸡蛋"));
    ASSERT_TRUE(repo.update(changed, {QStringLiteral("editor")}).ok());
    EXPECT_EQ(repo.get(*id)->updatedBy, QStringLiteral("editor"));

    ASSERT_TRUE(repo.remove(*id, test::tester()).ok());
    EXPECT_EQ(repo.get(*id).error().code, Error::Code::NotFound);

    auto trail = AuditLog::forRecord(t.db(), QStringLiteral("food-samples"), *id);
    ASSERT_TRUE(trail.ok());
    ASSERT_EQ(trail->size(), 3);
    EXPECT_EQ(trail->at(0).action, AuditLog::Action::Delete);
    EXPECT_EQ(trail->at(1).action, AuditLog::Action::Update);
    EXPECT_EQ(trail->at(1).before.value(QStringLiteral("dish")).toString(), QStringLiteral("番茄炒蛋"));
    EXPECT_EQ(trail->at(1).after.value(QStringLiteral("dish")).toString(), QStringLiteral("西红柿炒鸡蛋"));
    EXPECT_EQ(trail->at(1).actor, QStringLiteral("editor"));
    EXPECT_EQ(trail->at(2).action, AuditLog::Action::Insert);
}

TEST_F(RepositoryTest, InvalidRecordIsRefusedAndNothingIsWritten) {
    auto id = repo.insert(sample(QStringLiteral("青菜"), kNow, 124.9), test::tester());
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().code, Error::Code::Validation);
    ASSERT_EQ(id.error().issues.size(), 1);
    EXPECT_EQ(id.error().issues.first().field, QStringLiteral("weight_g"));
    EXPECT_EQ(rows(t.db(), QStringLiteral("SELECT count(*) FROM food_samples")), 0);
    EXPECT_EQ(rows(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE kind = 'food-samples'")), 0);
}

TEST_F(RepositoryTest, InsertAllIsAllOrNothingAndNamesTheBadRecord) {
    QList<Record> batch{sample(QStringLiteral("米饭"), kNow), sample(QStringLiteral("青菜"), kNow, 100),
                        sample(QStringLiteral("汤"), kNow)};
    auto ids = repo.insertAll(batch, test::tester());
    ASSERT_FALSE(ids.ok());
    ASSERT_EQ(ids.error().issues.size(), 1);
    EXPECT_EQ(ids.error().issues.first().field, QStringLiteral("#1:weight_g"));
    EXPECT_EQ(rows(t.db(), QStringLiteral("SELECT count(*) FROM food_samples")), 0);

    batch[1].set(QStringLiteral("weight_g"), 125.0);
    ids = repo.insertAll(batch, test::tester());
    ASSERT_TRUE(ids.ok());
    EXPECT_EQ(ids->size(), 3);
    EXPECT_EQ(rows(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE kind = 'food-samples'")), 3);
}

TEST_F(RepositoryTest, ListFiltersByDateRangeSearchAndSortsStably) {
    ASSERT_TRUE(
        repo.insertAll({sample(QStringLiteral("番茄炒蛋"), QDateTime(QDate(2026, 9, 1), QTime(11, 0))),
                        sample(QStringLiteral("青菜"), QDateTime(QDate(2026, 9, 2), QTime(11, 0))),
                        sample(QStringLiteral("牛奶"), QDateTime(QDate(2026, 9, 3), QTime(8, 0)), 130,
                               QStringLiteral("breakfast"))},
                       test::tester())
            .ok());
    ListQuery q;
    q.from = QDate(2026, 9, 2);
    q.to = QDate(2026, 9, 3);
    EXPECT_EQ(*repo.count(q), 2);
    q = {};
    q.search = QStringLiteral("青");
    EXPECT_EQ(*repo.count(q), 1);
    q.search = QStringLiteral("breakfast");
    EXPECT_EQ(*repo.count(q), 1) << "choice fields match on their labels";
    q.search = QStringLiteral("100%_");
    EXPECT_EQ(*repo.count(q), 0) << "LIKE wildcards in the search text are literal";
    q = {};
    q.sortField = QStringLiteral("dish");
    q.sortDescending = false;
    auto list = repo.list(q);
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 3);
    q.limit = 2;
    q.offset = 2;
    EXPECT_EQ(repo.list(q)->size(), 1);
}

TEST_F(RepositoryTest, NamedFiltersMatchTheDerivedStatus) {
    const QDateTime hold = kNow.addSecs(-48 * 3600);
    ASSERT_TRUE(repo.insertAll({sample(QStringLiteral("held"), kNow.addSecs(-3600)),
                                sample(QStringLiteral("exactly due"), hold),
                                sample(QStringLiteral("due"), hold.addSecs(-3600)),
                                sample(QStringLiteral("edge of overdue"), hold.addSecs(-24 * 3600)),
                                sample(QStringLiteral("overdue"), hold.addSecs(-24 * 3600 - 60))},
                               test::tester())
                    .ok());
    auto count = [&](const char* filter) {
        ListQuery q;
        q.filter = QString::fromLatin1(filter);
        return *repo.count(q);
    };
    EXPECT_EQ(count("held"), 1);
    EXPECT_EQ(count("due"), 4);
    EXPECT_EQ(count("overdue"), 1);
    EXPECT_EQ(count("disposed"), 0);
    EXPECT_EQ(count("no-such-filter"), 0);
    // The SQL filters and the derived status agree on every record.
    for (const Record& r : *repo.list()) {
        const auto status = canteen::sampleStatus(r, t->ruleContext());
        const QString dish = r.value(QStringLiteral("dish")).toString();
        if (dish == QStringLiteral("overdue"))
            EXPECT_EQ(status, canteen::SampleStatus::Overdue);
        else if (dish == QStringLiteral("held"))
            EXPECT_EQ(status, canteen::SampleStatus::Held);
        else
            EXPECT_EQ(status, canteen::SampleStatus::Disposable) << dish.toStdString();
    }
}

TEST_F(RepositoryTest, LatestIsTheLastEntered) {
    EXPECT_FALSE(repo.latest()->has_value());
    ASSERT_TRUE(repo.insert(sample(QStringLiteral("a"), kNow), test::tester()).ok());
    ASSERT_TRUE(repo.insert(sample(QStringLiteral("b"), kNow.addDays(-3)), test::tester()).ok());
    EXPECT_EQ(repo.latest()->value().value(QStringLiteral("dish")).toString(), QStringLiteral("b"));
}

TEST_F(RepositoryTest, UpdateAllDisposesAMealInOneTransaction) {
    const QDateTime stored = kNow.addSecs(-50 * 3600);
    ASSERT_TRUE(repo.insertAll({sample(QStringLiteral("a"), stored), sample(QStringLiteral("b"), stored)},
                               test::tester())
                    .ok());
    const QList<Record> disposed =
        canteen::disposeDue(*repo.list(), kNow, QStringLiteral("李师傅"), t->ruleContext());
    ASSERT_EQ(disposed.size(), 2);
    ASSERT_TRUE(repo.updateAll(disposed, test::tester()).ok());
    ListQuery q;
    q.filter = QStringLiteral("disposed");
    EXPECT_EQ(*repo.count(q), 2);
}

TEST_F(RepositoryTest, StaffKindUsesTheSameMachinery) {
    RecordRepository staff(t.db(), staff::staffKind());
    Record p = newRecord(staff::staffKind(), nullptr, t->ruleContext());
    p.set(QStringLiteral("name"), QStringLiteral("李师傅"));
    p.set(QStringLiteral("post"), QStringLiteral("canteen"));
    auto id = staff.insert(p, test::tester());
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    EXPECT_EQ(staff.get(*id)->value(QStringLiteral("campus")).toString(), QStringLiteral("滨豪园区"));
}
