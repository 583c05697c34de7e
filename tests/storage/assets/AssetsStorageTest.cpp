// The assets module on a real database: unique codes numbered per campus and year, a disposal that takes its
// assets out of use in its own transaction, the class filters against the derived class, the repair
// workflow, and the dashboard items on both sides of their boundaries.
#include "TestSupport.h"
#include "domain/assets/AssetKinds.h"
#include "storage/AttentionService.h"
#include "storage/AuditLog.h"
#include "storage/RecordRepository.h"
#include "storage/SettingsStore.h"
#include "storage/WorkflowService.h"

#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::assets;
namespace a = houqin::assets::asset;
namespace l = houqin::assets::loan;
namespace rp = houqin::assets::repair;
namespace d = houqin::assets::disposal;

namespace {
const QDate kToday(2026, 11, 16);
const QString kBinhao = QStringLiteral("滨豪园区");

class AssetsStorageTest : public ::testing::Test {
protected:
    test::TempDb t{QDateTime(kToday, QTime(10, 0))};

    Result<qint64> insert(const RecordKind& kind, const QVariantMap& values) {
        Record r;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            r.set(it.key(), it.value());
        return RecordRepository(t.db(), kind).insert(r, test::tester());
    }
    qint64 asset(const QString& code, qint64 priceFen,
                 const QString& category = QStringLiteral("general-equipment")) {
        auto id = insert(assetsKind(), {{a::kCode, code},
                                        {a::kName, QStringLiteral("空调")},
                                        {a::kCategory, category},
                                        {a::kQuantity, QVariant::fromValue<qint64>(1)},
                                        {a::kUnitPrice, QVariant::fromValue<qint64>(priceFen)},
                                        {a::kAcquiredOn, QDate(2026, 9, 1)},
                                        {a::kCampus, kBinhao},
                                        {a::kStatus, a::kInUse}});
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? *id : 0;
    }
    qint64 count(const RecordKind& kind, const QString& filter) {
        ListQuery q;
        q.filter = filter;
        auto n = RecordRepository(t.db(), kind).count(q);
        EXPECT_TRUE(n.ok());
        return n.ok() ? *n : -1;
    }
    bool raised(const QString& key) {
        const AttentionItem* item = findAttentionItem(key);
        EXPECT_NE(item, nullptr) << key.toStdString();
        auto s = AttentionService(t.db()).evaluate(*item);
        EXPECT_TRUE(s.ok());
        return s.ok() && s->raised;
    }
    void setNow(QDate day) { t.setNow(QDateTime(day, QTime(10, 0))); }
    qint64 loan(QDate due, QDate returned = {}) {
        QVariantMap v{{l::kItem, QStringLiteral("感统训练器材")},
                      {l::kQuantity, QVariant::fromValue<qint64>(1)},
                      {l::kBorrowerType, QStringLiteral("class")},
                      {l::kBorrower, QStringLiteral("中一班")},
                      {l::kLentOn, QDate(2026, 11, 2)},
                      {l::kDueOn, due}};
        if (returned.isValid()) {
            v.insert(l::kReturnedOn, returned);
            v.insert(l::kCondition, QStringLiteral("good"));
        }
        auto id = insert(loansKind(), v);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? *id : 0;
    }
    qint64 repair(QDate reported, const QString& priority) {
        auto id = insert(repairsKind(), {{rp::kReportedOn, reported},
                                         {rp::kReporter, QStringLiteral("张老师")},
                                         {rp::kPlace, QStringLiteral("中一班")},
                                         {rp::kDescription, QStringLiteral("水管漏水")},
                                         {rp::kPriority, priority},
                                         {rp::kState, rp::kWaiting}});
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? *id : 0;
    }
};
} // namespace

TEST_F(AssetsStorageTest, ACodeIsUniqueAndTheRefusalNamesTheField) {
    asset(QStringLiteral("BH-2026-0001"), 500000);
    auto second = insert(assetsKind(), {{a::kCode, QStringLiteral("BH-2026-0001")},
                                        {a::kName, QStringLiteral("电视机")},
                                        {a::kCategory, QStringLiteral("general-equipment")},
                                        {a::kQuantity, QVariant::fromValue<qint64>(1)},
                                        {a::kUnitPrice, QVariant::fromValue<qint64>(300000)},
                                        {a::kAcquiredOn, QDate(2026, 9, 1)},
                                        {a::kCampus, kBinhao},
                                        {a::kStatus, a::kInUse}});
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, Error::Code::Validation);
    ASSERT_FALSE(second.error().issues.isEmpty());
    EXPECT_EQ(second.error().issues.first().field, a::kCode);
    EXPECT_EQ(*RecordRepository(t.db(), assetsKind()).count(), 1);
}

