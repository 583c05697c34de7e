// Purchase requests and requisitions, as declarations: the workflow's steps on both sides of each rule
// (a rejection with and without a note, acceptance by two people or one), the estimate from the lines, the
// register entries that 入库 makes (one per unit of fixed assets, one row of a quantity for low-value
// items, numbered after the stored codes and after each other), the rules an import meets, and the plan
// tasks the two kinds do.
#include "../canteen/CanteenTestSupport.h"
#include "domain/Attention.h"
#include "domain/Workflow.h"
#include "domain/assets/AssetKinds.h"
#include "domain/plan/PlanLinks.h"
#include "domain/plan/PlanTasks.h"

#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::assets;
using houqin::test::hasErrorOn;
namespace a = houqin::assets::asset;
namespace p = houqin::assets::purchase;
namespace q = houqin::assets::requisition;

namespace {
const QDate kToday(2026, 11, 16);
const QString kBinhao = QStringLiteral("滨豪校区");
const QString kXingang = QStringLiteral("新港校区");

RuleContext ctx() {
    KindergartenSettings s;
    s.name = QStringLiteral("阳光幼儿园");
    s.campuses = {kBinhao, kXingang};
    s.assetCodePrefixes = {kBinhao + QStringLiteral("=BH"), kXingang + QStringLiteral("=XG")};
    return test::ctxOn(kToday, std::move(s));
}

Record line(const QString& name, const QString& category, qint64 quantity, qint64 unitPriceFen,
            const QString& campus = {}) {
    Record l;
    l.set(a::kName, name);
    l.set(a::kCategory, category);
    l.set(a::kUnit, QStringLiteral("台"));
    l.set(a::kQuantity, QVariant::fromValue<qint64>(quantity));
    l.set(a::kUnitPrice, QVariant::fromValue<qint64>(unitPriceFen));
    if (!campus.isEmpty())
        l.set(p::kForCampus, campus);
    return l;
}

Record request() {
    Record r;
    r.id = 7;
    r.set(p::kRequestedOn, QDate(2026, 11, 2));
    r.set(p::kRequester, QStringLiteral("张老师"));
    r.set(p::kCampus, kBinhao);
    r.set(p::kReason, QStringLiteral("新开中三班"));
    r.set(p::kState, p::kRequested);
    r.lines = {line(QStringLiteral("幼儿椅"), QStringLiteral("furniture"), 10, 8000),
               line(QStringLiteral("台式电脑"), QStringLiteral("general-equipment"), 3, 400000)};
    return r;
}

StepOutcome take(const Record& r, const QString& step, const QVariantMap& filled, const QString& actor,
                 const QString& note = {}) {
    const RecordKind& k = purchaseRequestsKind();
    return applyStep(k, r, *k.workflow->step(step), filled, actor, note, ctx());
}

Record approvedThenAccepted() {
    Record r = take(request(), QStringLiteral("approve"), {{p::kReviewedOn, QDate(2026, 11, 3)}},
                    QStringLiteral("李园长"))
                   .record;
    return take(r, QStringLiteral("accept"),
                {{p::kAcceptedOn, QDate(2026, 11, 10)}, {p::kSecondSigner, QStringLiteral("王会计")}},
                QStringLiteral("赵总务"))
        .record;
}
} // namespace

TEST(PurchaseRequests, TheEstimateIsTheTotalOfTheLines) {
    const QVariantMap d = deriveValues(purchaseRequestsKind(), request(), ctx());
    EXPECT_EQ(d.value(p::kEstimate).toLongLong(), 10 * 8000 + 3 * 400000);
    Record none = request();
    none.lines.clear();
    EXPECT_TRUE(deriveValues(purchaseRequestsKind(), none, ctx()).value(p::kEstimate).isNull());
    EXPECT_TRUE(hasErrorOn(validateRecord(purchaseRequestsKind(), none, ctx()), kLinesIssueField));
}

TEST(PurchaseRequests, ARejectionNeedsANoteAnApprovalDoesNot) {
    const QVariantMap on{{p::kReviewedOn, QDate(2026, 11, 3)}};
    const StepOutcome bare = take(request(), QStringLiteral("reject"), on, QStringLiteral("李园长"));
    EXPECT_TRUE(hasErrorOn(bare.issues, kStepNoteIssueField));
    const StepOutcome said = take(request(), QStringLiteral("reject"), on, QStringLiteral("李园长"),
                                  QStringLiteral("本学期经费不足"));
    EXPECT_FALSE(hasErrors(said.issues));
    EXPECT_EQ(said.record.value(p::kState).toString(), p::kRejected);
    EXPECT_EQ(said.record.value(p::kReviewedBy).toString(), QStringLiteral("李园长"));
    const StepOutcome approved = take(request(), QStringLiteral("approve"), on, QStringLiteral("李园长"));
    EXPECT_FALSE(hasErrors(approved.issues));
    EXPECT_EQ(approved.record.value(p::kState).toString(), p::kApproved);
    // A rejected request goes no further.
    EXPECT_TRUE(
        hasErrors(take(said.record, QStringLiteral("accept"),
                       {{p::kAcceptedOn, QDate(2026, 11, 10)}, {p::kSecondSigner, QStringLiteral("王会计")}},
                       QStringLiteral("赵总务"))
                      .issues));
}

