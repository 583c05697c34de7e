// CSV round trips of purchase requests and requisitions, both header forms: the state and the people of
// each step come back as they were (an import carries the state, it does not take steps), the lines come
// back in order, and an imported request whose two signers are one person is refused on its row.
#include "IoTestSupport.h"
#include "domain/assets/AssetKinds.h"
#include "storage/RecordRepository.h"

using namespace houqin;
using namespace houqin::io;
namespace a = houqin::assets::asset;
namespace p = houqin::assets::purchase;
namespace q = houqin::assets::requisition;

namespace {
const QDateTime kNow(QDate(2026, 11, 16), QTime(10, 0));

ListQuery byId() {
    ListQuery lq;
    lq.sortField = QStringLiteral("id");
    lq.sortDescending = false;
    return lq;
}

QList<QVariantMap> valuesOf(const QList<Record>& records) {
    QList<QVariantMap> out;
    for (const Record& r : records) {
        QVariantMap v = r.values.toMap();
        QVariantList lines;
        for (const Record& l : r.lines)
            lines << l.values.toMap();
        v.insert(QStringLiteral("lines"), lines);
        out << v;
    }
    return out;
}

void roundTrip(const RecordKind& kind, const QList<Record>& records) {
    for (const bool keys : {true, false}) {
        SCOPED_TRACE(keys ? "keys" : "labels");
        test::TempDb from(kNow), to(kNow);
        RecordRepository source(from.db(), kind), target(to.db(), kind);
        auto ids = source.insertAll(records, test::tester());
        ASSERT_TRUE(ids.ok()) << ids.error().message.toStdString();
        ExportOptions options;
        options.keys = keys;
        options.query = byId();
        auto csv = exportCsv(source, options);
        ASSERT_TRUE(csv.ok());
        auto imported = importCsv(target, *csv, test::tester(), test::insertOnly());
        ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
        ASSERT_TRUE(imported->ok()) << test::describe(*imported);
        EXPECT_EQ(imported->imported, records.size());
        EXPECT_EQ(valuesOf(*target.list(byId())), valuesOf(*source.list(byId())));
    }
}

Record itemLine(const char* name, const char* category, qint64 quantity, qint64 fen) {
    Record l;
    l.set(a::kName, QString::fromUtf8(name));
    l.set(a::kCategory, QString::fromLatin1(category));
    l.set(a::kQuantity, QVariant::fromValue<qint64>(quantity));
    l.set(a::kUnitPrice, QVariant::fromValue<qint64>(fen));
    return l;
}

Record accepted() {
    Record r;
    r.set(p::kRequestedOn, QDate(2026, 11, 2));
    r.set(p::kRequester, QStringLiteral("张老师"));
    r.set(p::kCampus, QStringLiteral("滨豪园区"));
    r.set(p::kReason, QStringLiteral("新开中三班"));
    r.set(p::kState, p::kAccepted);
    r.set(p::kReviewedBy, QStringLiteral("李园长"));
    r.set(p::kReviewedOn, QDate(2026, 11, 3));
    r.set(p::kAcceptedBy, QStringLiteral("赵总务"));
    r.set(p::kSecondSigner, QStringLiteral("王会计"));
    r.set(p::kAcceptedOn, QDate(2026, 11, 10));
    r.lines = {itemLine("幼儿椅", "furniture", 10, 8000),
               itemLine("台式电脑", "general-equipment", 3, 400000)};
    return r;
}
} // namespace

TEST(PurchasesCsv, PurchaseRequestsRoundTripWithTheirStateAndLines) {
    Record waiting = accepted();
    for (const QString& k :
         {p::kReviewedBy, p::kReviewedOn, p::kAcceptedBy, p::kSecondSigner, p::kAcceptedOn})
        waiting.values.remove(k);
    waiting.set(p::kState, p::kRequested);
    waiting.lines = {itemLine("打印机", "general-equipment", 1, 149000)};
    roundTrip(houqin::assets::purchaseRequestsKind(), {accepted(), waiting});
}

TEST(PurchasesCsv, TheEstimateIsExportedAndTheStateByItsKey) {
    test::TempDb t(kNow);
    RecordRepository repo(t.db(), houqin::assets::purchaseRequestsKind());
    ASSERT_TRUE(repo.insert(accepted(), test::tester()).ok());
    ExportOptions options;
    options.keys = true;
    auto csv = exportCsv(repo, options);
    ASSERT_TRUE(csv.ok());
    const QString text = QString::fromUtf8(*csv);
    const QString header = text.section(QLatin1Char('\n'), 0, 0);
    EXPECT_TRUE(header.contains(QStringLiteral("estimate"))) << header.toStdString();
    EXPECT_TRUE(header.contains(QStringLiteral("second_signer")));
    EXPECT_TRUE(text.contains(QStringLiteral("accepted"))); // the state's key
    EXPECT_TRUE(text.contains(QStringLiteral("1280000")));  // 10 × 80.00 + 3 × 4,000.00 yuan, in fen
}

TEST(PurchasesCsv, AnImportedAcceptanceSignedTwiceByOnePersonIsRefused) {
    test::TempDb from(kNow), to(kNow);
    RecordRepository source(from.db(), houqin::assets::purchaseRequestsKind());
    ASSERT_TRUE(source.insert(accepted(), test::tester()).ok());
    ExportOptions options;
    options.keys = true;
    QString csv = QString::fromUtf8(*exportCsv(source, options));
    csv.replace(QStringLiteral("王会计"), QStringLiteral("赵总务"));
    RecordRepository target(to.db(), houqin::assets::purchaseRequestsKind());
    auto imported = importCsv(target, csv.toUtf8(), test::tester(), test::insertOnly());
    ASSERT_TRUE(imported.ok());
    EXPECT_FALSE(imported->ok());
    ASSERT_FALSE(imported->problems.isEmpty());
    EXPECT_EQ(imported->problems.first().row, 2);
    EXPECT_EQ(imported->problems.first().column, p::kSecondSigner);
    EXPECT_EQ(*target.count(), 0);
}

TEST(PurchasesCsv, RequisitionsRoundTrip) {
    Record r;
    r.set(q::kIssuedOn, QDate(2026, 9, 1));
    r.set(q::kCampus, QStringLiteral("滨豪园区"));
    r.set(q::kRecipientType, QStringLiteral("class"));
    r.set(q::kRecipient, QStringLiteral("中一班"));
    r.set(q::kPurpose, QStringLiteral("daily"));
    r.set(q::kIssuedBy, QStringLiteral("赵总务"));
    r.set(q::kReceivedBy, QStringLiteral("王老师"));
    for (const char* item : {"抽纸", "洗手液"}) {
        Record l;
        l.set(q::kItem, QString::fromUtf8(item));
        l.set(q::kQuantity, QVariant::fromValue<qint64>(4));
        l.set(q::kUnit, QStringLiteral("包"));
        r.lines << l;
    }
    Record person = r;
    person.set(q::kRecipientType, QStringLiteral("person"));
    person.set(q::kRecipient, QStringLiteral("赵总务"));
    person.set(q::kPurpose, QStringLiteral("office"));
    person.lines.removeLast();
    roundTrip(houqin::assets::requisitionsKind(), {r, person});
}
