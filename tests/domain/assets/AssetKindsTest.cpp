#include "domain/assets/AssetKinds.h"

#include "../canteen/CanteenTestSupport.h"
#include "domain/Attention.h"
#include "domain/KindRegistry.h"
#include "domain/SemesterCalendar.h"
#include "domain/Workflow.h"

#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::assets;
using houqin::test::hasErrorOn;
namespace a = houqin::assets::asset;
namespace l = houqin::assets::loan;
namespace rp = houqin::assets::repair;

namespace {
const QDate kToday(2026, 11, 16);

KindergartenSettings twoCampuses() {
    KindergartenSettings s;
    s.name = QStringLiteral("阳光幼儿园");
    s.campuses = {QStringLiteral("滨豪校区"), QStringLiteral("新港校区")};
    return s;
}

RuleContext ctx(QDate today = kToday, KindergartenSettings s = twoCampuses()) {
    return test::ctxOn(today, std::move(s));
}

Record assetAt(qint64 unitPriceFen, const QString& category = QStringLiteral("general-equipment")) {
    Record r;
    r.set(a::kCode, QStringLiteral("BH-2026-0001"));
    r.set(a::kName, QStringLiteral("空调"));
    r.set(a::kCategory, category);
    r.set(a::kQuantity, QVariant::fromValue<qint64>(2));
    r.set(a::kUnitPrice, QVariant::fromValue<qint64>(unitPriceFen));
    r.set(a::kAcquiredOn, QDate(2026, 9, 1));
    r.set(a::kCampus, QStringLiteral("滨豪校区"));
    r.set(a::kStatus, a::kInUse);
    return r;
}

Record loanDue(QDate due, QDate returned = {}) {
    Record r;
    r.set(l::kItem, QStringLiteral("感统训练器材"));
    r.set(l::kQuantity, QVariant::fromValue<qint64>(1));
    r.set(l::kBorrowerType, QStringLiteral("class"));
    r.set(l::kBorrower, QStringLiteral("中一班"));
    r.set(l::kLentOn, due.addDays(-7));
    r.set(l::kDueOn, due);
    if (returned.isValid()) {
        r.set(l::kReturnedOn, returned);
        r.set(l::kCondition, QStringLiteral("good"));
    }
    return r;
}

Record repairIn(const QString& state) {
    Record r;
    r.set(rp::kReportedOn, QDate(2026, 11, 10));
    r.set(rp::kReporter, QStringLiteral("张老师"));
    r.set(rp::kPlace, QStringLiteral("中一班"));
    r.set(rp::kDescription, QStringLiteral("空调不制冷"));
    r.set(rp::kPriority, rp::kNormal);
    r.set(rp::kState, state);
    if (state != rp::kWaiting) {
        r.set(rp::kRepairBy, QStringLiteral("maintenance"));
        r.set(rp::kAssignee, QStringLiteral("王师傅"));
    }
    if (state == rp::kDone || state == rp::kAccepted) {
        r.set(rp::kCompletedOn, QDate(2026, 11, 12));
        r.set(rp::kCost, QVariant::fromValue<qint64>(12000));
        r.set(rp::kWorkDone, QStringLiteral("补充冷媒"));
    }
    return r;
}
} // namespace

TEST(AssetKinds, EveryKindIsRegisteredUnderItsIssueKey) {
    for (const char* key : {"assets", "loans", "repairs", "disposals"})
        EXPECT_NE(findKind(QLatin1String(key)), nullptr) << key;
    for (const char* f : {"code", "unit_price", "status", "campus", "location", "department", "custodian"})
        EXPECT_NE(assetsKind().field(QLatin1String(f)), nullptr) << f;
    EXPECT_NE(assetsKind().derivedField(QStringLiteral("asset_class")), nullptr);
    EXPECT_NE(loansKind().field(QStringLiteral("due_on")), nullptr);
    EXPECT_NE(loansKind().field(QStringLiteral("returned_on")), nullptr);
    EXPECT_EQ(assetsKind().field(QStringLiteral("unit_price"))->type, FieldType::Money);
    EXPECT_EQ(repairsKind().field(QStringLiteral("cost"))->type, FieldType::Money);
}

TEST(Assets, FixedFromOneThousandYuanLowValueBelow) {
    const KindergartenSettings s = twoCampuses();
    EXPECT_EQ(assetClass(QStringLiteral("general-equipment"), 99999, s), a::kLowValue);
    EXPECT_EQ(assetClass(QStringLiteral("general-equipment"), 100000, s), a::kFixed);
    EXPECT_EQ(test::derived(assetsKind(), assetAt(99999), ctx(), a::kAssetClass), a::kLowValue);
    EXPECT_EQ(test::derived(assetsKind(), assetAt(100000), ctx(), a::kAssetClass), a::kFixed);
}

