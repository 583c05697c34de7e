// Purchase requests on a real database: the whole workflow through WorkflowService, 入库 creating exactly the
// expected register rows (codes after the stored ones, audited, in the step's transaction), a refused entry
// refusing the whole step with nothing written, the dashboard item on both sides; requisitions with their
// lines; and deleting a disposal (or removing one of its lines) putting the assets back.
#include "TestSupport.h"
#include "domain/assets/AssetKinds.h"
#include "storage/AttentionService.h"
#include "storage/AuditLog.h"
#include "storage/Query.h"
#include "storage/RecordRepository.h"
#include "storage/SettingsStore.h"
#include "storage/WorkflowService.h"

#include <gtest/gtest.h>

using namespace houqin;
using namespace houqin::assets;
namespace a = houqin::assets::asset;
namespace p = houqin::assets::purchase;
namespace q = houqin::assets::requisition;
namespace d = houqin::assets::disposal;

namespace {
const QDate kToday(2026, 11, 16);
const QString kBinhao = QStringLiteral("滨豪园区");

Record line(const QString& name, const QString& category, qint64 quantity, qint64 unitPriceFen) {
    Record l;
    l.set(a::kName, name);
    l.set(a::kCategory, category);
    l.set(a::kQuantity, QVariant::fromValue<qint64>(quantity));
    l.set(a::kUnitPrice, QVariant::fromValue<qint64>(unitPriceFen));
    return l;
}

class PurchasesStorageTest : public ::testing::Test {
protected:
    test::TempDb t{QDateTime(kToday, QTime(10, 0))};

    void SetUp() override {
        KindergartenSettings s = t->settings();
        s.assetCodePrefixes = {kBinhao + QStringLiteral("=BH")};
        ASSERT_TRUE(SettingsStore::save(t.db(), s, test::tester()).ok());
    }
    qint64 request(const QString& campus, const QList<Record>& lines) {
        Record r;
        r.set(p::kRequestedOn, QDate(2026, 11, 2));
        r.set(p::kRequester, QStringLiteral("张老师"));
        if (!campus.isEmpty())
            r.set(p::kCampus, campus);
        r.set(p::kReason, QStringLiteral("新开中三班"));
        r.set(p::kState, p::kRequested);
        r.lines = lines;
        auto id = RecordRepository(t.db(), purchaseRequestsKind()).insert(r, test::tester());
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? *id : 0;
    }
    Result<Record> step(qint64 id, const QString& key, const QVariantMap& filled, const QString& who,
                        const QString& note = {}) {
        return WorkflowService(t.db()).take(purchaseRequestsKind(), id, key, filled, note, Actor{who});
    }
    // Approved by the director, accepted by two people.
    void approveAndAccept(qint64 id) {
        auto approved = step(id, QStringLiteral("approve"), {{p::kReviewedOn, QDate(2026, 11, 3)}},
                             QStringLiteral("李园长"));
        ASSERT_TRUE(approved.ok()) << approved.error().message.toStdString();
        auto accepted =
            step(id, QStringLiteral("accept"),
                 {{p::kAcceptedOn, QDate(2026, 11, 10)}, {p::kSecondSigner, QStringLiteral("王会计")}},
                 QStringLiteral("赵总务"));
        ASSERT_TRUE(accepted.ok()) << accepted.error().message.toStdString();
    }
    QStringList codes() {
        ListQuery all;
        all.sortField = a::kCode;
        all.sortDescending = false;
        QStringList out;
        for (const Record& r : *RecordRepository(t.db(), assetsKind()).list(all))
            out << r.value(a::kCode).toString();
        return out;
    }
    qint64 stepsTaken(qint64 id) {
        return WorkflowService(t.db()).history(purchaseRequestsKind(), id)->size();
    }
    bool raised(const QString& key) {
        auto s = AttentionService(t.db()).evaluate(*findAttentionItem(key));
        EXPECT_TRUE(s.ok());
        return s.ok() && s->raised;
    }
    qint64 asset(const QString& code, const QString& status = a::kInUse) {
        Record r;
        r.set(a::kCode, code);
        r.set(a::kName, QStringLiteral("电视机"));
        r.set(a::kCategory, QStringLiteral("general-equipment"));
        r.set(a::kQuantity, QVariant::fromValue<qint64>(1));
        r.set(a::kUnitPrice, QVariant::fromValue<qint64>(300000));
        r.set(a::kAcquiredOn, QDate(2020, 9, 1));
        r.set(a::kCampus, kBinhao);
        r.set(a::kStatus, status);
        auto id = RecordRepository(t.db(), assetsKind()).insert(r, test::tester());
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? *id : 0;
    }
    QString statusOf(qint64 assetId) {
        return RecordRepository(t.db(), assetsKind()).get(assetId)->value(a::kStatus).toString();
    }
};
} // namespace

