#include "../Workflow.h"
#include "AssetKinds.h"

#include <QCoreApplication>
#include <QHash>

// 申购: the plan's "申购审批、验收签名、入库再出借". A request lists what is to be bought as item lines; the
// director approves or rejects it (a rejection says why), two different people sign the acceptance of what
// arrived, and putting it in stock creates its register entries (purchaseRegisterEntries) in the step's own
// transaction. The estimate is derived from the lines (quantity × estimated unit price, summed), never
// stored, so it cannot disagree with them; the unit price on a line at 入库 is what the register gets, so a
// price that changed is corrected on the line before stocking.
namespace houqin::assets {

namespace p = purchase;
namespace a = asset;

namespace {

qint64 lineAmount(const Record& line) {
    if (line.isEmpty(a::kQuantity) || line.isEmpty(a::kUnitPrice))
        return 0;
    return line.value(a::kQuantity).toLongLong() * line.value(a::kUnitPrice).toLongLong();
}

void notBefore(const Record& rec, const QString& later, const QString& earlier, const char* message,
               Issues& out) {
    const QDate l = rec.value(later).toDate();
    const QDate e = rec.value(earlier).toDate();
    if (l.isValid() && e.isValid() && l < e)
        out << Issue::error(later, QCoreApplication::translate("PurchaseRequests", message));
}

void required(const Record& rec, const QString& key, const char* message, Issues& out) {
    if (rec.isEmpty(key))
        out << Issue::error(key, QCoreApplication::translate("PurchaseRequests", message));
}

// What the steps guarantee, also for a request that comes in by import.
void rules(const Record& rec, const RuleContext&, Issues& out) {
    notBefore(rec, p::kReviewedOn, p::kRequestedOn,
              QT_TRANSLATE_NOOP("PurchaseRequests", "The request is reviewed before it was made."), out);
    notBefore(rec, p::kAcceptedOn, p::kReviewedOn,
              QT_TRANSLATE_NOOP("PurchaseRequests", "The purchase is accepted before it was approved."), out);
    notBefore(rec, p::kStockedOn, p::kAcceptedOn,
              QT_TRANSLATE_NOOP("PurchaseRequests", "The purchase is put in stock before it was accepted."),
              out);
    const QString state = rec.value(p::kState).toString();
    if (state == p::kRequested || state.isEmpty())
        return;
    required(rec, p::kReviewedBy,
             QT_TRANSLATE_NOOP("PurchaseRequests", "An approved or rejected request names its reviewer."),
             out);
    required(rec, p::kReviewedOn,
             QT_TRANSLATE_NOOP("PurchaseRequests", "An approved or rejected request has its review date."),
             out);
    if (state != p::kAccepted && state != p::kStocked)
        return;
    required(rec, p::kAcceptedBy,
             QT_TRANSLATE_NOOP("PurchaseRequests", "An accepted purchase names who accepted it."), out);
    required(rec, p::kSecondSigner,
             QT_TRANSLATE_NOOP("PurchaseRequests", "An accepted purchase is signed by a second person."),
             out);
    required(rec, p::kAcceptedOn,
             QT_TRANSLATE_NOOP("PurchaseRequests", "An accepted purchase has its acceptance date."), out);
    const QString first = rec.value(p::kAcceptedBy).toString().trimmed();
    if (!first.isEmpty() &&
        first.compare(rec.value(p::kSecondSigner).toString().trimmed(), Qt::CaseInsensitive) == 0)
        out << Issue::error(p::kSecondSigner, QCoreApplication::translate("PurchaseRequests",
                                                                          "The two signers of the acceptance "
                                                                          "must be two different people."));
    if (state == p::kStocked)
        required(rec, p::kStockedOn,
                 QT_TRANSLATE_NOOP("PurchaseRequests", "A purchase in stock has its stocking date."), out);
}

std::shared_ptr<Workflow> workflow() {
    auto wf = std::make_shared<Workflow>();
    wf->stateField = p::kState;
    wf->steps = {
        // Who may approve: the director only, as the permission matrix says (domain/access/Roles.cpp).
        {QStringLiteral("approve"),
         QT_TRANSLATE_NOOP("Fields", "Approve the purchase"),
         {p::kRequested},
         p::kApproved,
         {p::kReviewedOn},
         false,
         p::kReviewedBy},
        // The director's, like approve.
        {QStringLiteral("reject"),
         QT_TRANSLATE_NOOP("Fields", "Reject the purchase"),
         {p::kRequested},
         p::kRejected,
         {p::kReviewedOn},
         true,
         p::kReviewedBy},
        // 验收签名: the person taking the step signs first, the second signer is someone else.
        {QStringLiteral("accept"),
         QT_TRANSLATE_NOOP("Fields", "Sign the acceptance"),
         {p::kApproved},
         p::kAccepted,
         {p::kAcceptedOn, p::kSecondSigner},
         false,
         p::kAcceptedBy,
         {p::kSecondSigner}},
        // 入库: the register gains what was bought.
        {QStringLiteral("stock"),
         QT_TRANSLATE_NOOP("Fields", "Put in stock"),
         {p::kAccepted},
         p::kStocked,
         {p::kStockedOn},
         false,
         p::kStockedBy,
         {},
         purchaseRegisterEntries},
    };
    return wf;
}

std::shared_ptr<const RecordKind> declareLines() {
    auto k = std::make_shared<RecordKind>();
    k->key = QStringLiteral("purchase-request-lines");
    k->table = QStringLiteral("purchase_request_lines");
    k->label = QT_TRANSLATE_NOOP("Fields", "Items to buy");
    FieldDef category = *assetsKind().field(a::kCategory);
    category.carryOver = false;
    k->fields = {
        field::text(a::kName, QT_TRANSLATE_NOOP("Fields", "Item")).req().maxLen(100),
        category,
        field::text(a::kModel, QT_TRANSLATE_NOOP("Fields", "Model")).maxLen(100),
        field::text(a::kUnit, QT_TRANSLATE_NOOP("Fields", "Unit of count")).maxLen(10),
        field::integer(a::kQuantity, QT_TRANSLATE_NOOP("Fields", "Quantity"))
            .req()
            .range(1, 10000)
            .def(QVariant::fromValue<qint64>(1)),
        field::money(a::kUnitPrice, QT_TRANSLATE_NOOP("Fields", "Estimated unit price"))
            .req()
            .range(0, 1e11)
            .unitText(QT_TRANSLATE_NOOP("Units", "yuan")),
        field::campus(p::kForCampus, QT_TRANSLATE_NOOP("Fields", "Goes to campus")),
        field::text(a::kLocation, QT_TRANSLATE_NOOP("Fields", "Location (room)")).maxLen(50),
        field::text(p::kNote, QT_TRANSLATE_NOOP("Fields", "Note")).maxLen(200),
    };
    k->derived = {
        {field::money(p::kLineAmount, QT_TRANSLATE_NOOP("Fields", "Amount"))
             .unitText(QT_TRANSLATE_NOOP("Units", "yuan")),
         [](const Record& line, const RuleContext&) {
             if (line.isEmpty(a::kUnitPrice) || line.isEmpty(a::kQuantity))
                 return QVariant();
             return QVariant::fromValue<qint64>(lineAmount(line));
         }},
    };
    k->titleField = a::kName;
    return k;
}

RecordKind declare() {
    RecordKind k;
    k.key = QStringLiteral("purchase-requests");
    k.table = QStringLiteral("purchase_requests");
    k.label = QT_TRANSLATE_NOOP("Fields", "Purchase requests");
    k.fields = {
        field::date(p::kRequestedOn, QT_TRANSLATE_NOOP("Fields", "Requested on")).req(),
        field::person(p::kRequester, QT_TRANSLATE_NOOP("Fields", "Requested by")).req(),
        field::campus(p::kCampus, QT_TRANSLATE_NOOP("Fields", "Campus")).carry(),
        field::longText(p::kReason, QT_TRANSLATE_NOOP("Fields", "Reason for buying")).req().maxLen(1000),
        field::choice(
            p::kState, QT_TRANSLATE_NOOP("Fields", "State"),
            {
                {p::kRequested,
                 QT_TRANSLATE_NOOP("Fields", "Awaiting approval"),
                 {QStringLiteral("申请"), QStringLiteral("待审批")}},
                {p::kApproved,
                 QT_TRANSLATE_NOOP("Fields", "Approved for purchase"),
                 {QStringLiteral("已审批")}},
                {p::kRejected, QT_TRANSLATE_NOOP("Fields", "Not approved"), {QStringLiteral("已驳回")}},
                {p::kAccepted, QT_TRANSLATE_NOOP("Fields", "Accepted"), {QStringLiteral("已验收")}},
                {p::kStocked, QT_TRANSLATE_NOOP("Fields", "In stock"), {QStringLiteral("已入库")}},
            })
            .req()
            .def(p::kRequested),
        field::person(p::kReviewedBy, QT_TRANSLATE_NOOP("Fields", "Reviewed by")),
        field::date(p::kReviewedOn, QT_TRANSLATE_NOOP("Fields", "Reviewed on")),
        field::person(p::kAcceptedBy, QT_TRANSLATE_NOOP("Fields", "Accepted by")),
        field::person(p::kSecondSigner, QT_TRANSLATE_NOOP("Fields", "Second signer")),
        field::date(p::kAcceptedOn, QT_TRANSLATE_NOOP("Fields", "Accepted on")),
        field::person(p::kStockedBy, QT_TRANSLATE_NOOP("Fields", "Put in stock by")),
        field::date(p::kStockedOn, QT_TRANSLATE_NOOP("Fields", "Put in stock on")),
    };
    k.lines = declareLines();
    k.linesParentColumn = QStringLiteral("purchase_request_id");
    k.minLines = 1;
    k.derived = {
        {field::money(p::kEstimate, QT_TRANSLATE_NOOP("Fields", "Estimate"))
             .unitText(QT_TRANSLATE_NOOP("Units", "yuan")),
         [](const Record& r, const RuleContext&) {
             if (r.lines.isEmpty())
                 return QVariant();
             qint64 total = 0;
             for (const Record& line : r.lines)
                 total += lineAmount(line);
             return QVariant::fromValue<qint64>(total);
         }},
    };
    k.listColumns = {p::kRequestedOn, p::kRequester,  p::kCampus,     p::kReason,       p::kEstimate,
                     p::kState,       p::kReviewedBy, p::kAcceptedBy, p::kSecondSigner, p::kStockedOn};
    k.dateField = p::kRequestedOn;
    k.defaultSort = p::kRequestedOn;
    k.titleField = p::kReason;
    k.searchFields = {p::kRequester, p::kReason, p::kReviewedBy, p::kAcceptedBy, p::kSecondSigner};
    k.workflow = workflow();
    k.filters = stateFilters(k);
    k.rules = rules;
    k.prefill = [](Record& rec, const Record*, const RuleContext& c) {
        rec.set(p::kRequestedOn, c.now.date());
    };
    return k;
}

} // namespace

QList<LinkedInsert> purchaseRegisterEntries(const Record& request, const RuleContext& c) {
    QList<LinkedInsert> out;
    QDate on = request.value(p::kStockedOn).toDate();
    if (!on.isValid())
        on = c.now.date();
    const QString note =
        QCoreApplication::translate("PurchaseRequests", "Purchase request #%1").arg(request.id);
    QHash<QString, QString> lastCode; // per prefix: the greatest code so far, stored or made here
    auto nextCode = [&](const QString& campus) {
        const QString prefix = assetCodePrefix(c.settings, campus, on.year());
        if (!lastCode.contains(prefix))
            lastCode.insert(prefix, c.lastWithPrefix
                                        ? c.lastWithPrefix(QStringLiteral("assets"), a::kCode, prefix)
                                        : QString());
        const QString code = nextAssetCode(c.settings, campus, on.year(), lastCode.value(prefix));
        lastCode.insert(prefix, code);
        return code;
    };
    for (qsizetype i = 0; i < request.lines.size(); ++i) {
        const Record& line = request.lines.at(i);
        const QString campus = line.isEmpty(p::kForCampus) ? request.value(p::kCampus).toString()
                                                           : line.value(p::kForCampus).toString();
        const qint64 quantity = line.value(a::kQuantity).toLongLong();
        const bool fixed = assetClass(line.value(a::kCategory).toString(),
                                      line.value(a::kUnitPrice).toLongLong(), c.settings) == a::kFixed;
        Record entry;
        for (const QString& key : {a::kName, a::kCategory, a::kModel, a::kUnit, a::kUnitPrice, a::kLocation})
            if (!line.isEmpty(key))
                entry.set(key, line.value(key));
        entry.set(a::kAcquiredOn, on);
        entry.set(a::kSource, QStringLiteral("purchase"));
        if (!campus.isEmpty())
            entry.set(a::kCampus, campus);
        entry.set(a::kStatus, a::kInUse);
        entry.set(a::kNote, note);
        const qint64 rows = fixed ? quantity : 1;
        entry.set(a::kQuantity, QVariant::fromValue<qint64>(fixed ? 1 : quantity));
        for (qint64 n = 0; n < rows; ++n) {
            // Without a campus there is no code prefix: the entry goes without a code and is refused with
            // the campus it lacks.
            if (!campus.isEmpty())
                entry.set(a::kCode, nextCode(campus));
            out << LinkedInsert{QStringLiteral("assets"), entry, i, {{a::kCampus, p::kForCampus}}};
        }
    }
    return out;
}

const RecordKind& purchaseRequestsKind() {
    static const RecordKind k = declare();
    return k;
}

} // namespace houqin::assets