TEST(Assets, SpecialEquipmentFromOneThousandFiveHundredYuan) {
    const QString special = a::kSpecialEquipment;
    EXPECT_EQ(test::derived(assetsKind(), assetAt(149999, special), ctx(), a::kAssetClass), a::kLowValue);
    EXPECT_EQ(test::derived(assetsKind(), assetAt(150000, special), ctx(), a::kAssetClass), a::kFixed);
    // 1,200 yuan is fixed as general equipment, low-value as special equipment.
    EXPECT_EQ(test::derived(assetsKind(), assetAt(120000), ctx(), a::kAssetClass), a::kFixed);
    EXPECT_EQ(test::derived(assetsKind(), assetAt(120000, special), ctx(), a::kAssetClass), a::kLowValue);
}

TEST(Assets, TheThresholdsAreSettings) {
    KindergartenSettings s = twoCampuses();
    s.fixedAssetThresholdFen = 200000;
    s.specialEquipmentThresholdFen = 300000;
    EXPECT_EQ(test::derived(assetsKind(), assetAt(199999), ctx(kToday, s), a::kAssetClass), a::kLowValue);
    EXPECT_EQ(test::derived(assetsKind(), assetAt(200000), ctx(kToday, s), a::kAssetClass), a::kFixed);
    EXPECT_EQ(
        test::derived(assetsKind(), assetAt(299999, a::kSpecialEquipment), ctx(kToday, s), a::kAssetClass),
        a::kLowValue);
}

TEST(Assets, AmountIsQuantityTimesUnitPrice) {
    const QVariantMap d = deriveValues(assetsKind(), assetAt(123456), ctx());
    EXPECT_EQ(d.value(a::kAmount).toLongLong(), 246912);
    EXPECT_TRUE(assetsKind().derivedField(a::kAmount)->field.checkedOnImport);
}

TEST(Assets, CodesArePrefixYearAndNumberPerCampus) {
    KindergartenSettings s = twoCampuses();
    // Without a setting, a campus's prefix is A and its place in the list.
    EXPECT_EQ(assetCode(s, QStringLiteral("滨豪校区"), 2026, 1), QStringLiteral("A1-2026-0001"));
    EXPECT_EQ(assetCode(s, QStringLiteral("新港校区"), 2026, 12), QStringLiteral("A2-2026-0012"));
    s.assetCodePrefixes = {QStringLiteral("滨豪校区=BH"), QStringLiteral("新港校区=XG")};
    EXPECT_EQ(assetCode(s, QStringLiteral("新港校区"), 2026, 7), QStringLiteral("XG-2026-0007"));
    EXPECT_EQ(nextAssetCode(s, QStringLiteral("滨豪校区"), 2026, QString()), QStringLiteral("BH-2026-0001"));
    EXPECT_EQ(nextAssetCode(s, QStringLiteral("滨豪校区"), 2026, QStringLiteral("BH-2026-0041")),
              QStringLiteral("BH-2026-0042"));
    // A new record starts with the next code of its campus and year.
    RuleContext c = ctx(kToday, s);
    c.lastWithPrefix = [](const QString& kind, const QString& field, const QString& prefix) {
        EXPECT_EQ(kind, QStringLiteral("assets"));
        EXPECT_EQ(field, QStringLiteral("code"));
        return prefix == QStringLiteral("BH-2026-") ? QStringLiteral("BH-2026-0099") : QString();
    };
    const Record fresh = newRecord(assetsKind(), nullptr, c);
    EXPECT_EQ(fresh.value(a::kCode).toString(), QStringLiteral("BH-2026-0100"));
    EXPECT_EQ(fresh.value(a::kStatus).toString(), a::kInUse);
}

TEST(Assets, TheClassFiltersAgreeWithTheDerivedClass) {
    const RecordKind& k = assetsKind();
    const FilterDef* fixed = k.filter(QStringLiteral("fixed-assets"));
    const FilterDef* low = k.filter(QStringLiteral("low-value"));
    ASSERT_NE(fixed, nullptr);
    ASSERT_NE(low, nullptr);
    EXPECT_EQ(fixed->conditions.size(), 2);
    EXPECT_EQ(low->conditions.size(), 2);
}

TEST(Loans, ReturnedOnTheDueDateIsOnTimeADayLaterIsLate) {
    const QDate due(2026, 11, 20);
    EXPECT_EQ(loanStatus(loanDue(due, due), kToday.addDays(30)), l::kReturned);
    EXPECT_EQ(loanStatus(loanDue(due, due.addDays(1)), kToday.addDays(30)), l::kReturnedLate);
    EXPECT_EQ(test::derived(loansKind(), loanDue(due, due), ctx(), l::kStatus), l::kReturned);
    EXPECT_EQ(test::derived(loansKind(), loanDue(due, due.addDays(1)), ctx(), l::kStatus), l::kReturnedLate);
}

TEST(Loans, OutOnTheDueDateOverdueTheDayAfter) {
    const QDate due(2026, 11, 20);
    EXPECT_EQ(test::derived(loansKind(), loanDue(due), ctx(due), l::kStatus), l::kOut);
    EXPECT_EQ(test::derived(loansKind(), loanDue(due), ctx(due.addDays(1)), l::kStatus), l::kOverdue);
}