TEST_F(PurchasesStorageTest, StockingCreatesTheRegisterRowsInTheStepsTransactionAudited) {
    asset(QStringLiteral("BH-2026-0041"));
    const qint64 id =
        request(kBinhao, {line(QStringLiteral("幼儿椅"), QStringLiteral("furniture"), 10, 8000),
                          line(QStringLiteral("台式电脑"), QStringLiteral("general-equipment"), 3, 400000)});
    approveAndAccept(id);
    EXPECT_EQ(codes(), QStringList{QStringLiteral("BH-2026-0041")}); // acceptance alone creates nothing
    auto stocked =
        step(id, QStringLiteral("stock"), {{p::kStockedOn, QDate(2026, 11, 12)}}, QStringLiteral("赵总务"));
    ASSERT_TRUE(stocked.ok()) << stocked.error().message.toStdString();
    EXPECT_EQ(stocked->value(p::kState).toString(), p::kStocked);
    EXPECT_EQ(stocked->value(p::kStockedBy).toString(), QStringLiteral("赵总务"));
    EXPECT_EQ(codes(), (QStringList{QStringLiteral("BH-2026-0041"), QStringLiteral("BH-2026-0042"),
                                    QStringLiteral("BH-2026-0043"), QStringLiteral("BH-2026-0044"),
                                    QStringLiteral("BH-2026-0045")}));
    ListQuery chairs;
    chairs.equals = {{a::kName, QStringLiteral("幼儿椅")}};
    auto chairRows = RecordRepository(t.db(), assetsKind()).list(chairs);
    ASSERT_EQ(chairRows->size(), 1);
    EXPECT_EQ(chairRows->first().value(a::kQuantity).toLongLong(), 10);
    EXPECT_EQ(chairRows->first().value(a::kAcquiredOn).toDate(), QDate(2026, 11, 12));
    ListQuery computers;
    computers.equals = {{a::kName, QStringLiteral("台式电脑")}};
    EXPECT_EQ(*RecordRepository(t.db(), assetsKind()).count(computers), 3);
    auto audit = AuditLog::forRecord(t.db(), QStringLiteral("assets"), chairRows->first().id);
    ASSERT_TRUE(audit.ok());
    ASSERT_EQ(audit->size(), 1);
    EXPECT_EQ(audit->first().action, AuditLog::Action::Insert);
    EXPECT_EQ(audit->first().actor, QStringLiteral("赵总务"));
    EXPECT_EQ(stepsTaken(id), 3);
    // Stocked once: the step cannot be taken again.
    EXPECT_FALSE(
        step(id, QStringLiteral("stock"), {{p::kStockedOn, QDate(2026, 11, 12)}}, QStringLiteral("赵总务"))
            .ok());
    EXPECT_EQ(codes().size(), 5);
}