TEST(PurchaseRequests, TheAcceptanceIsSignedByTwoDifferentPeople) {
    const Record approved = take(request(), QStringLiteral("approve"), {{p::kReviewedOn, QDate(2026, 11, 3)}},
                                 QStringLiteral("李园长"))
                                .record;
    const StepOutcome same =
        take(approved, QStringLiteral("accept"),
             {{p::kAcceptedOn, QDate(2026, 11, 10)}, {p::kSecondSigner, QStringLiteral(" 赵总务")}},
             QStringLiteral("赵总务"));
    EXPECT_TRUE(hasErrorOn(same.issues, p::kSecondSigner));
    const StepOutcome alone = take(approved, QStringLiteral("accept"),
                                   {{p::kAcceptedOn, QDate(2026, 11, 10)}}, QStringLiteral("赵总务"));
    EXPECT_TRUE(hasErrorOn(alone.issues, p::kSecondSigner));
    const StepOutcome two =
        take(approved, QStringLiteral("accept"),
             {{p::kAcceptedOn, QDate(2026, 11, 10)}, {p::kSecondSigner, QStringLiteral("王会计")}},
             QStringLiteral("赵总务"));
    EXPECT_FALSE(hasErrors(two.issues));
    EXPECT_EQ(two.record.value(p::kAcceptedBy).toString(), QStringLiteral("赵总务"));
    EXPECT_EQ(two.record.value(p::kState).toString(), p::kAccepted);
}

// The rules an imported request meets without the steps: the two signers differ, each state has its people
// and dates, and the dates follow each other.
TEST(PurchaseRequests, AnImportedRequestKeepsTheRulesOfTheSteps) {
    const RecordKind& k = purchaseRequestsKind();
    Record r = approvedThenAccepted();
    EXPECT_FALSE(hasErrors(validateRecord(k, r, ctx())));
    r.set(p::kSecondSigner, QStringLiteral("赵总务"));
    EXPECT_TRUE(hasErrorOn(validateRecord(k, r, ctx()), p::kSecondSigner));
    r.set(p::kSecondSigner, QStringLiteral("王会计"));
    r.set(p::kAcceptedOn, QDate(2026, 11, 2));
    EXPECT_TRUE(hasErrorOn(validateRecord(k, r, ctx()), p::kAcceptedOn));
    r.set(p::kAcceptedOn, QDate(2026, 11, 3)); // the day it was approved: fine
    EXPECT_FALSE(hasErrors(validateRecord(k, r, ctx())));
    r.set(p::kState, p::kStocked);
    EXPECT_TRUE(hasErrorOn(validateRecord(k, r, ctx()), p::kStockedOn));
    Record approved = request();
    approved.set(p::kState, p::kApproved);
    EXPECT_TRUE(hasErrorOn(validateRecord(k, approved, ctx()), p::kReviewedBy));
}

// Ten chairs at 80 yuan are one register row of 10; three computers at 4,000 yuan are three fixed assets,
// each with its own code, numbered after the campus's greatest stored code of the year.
TEST(PurchaseRequests, StockingMakesOneRowPerFixedAssetAndOneRowPerLowValueLine) {
    Record r = take(approvedThenAccepted(), QStringLiteral("stock"), {{p::kStockedOn, QDate(2026, 11, 12)}},
                    QStringLiteral("赵总务"))
                   .record;
    ASSERT_EQ(r.value(p::kState).toString(), p::kStocked);
    RuleContext c = ctx();
    c.lastWithPrefix = [](const QString& kind, const QString& field, const QString& prefix) {
        EXPECT_EQ(kind, QStringLiteral("assets"));
        EXPECT_EQ(field, a::kCode);
        return prefix == QStringLiteral("BH-2026-") ? QStringLiteral("BH-2026-0041") : QString();
    };
    const QList<LinkedInsert> made = purchaseRegisterEntries(r, c);
    ASSERT_EQ(made.size(), 4);
    EXPECT_EQ(made.at(0).record.value(a::kCode).toString(), QStringLiteral("BH-2026-0042"));
    EXPECT_EQ(made.at(0).record.value(a::kQuantity).toLongLong(), 10);
    EXPECT_EQ(made.at(0).line, 0);
    for (int i = 1; i <= 3; ++i) {
        EXPECT_EQ(made.at(i).record.value(a::kCode).toString(),
                  QStringLiteral("BH-2026-%1").arg(42 + i, 4, 10, QLatin1Char('0')));
        EXPECT_EQ(made.at(i).record.value(a::kQuantity).toLongLong(), 1);
        EXPECT_EQ(made.at(i).record.value(a::kUnitPrice).toLongLong(), 400000);
        EXPECT_EQ(made.at(i).line, 1);
    }
    for (const LinkedInsert& e : made) {
        EXPECT_EQ(e.kindKey, QStringLiteral("assets"));
        EXPECT_EQ(e.record.value(a::kAcquiredOn).toDate(), QDate(2026, 11, 12));
        EXPECT_EQ(e.record.value(a::kSource).toString(), QStringLiteral("purchase"));
        EXPECT_EQ(e.record.value(a::kStatus).toString(), a::kInUse);
        EXPECT_EQ(e.record.value(a::kCampus).toString(), kBinhao);
        EXPECT_FALSE(hasErrors(validateRecord(assetsKind(), e.record, c)))
            << e.record.value(a::kCode).toString().toStdString();
    }
}