TEST(Loans, DatesInOrderAndAConditionWithEveryReturn) {
    const RecordKind& k = loansKind();
    EXPECT_FALSE(hasErrors(validateRecord(k, loanDue(QDate(2026, 11, 20)), ctx())));
    Record early = loanDue(QDate(2026, 11, 20));
    early.set(l::kDueOn, QDate(2026, 11, 12)); // lent on the 13th
    EXPECT_TRUE(hasErrorOn(validateRecord(k, early, ctx()), l::kDueOn));
    Record noCondition = loanDue(QDate(2026, 11, 20), QDate(2026, 11, 19));
    noCondition.values.remove(l::kCondition);
    EXPECT_TRUE(hasErrorOn(validateRecord(k, noCondition, ctx()), l::kCondition));
    Record backBeforeLent = loanDue(QDate(2026, 11, 20), QDate(2026, 11, 12));
    EXPECT_TRUE(hasErrorOn(validateRecord(k, backBeforeLent, ctx()), l::kReturnedOn));
}

TEST(Repairs, TheWorkflowGoesDispatchCompleteAccept) {
    const RecordKind& k = repairsKind();
    ASSERT_TRUE(k.workflow);
    const WorkflowStep* dispatch = k.workflow->step(QStringLiteral("dispatch"));
    const WorkflowStep* complete = k.workflow->step(QStringLiteral("complete"));
    const WorkflowStep* accept = k.workflow->step(QStringLiteral("accept"));
    ASSERT_TRUE(dispatch && complete && accept);
    const Record waiting = repairIn(rp::kWaiting);
    EXPECT_FALSE(hasErrors(validateRecord(k, waiting, ctx())));
    EXPECT_TRUE(hasErrors(applyStep(k, waiting, *dispatch, {}, QStringLiteral("李主任"), {}, ctx()).issues));
    const StepOutcome self = applyStep(
        k, waiting, *dispatch, {{rp::kRepairBy, rp::kSelf}, {rp::kAssignee, QStringLiteral("张老师")}},
        QStringLiteral("李主任"), {}, ctx());
    EXPECT_FALSE(hasErrors(self.issues));
    EXPECT_EQ(self.record.value(rp::kState).toString(), rp::kRepairing);
    EXPECT_TRUE(
        hasErrors(applyStep(k, self.record, *complete, {}, QStringLiteral("张老师"), {}, ctx()).issues));
    const StepOutcome done = applyStep(k, self.record, *complete,
                                       {{rp::kCompletedOn, QDate(2026, 11, 11)},
                                        {rp::kCost, QVariant::fromValue<qint64>(0)},
                                        {rp::kWorkDone, QStringLiteral("清洗滤网")}},
                                       QStringLiteral("张老师"), {}, ctx());
    EXPECT_FALSE(hasErrors(done.issues));
    EXPECT_EQ(done.record.value(rp::kState).toString(), rp::kDone);
    // Accepted by someone other than the repairer.
    EXPECT_TRUE(
        hasErrors(applyStep(k, done.record, *accept, {}, QStringLiteral("张老师"), {}, ctx()).issues));
    const StepOutcome accepted = applyStep(k, done.record, *accept, {}, QStringLiteral("李主任"), {}, ctx());
    EXPECT_FALSE(hasErrors(accepted.issues));
    EXPECT_EQ(accepted.record.value(rp::kAcceptedBy).toString(), QStringLiteral("李主任"));
}

TEST(Repairs, ImportedStatesCarryWhatTheStepsWouldHaveFilled) {
    const RecordKind& k = repairsKind();
    Record repairing = repairIn(rp::kRepairing);
    repairing.values.remove(rp::kAssignee);
    EXPECT_TRUE(hasErrorOn(validateRecord(k, repairing, ctx()), rp::kAssignee));
    Record done = repairIn(rp::kDone);
    done.values.remove(rp::kCost);
    EXPECT_TRUE(hasErrorOn(validateRecord(k, done, ctx()), rp::kCost));
    Record accepted = repairIn(rp::kAccepted);
    accepted.set(rp::kAcceptedBy, QStringLiteral("王师傅"));
    EXPECT_TRUE(hasErrorOn(validateRecord(k, accepted, ctx()), rp::kAcceptedBy));
    accepted.set(rp::kAcceptedBy, QStringLiteral("李主任"));
    EXPECT_FALSE(hasErrors(validateRecord(k, accepted, ctx())));
}

TEST(AssetsAttention, LoansStillOutAreRaisedFromWeek19OfTheSemester) {
    const AttentionItem* item = findAttentionItem(QStringLiteral("assets.loans-out-at-term-end"));
    ASSERT_NE(item, nullptr);
    KindergartenSettings s = twoCampuses();
    s.semesterStart = QDate(2026, 9, 1);
    const SemesterCalendar calendar(s.semesterStart);
    const QDate week19 = calendar.mondayOfWeek(19);
    const SchoolCalendar school;
    EXPECT_FALSE(item->isActiveAt(week19.addDays(-1).startOfDay(), school, s));
    EXPECT_TRUE(item->isActiveAt(week19.startOfDay(), school, s));
    for (const char* key :
         {"assets.loans-overdue", "assets.urgent-repairs-waiting", "assets.repairs-open-over-7-days"})
        EXPECT_NE(findAttentionItem(QLatin1String(key)), nullptr) << key;
}