// A line with no campus on a request with none cannot become a register entry: the step is refused as a
// whole, the request stays accepted, no asset and no step is written, and the refusal names the line.
TEST_F(PurchasesStorageTest, ARefusedEntryRefusesTheWholeStep) {
    const qint64 id =
        request({}, {line(QStringLiteral("幼儿椅"), QStringLiteral("furniture"), 10, 8000),
                     line(QStringLiteral("台式电脑"), QStringLiteral("general-equipment"), 2, 400000)});
    RecordRepository requests(t.db(), purchaseRequestsKind());
    Record withCampus = *requests.get(id);
    withCampus.lines[0].set(p::kForCampus, kBinhao); // the chairs know where they go, the computers do not
    ASSERT_TRUE(requests.update(withCampus, test::tester()).ok());
    approveAndAccept(id);
    auto refused =
        step(id, QStringLiteral("stock"), {{p::kStockedOn, QDate(2026, 11, 12)}}, QStringLiteral("赵总务"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::Validation);
    bool namesTheLine = false;
    for (const Issue& i : refused.error().issues)
        namesTheLine = namesTheLine || i.field == lineIssueField(1, p::kForCampus);
    EXPECT_TRUE(namesTheLine);
    EXPECT_TRUE(codes().isEmpty());
    EXPECT_EQ(requests.get(id)->value(p::kState).toString(), p::kAccepted);
    EXPECT_EQ(stepsTaken(id), 2);
    // With the campus filled in, the same step goes through.
    Record fixed = *requests.get(id);
    fixed.set(p::kCampus, kBinhao);
    ASSERT_TRUE(requests.update(fixed, test::tester()).ok());
    ASSERT_TRUE(
        step(id, QStringLiteral("stock"), {{p::kStockedOn, QDate(2026, 11, 12)}}, QStringLiteral("赵总务"))
            .ok());
    EXPECT_EQ(codes().size(), 3);
}

TEST_F(PurchasesStorageTest, OnePersonCannotSignTheAcceptanceTwice) {
    const qint64 id =
        request(kBinhao, {line(QStringLiteral("打印机"), QStringLiteral("general-equipment"), 1, 150000)});
    ASSERT_TRUE(
        step(id, QStringLiteral("approve"), {{p::kReviewedOn, QDate(2026, 11, 3)}}, QStringLiteral("李园长"))
            .ok());
    auto same = step(id, QStringLiteral("accept"),
                     {{p::kAcceptedOn, QDate(2026, 11, 10)}, {p::kSecondSigner, QStringLiteral("赵总务")}},
                     QStringLiteral("赵总务"));
    ASSERT_FALSE(same.ok());
    EXPECT_EQ(RecordRepository(t.db(), purchaseRequestsKind()).get(id)->value(p::kState).toString(),
              p::kApproved);
    EXPECT_TRUE(step(id, QStringLiteral("accept"),
                     {{p::kAcceptedOn, QDate(2026, 11, 10)}, {p::kSecondSigner, QStringLiteral("王会计")}},
                     QStringLiteral("赵总务"))
                    .ok());
}

TEST_F(PurchasesStorageTest, ARejectionKeepsItsNoteInTheHistory) {
    const qint64 id =
        request(kBinhao, {line(QStringLiteral("打印机"), QStringLiteral("general-equipment"), 1, 150000)});
    EXPECT_FALSE(
        step(id, QStringLiteral("reject"), {{p::kReviewedOn, QDate(2026, 11, 3)}}, QStringLiteral("李园长"))
            .ok());
    ASSERT_TRUE(step(id, QStringLiteral("reject"), {{p::kReviewedOn, QDate(2026, 11, 3)}},
                     QStringLiteral("李园长"), QStringLiteral("旧打印机尚可维修"))
                    .ok());
    auto history = WorkflowService(t.db()).history(purchaseRequestsKind(), id);
    ASSERT_EQ(history->size(), 1);
    EXPECT_EQ(history->first().note, QStringLiteral("旧打印机尚可维修"));
    EXPECT_EQ(history->first().toState, p::kRejected);
}

TEST_F(PurchasesStorageTest, RequestsAwaitingApprovalAreOnTheDashboardUntilDecided) {
    const QString key = QStringLiteral("assets.purchases-awaiting-approval");
    EXPECT_FALSE(raised(key));
    const qint64 id =
        request(kBinhao, {line(QStringLiteral("打印机"), QStringLiteral("general-equipment"), 1, 150000)});
    EXPECT_TRUE(raised(key));
    ASSERT_TRUE(
        step(id, QStringLiteral("approve"), {{p::kReviewedOn, QDate(2026, 11, 3)}}, QStringLiteral("李园长"))
            .ok());
    EXPECT_FALSE(raised(key));
}

TEST_F(PurchasesStorageTest, ARequisitionKeepsItsLinesInOrder) {
    Record r;
    r.set(q::kIssuedOn, QDate(2026, 9, 1));
    r.set(q::kCampus, kBinhao);
    r.set(q::kRecipientType, QStringLiteral("class"));
    r.set(q::kRecipient, QStringLiteral("中一班"));
    r.set(q::kPurpose, QStringLiteral("teaching"));
    r.set(q::kIssuedBy, QStringLiteral("赵总务"));
    for (const auto& [item, n] : {std::pair{"彩色卡纸", 20}, std::pair{"水彩笔", 6}}) {
        Record l;
        l.set(q::kItem, QString::fromUtf8(item));
        l.set(q::kQuantity, QVariant::fromValue<qint64>(n));
        r.lines << l;
    }
    RecordRepository repo(t.db(), requisitionsKind());
    auto id = repo.insert(r, test::tester());
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    auto stored = repo.get(*id);
    ASSERT_EQ(stored->lines.size(), 2);
    EXPECT_EQ(stored->lines.at(1).value(q::kItem).toString(), QStringLiteral("水彩笔"));
}

// What writing a disposal changed, deleting it changes back: its assets are in service again, except one
// whose status someone changed since; removing a line from a disposal puts that asset back too.
TEST_F(PurchasesStorageTest, DeletingADisposalPutsItsAssetsBack) {
    const qint64 tv = asset(QStringLiteral("BH-2020-0001"));
    const qint64 desk = asset(QStringLiteral("BH-2020-0002"));
    const qint64 piano = asset(QStringLiteral("BH-2020-0003"));
    Record disposal;
    disposal.set(d::kDate, kToday);
    disposal.set(d::kReason, QStringLiteral("破损严重"));
    disposal.set(d::kMethod, QStringLiteral("scrap"));
    disposal.set(d::kApprovedBy, QStringLiteral("李园长"));
    for (const char* code : {"BH-2020-0001", "BH-2020-0002", "BH-2020-0003"}) {
        Record l;
        l.set(d::kAssetCode, QString::fromLatin1(code));
        disposal.lines << l;
    }
    RecordRepository disposals(t.db(), disposalsKind());
    auto id = disposals.insert(disposal, test::tester());
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    EXPECT_EQ(statusOf(piano), a::kDisposed);
    // The piano's line is removed: the piano is back in service, the others stay written off.
    Record edited = *disposals.get(*id);
    edited.lines.removeLast();
    ASSERT_TRUE(disposals.update(edited, test::tester()).ok());
    EXPECT_EQ(statusOf(piano), a::kInUse);
    EXPECT_EQ(statusOf(tv), a::kDisposed);
    // Someone sets the desk idle by hand; deleting the disposal leaves that alone.
    RecordRepository assetsRepo(t.db(), assetsKind());
    Record deskRecord = *assetsRepo.get(desk);
    deskRecord.set(a::kStatus, a::kIdle);
    ASSERT_TRUE(assetsRepo.update(deskRecord, test::tester()).ok());
    ASSERT_TRUE(disposals.remove(*id, test::tester()).ok());
    EXPECT_EQ(statusOf(tv), a::kInUse);
    EXPECT_EQ(statusOf(desk), a::kIdle);
    auto audit = AuditLog::forRecord(t.db(), QStringLiteral("assets"), tv);
    ASSERT_TRUE(audit.ok());
    ASSERT_EQ(audit->size(), 3); // inserted, disposed of, put back
    EXPECT_EQ(audit->first().after.value(a::kStatus).toString(), a::kInUse);
}