// The threshold decides: 999.99 yuan is one row of the line's quantity, 1,000.00 one row per unit; a
// line's own campus numbers with that campus's prefix.
TEST(PurchaseRequests, TheFixedAssetThresholdDecidesRowsPerUnit) {
    Record r = request();
    r.set(p::kStockedOn, QDate(2026, 11, 12));
    r.lines = {line(QStringLiteral("打印机"), QStringLiteral("general-equipment"), 2, 99999),
               line(QStringLiteral("打印机"), QStringLiteral("general-equipment"), 2, 100000, kXingang)};
    const QList<LinkedInsert> made = purchaseRegisterEntries(r, ctx());
    ASSERT_EQ(made.size(), 3);
    EXPECT_EQ(made.at(0).record.value(a::kQuantity).toLongLong(), 2);
    EXPECT_EQ(made.at(0).record.value(a::kCode).toString(), QStringLiteral("BH-2026-0001"));
    EXPECT_EQ(made.at(1).record.value(a::kCode).toString(), QStringLiteral("XG-2026-0001"));
    EXPECT_EQ(made.at(2).record.value(a::kCode).toString(), QStringLiteral("XG-2026-0002"));
    EXPECT_EQ(made.at(2).record.value(a::kCampus).toString(), kXingang);
}

TEST(PurchaseRequests, AwaitingApprovalIsADashboardItem) {
    const AttentionItem* item = findAttentionItem(QStringLiteral("assets.purchases-awaiting-approval"));
    ASSERT_NE(item, nullptr);
    EXPECT_EQ(item->kindKey, QStringLiteral("purchase-requests"));
    ASSERT_NE(purchaseRequestsKind().filter(item->filterKey), nullptr);
}

TEST(Requisitions, NeedARecipientAndAtLeastOneLine) {
    const RecordKind& k = requisitionsKind();
    Record r = newRecord(k, nullptr, ctx());
    EXPECT_EQ(r.value(q::kIssuedOn).toDate(), kToday);
    r.set(q::kIssuedBy, QStringLiteral("赵总务"));
    r.set(q::kRecipient, QStringLiteral("中一班"));
    EXPECT_TRUE(hasErrorOn(validateRecord(k, r, ctx()), kLinesIssueField));
    Record item;
    item.set(q::kItem, QStringLiteral("彩色卡纸"));
    item.set(q::kQuantity, QVariant::fromValue<qint64>(20));
    item.set(q::kUnit, QStringLiteral("张"));
    r.lines = {item};
    EXPECT_FALSE(hasErrors(validateRecord(k, r, ctx())));
    r.lines[0].set(q::kQuantity, QVariant::fromValue<qint64>(0));
    EXPECT_TRUE(hasErrorOn(validateRecord(k, r, ctx()), lineIssueField(0, q::kQuantity)));
    r.lines[0].set(q::kQuantity, QVariant::fromValue<qint64>(1));
    r.values.remove(q::kRecipient);
    EXPECT_TRUE(hasErrorOn(validateRecord(k, r, ctx()), q::kRecipient));
}

// 发放教学、生活用品 (week 1, assets) is done by issuing supplies; 做好开学生活用品的采购工作 by a purchase
// request.
TEST(PurchaseKinds, DoTheirPlanTasks) {
    const plan::PlanLinkRule* issue = plan::planLinkRule(QStringLiteral("requisitions"));
    ASSERT_NE(issue, nullptr);
    Record task;
    task.set(plan::taskfield::kTitle, QStringLiteral("发放教学、生活用品"));
    task.set(plan::taskfield::kCategory, plan::taskcategory::kAssets);
    task.set(plan::taskfield::kMonth, 9);
    task.set(plan::taskfield::kWeek, 1);
    task.set(plan::taskfield::kDueDate, QDate(2026, 9, 6));
    task.set(plan::taskfield::kStatus, plan::taskstatus::kNotStarted);
    EXPECT_EQ(plan::matchingTasks(*issue, Record(), QDate(2026, 9, 2), {task}).size(), 1);
    Record safety = task;
    safety.set(plan::taskfield::kTitle, QStringLiteral("发放假期安全告家长书"));
    safety.set(plan::taskfield::kCategory, plan::taskcategory::kSafety);
    EXPECT_TRUE(plan::matchingTasks(*issue, Record(), QDate(2026, 9, 2), {safety}).isEmpty());
    EXPECT_NE(plan::planLinkRule(QStringLiteral("purchase-requests")), nullptr);
}