TEST_F(AssetsStorageTest, ANewAssetGetsTheNextCodeOfItsCampusAndYear) {
    KindergartenSettings s = t->settings();
    s.assetCodePrefixes = {kBinhao + QStringLiteral("=BH")};
    ASSERT_TRUE(SettingsStore::save(t.db(), s, test::tester()).ok());
    EXPECT_EQ(newRecord(assetsKind(), nullptr, t->ruleContext()).value(a::kCode).toString(),
              QStringLiteral("BH-2026-0001"));
    asset(QStringLiteral("BH-2026-0009"), 1000);
    asset(QStringLiteral("BH-2025-0040"), 1000); // last year's numbers do not count
    asset(QStringLiteral("A2-2026-0050"), 1000); // nor the other campus's
    EXPECT_EQ(newRecord(assetsKind(), nullptr, t->ruleContext()).value(a::kCode).toString(),
              QStringLiteral("BH-2026-0010"));
}

TEST_F(AssetsStorageTest, TheClassFiltersAgreeWithTheDerivedClassOnEveryBoundary) {
    asset(QStringLiteral("T-1"), 99999);
    asset(QStringLiteral("T-2"), 100000);
    asset(QStringLiteral("T-3"), 149999, a::kSpecialEquipment);
    asset(QStringLiteral("T-4"), 150000, a::kSpecialEquipment);
    EXPECT_EQ(count(assetsKind(), QStringLiteral("fixed-assets")), 2);
    EXPECT_EQ(count(assetsKind(), QStringLiteral("low-value")), 2);
    auto all = RecordRepository(t.db(), assetsKind()).list();
    ASSERT_TRUE(all.ok());
    for (const Record& r : *all) {
        ListQuery q;
        q.filter =
            deriveValues(assetsKind(), r, t->ruleContext()).value(a::kAssetClass).toString() == a::kFixed
                ? QStringLiteral("fixed-assets")
                : QStringLiteral("low-value");
        q.equals = {{a::kCode, r.value(a::kCode)}};
        EXPECT_EQ(*RecordRepository(t.db(), assetsKind()).count(q), 1)
            << r.value(a::kCode).toString().toStdString();
    }
}

TEST_F(AssetsStorageTest, ADisposalTakesItsAssetsOutOfUseInItsTransactionAudited) {
    const qint64 chair = asset(QStringLiteral("BH-2020-0001"), 9000);
    const qint64 desk = asset(QStringLiteral("BH-2020-0002"), 40000);
    const qint64 kept = asset(QStringLiteral("BH-2020-0003"), 40000);
    Record disposal;
    disposal.set(d::kDate, kToday);
    disposal.set(d::kReason, QStringLiteral("破损严重"));
    disposal.set(d::kMethod, QStringLiteral("scrap"));
    disposal.set(d::kApprovedBy, QStringLiteral("李园长"));
    for (const char* code : {"BH-2020-0001", "BH-2020-0002", "BH-2099-0404"}) {
        Record line;
        line.set(d::kAssetCode, QString::fromLatin1(code));
        disposal.lines << line;
    }
    RecordRepository disposals(t.db(), disposalsKind());
    // An unknown code refuses the whole disposal; no asset changes.
    auto refused = disposals.insert(disposal, test::tester());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().issues.first().field, lineIssueField(2, d::kAssetCode));
    RecordRepository assetsRepo(t.db(), assetsKind());
    EXPECT_EQ(assetsRepo.get(chair)->value(a::kStatus).toString(), a::kInUse);
    disposal.lines.removeLast();
    auto id = disposals.insert(disposal, test::tester());
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    EXPECT_EQ(assetsRepo.get(chair)->value(a::kStatus).toString(), a::kDisposed);
    EXPECT_EQ(assetsRepo.get(desk)->value(a::kStatus).toString(), a::kDisposed);
    EXPECT_EQ(assetsRepo.get(kept)->value(a::kStatus).toString(), a::kInUse);
    auto audit = AuditLog::forRecord(t.db(), QStringLiteral("assets"), chair);
    ASSERT_TRUE(audit.ok());
    ASSERT_EQ(audit->size(), 2); // inserted, then disposed of
    EXPECT_EQ(audit->first().action, AuditLog::Action::Update);
    EXPECT_EQ(audit->first().after.value(a::kStatus).toString(), a::kDisposed);
    EXPECT_EQ(audit->first().before.value(a::kStatus).toString(), a::kInUse);
    // Saving the disposal again changes nothing more.
    auto stored = disposals.get(*id);
    ASSERT_TRUE(stored.ok());
    ASSERT_TRUE(disposals.update(*stored, test::tester()).ok());
    EXPECT_EQ(AuditLog::forRecord(t.db(), QStringLiteral("assets"), chair)->size(), 2);
}

TEST_F(AssetsStorageTest, OverdueLoansFromTheDayAfterTheDueDate) {
    loan(QDate(2026, 11, 20));
    loan(QDate(2026, 11, 10), QDate(2026, 11, 12)); // returned late: not overdue now
    setNow(QDate(2026, 11, 20));
    EXPECT_FALSE(raised(QStringLiteral("assets.loans-overdue")));
    EXPECT_EQ(count(loansKind(), QStringLiteral("overdue")), 0);
    setNow(QDate(2026, 11, 21));
    EXPECT_TRUE(raised(QStringLiteral("assets.loans-overdue")));
    EXPECT_EQ(count(loansKind(), QStringLiteral("overdue")), 1);
}

