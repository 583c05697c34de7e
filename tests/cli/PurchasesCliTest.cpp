// Purchases from the command line: the demo data has purchase requests in every state (those in stock with
// their register entries) and week 1's supplies for every class of both campuses; `attention --date` lists
// the requests awaiting approval until they are decided.
#include "CliHarness.h"
#include "TestSupport.h"
#include "cli/demo/DemoData.h"
#include "domain/SemesterCalendar.h"
#include "domain/assets/AssetKinds.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/WorkflowService.h"

#include <QSet>
#include <gtest/gtest.h>

using namespace houqin;
namespace a = houqin::assets::asset;
namespace p = houqin::assets::purchase;
namespace q = houqin::assets::requisition;

namespace {
QList<Record> all(Database& db, const RecordKind& kind, const QString& filter = {}) {
    ListQuery lq;
    lq.filter = filter;
    auto list = RecordRepository(db, kind).list(lq);
    EXPECT_TRUE(list.ok());
    return list.ok() ? *list : QList<Record>{};
}
} // namespace

TEST(PurchasesDemo, RequestsInEveryStateAndWeekOnesSuppliesOnBothCampuses) {
    test::TempDb t{QDateTime(QDate(2026, 11, 24), QTime(16, 0))};
    auto summary = demo::generate(t.db(), {1, 7}, test::tester());
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    const RecordKind& requests = houqin::assets::purchaseRequestsKind();
    for (const QString& state : {p::kRequested, p::kApproved, p::kRejected, p::kAccepted, p::kStocked})
        EXPECT_GT(all(t.db(), requests, QStringLiteral("state-") + state).size(), 0) << state.toStdString();
    // What was put in stock is in the register, each entry pointing back at its request.
    int entries = 0;
    for (const Record& r : all(t.db(), houqin::assets::assetsKind()))
        if (r.value(a::kNote).toString().contains(QLatin1Char('#')))
            ++entries;
    EXPECT_GE(entries, 3);
    EXPECT_EQ(all(t.db(), houqin::assets::assetsKind()).size(), summary->value(QStringLiteral("assets")));
    // Week 1: teaching and daily supplies for six classes on each campus.
    const QDate week1 = SemesterCalendar(t->settings().semesterStart).mondayOfWeek(1);
    QSet<QString> campuses;
    int classIssues = 0;
    for (const Record& r : all(t.db(), houqin::assets::requisitionsKind()))
        if (r.value(q::kIssuedOn).toDate() <= week1.addDays(6) &&
            r.value(q::kRecipientType).toString() == QStringLiteral("class")) {
            campuses << r.value(q::kCampus).toString();
            ++classIssues;
        }
    EXPECT_EQ(campuses.size(), 2);
    EXPECT_EQ(classIssues, 24);
    for (const RecordKind* kind :
         {&requests, &houqin::assets::requisitionsKind(), &houqin::assets::assetsKind()}) {
        RecordRepository repo(t.db(), *kind);
        for (const Record& r : all(t.db(), *kind))
            ASSERT_FALSE(hasErrors(repo.validate(r))) << kind->key.toStdString() << " " << r.id;
    }
}

TEST(PurchasesCli, AttentionListsRequestsAwaitingApprovalUntilDecided) {
    test::TempDb t{QDateTime(QDate(2026, 11, 16), QTime(10, 0))};
    Record r;
    r.set(p::kRequestedOn, QDate(2026, 11, 16));
    r.set(p::kRequester, QStringLiteral("张老师"));
    r.set(p::kReason, QStringLiteral("各班补充积木"));
    r.set(p::kState, p::kRequested);
    Record l;
    l.set(a::kName, QStringLiteral("积木套装"));
    l.set(a::kCategory, QStringLiteral("teaching-aids"));
    l.set(a::kQuantity, QVariant::fromValue<qint64>(6));
    l.set(a::kUnitPrice, QVariant::fromValue<qint64>(42000));
    r.lines = {l};
    const RecordKind& kind = houqin::assets::purchaseRequestsKind();
    auto id = RecordRepository(t.db(), kind).insert(r, test::tester());
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    auto attention = [&] {
        const auto run = test::runCli({QStringLiteral("--db"), t.path(), QStringLiteral("attention"),
                                       QStringLiteral("--date"), QStringLiteral("2026-11-16")});
        EXPECT_EQ(run.code, 0) << run.err.toStdString();
        return run.out;
    };
    const QString waiting = attention();
    EXPECT_TRUE(waiting.contains(QStringLiteral("assets.purchases-awaiting-approval\t1\t")))
        << waiting.toStdString();
    ASSERT_TRUE(WorkflowService(t.db())
                    .take(kind, *id, QStringLiteral("approve"), {{p::kReviewedOn, QDate(2026, 11, 16)}}, {},
                          Actor{QStringLiteral("李园长")})
                    .ok());
    EXPECT_FALSE(attention().contains(QStringLiteral("assets.purchases-awaiting-approval")));
}