TEST_F(AssetsStorageTest, EveryLoanStillOutIsRaisedFromWeek19) {
    KindergartenSettings s = t->settings();
    s.semesterStart = QDate(2026, 9, 1); // week 19 starts on Monday 4 January 2027
    ASSERT_TRUE(SettingsStore::save(t.db(), s, test::tester()).ok());
    loan(QDate(2027, 1, 15));
    setNow(QDate(2027, 1, 3));
    EXPECT_FALSE(raised(QStringLiteral("assets.loans-out-at-term-end")));
    setNow(QDate(2027, 1, 4));
    EXPECT_TRUE(raised(QStringLiteral("assets.loans-out-at-term-end")));
}

TEST_F(AssetsStorageTest, UrgentRepairsWaitingMoreThanADay) {
    repair(QDate(2026, 11, 15), rp::kUrgent);
    repair(QDate(2026, 11, 10), rp::kNormal); // not urgent
    setNow(QDate(2026, 11, 16));              // one day
    EXPECT_FALSE(raised(QStringLiteral("assets.urgent-repairs-waiting")));
    setNow(QDate(2026, 11, 17)); // two days
    EXPECT_TRUE(raised(QStringLiteral("assets.urgent-repairs-waiting")));
    EXPECT_EQ(count(repairsKind(), QStringLiteral("urgent-waiting")), 1);
}

TEST_F(AssetsStorageTest, RepairsNotDoneAfterSevenDaysUntilRepaired) {
    const qint64 id = repair(QDate(2026, 11, 9), rp::kNormal);
    setNow(QDate(2026, 11, 16)); // seven days
    EXPECT_FALSE(raised(QStringLiteral("assets.repairs-open-over-7-days")));
    setNow(QDate(2026, 11, 17)); // eight
    EXPECT_TRUE(raised(QStringLiteral("assets.repairs-open-over-7-days")));
    WorkflowService wf(t.db());
    ASSERT_TRUE(
        wf.take(repairsKind(), id, QStringLiteral("dispatch"),
                {{rp::kRepairBy, QStringLiteral("maintenance")}, {rp::kAssignee, QStringLiteral("王师傅")}},
                {}, test::tester())
            .ok());
    EXPECT_TRUE(raised(QStringLiteral("assets.repairs-open-over-7-days"))); // being repaired is still open
    auto done = wf.take(repairsKind(), id, QStringLiteral("complete"),
                        {{rp::kCompletedOn, QDate(2026, 11, 17)},
                         {rp::kCost, QVariant::fromValue<qint64>(8000)},
                         {rp::kWorkDone, QStringLiteral("更换水管接头")}},
                        {}, Actor{QStringLiteral("王师傅")});
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    EXPECT_FALSE(raised(QStringLiteral("assets.repairs-open-over-7-days")));
    EXPECT_FALSE(
        wf.take(repairsKind(), id, QStringLiteral("accept"), {}, {}, Actor{QStringLiteral("王师傅")}).ok());
    EXPECT_TRUE(
        wf.take(repairsKind(), id, QStringLiteral("accept"), {}, {}, Actor{QStringLiteral("李主任")}).ok());
    auto history = wf.history(repairsKind(), id);
    ASSERT_TRUE(history.ok());
    EXPECT_EQ(history->size(), 3);
}

// The three windows are settings; the labels name the settings' days.
TEST_F(AssetsStorageTest, TheRepairAndLoanWindowsAreSettings) {
    KindergartenSettings s = t->settings();
    s.semesterStart = QDate(2026, 9, 1); // week 18 starts on Monday 28 December
    s.urgentRepairWaitDays = 3;
    s.repairOpenDays = 14;
    s.loansReturnFromWeek = 18;
    ASSERT_TRUE(SettingsStore::save(t.db(), s, test::tester()).ok());
    repair(QDate(2026, 11, 10), rp::kUrgent);
    setNow(QDate(2026, 11, 13)); // three days
    EXPECT_FALSE(raised(QStringLiteral("assets.urgent-repairs-waiting")));
    setNow(QDate(2026, 11, 14)); // four
    EXPECT_TRUE(raised(QStringLiteral("assets.urgent-repairs-waiting")));
    setNow(QDate(2026, 11, 24)); // fourteen
    EXPECT_FALSE(raised(QStringLiteral("assets.repairs-open-over-7-days")));
    setNow(QDate(2026, 11, 25)); // fifteen
    EXPECT_TRUE(raised(QStringLiteral("assets.repairs-open-over-7-days")));
    const AttentionItem* open = findAttentionItem(QStringLiteral("assets.repairs-open-over-7-days"));
    ASSERT_NE(open, nullptr);
    EXPECT_EQ(AttentionService(t.db()).evaluate(*open)->label,
              QStringLiteral("Repairs not done after 14 days"));
    loan(QDate(2027, 1, 15));
    setNow(QDate(2026, 12, 27));
    EXPECT_FALSE(raised(QStringLiteral("assets.loans-out-at-term-end")));
    setNow(QDate(2026, 12, 28));
    EXPECT_TRUE(raised(QStringLiteral("assets.loans-out-at-term-end")));
}
