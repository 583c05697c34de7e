#include "Deliveries.h"

#include "../ValueFormat.h"
#include "CanteenCommon.h"
#include "Suppliers.h"

#include <QCoreApplication>
#include <cmath>

namespace houqin::canteen {

namespace {

const QString kDate = QStringLiteral("date");
const QString kDirection = QStringLiteral("direction");
const QString kSupplier = QStringLiteral("supplier");
const QString kChecked = QStringLiteral("documents_checked");
const QString kReceivedBy = QStringLiteral("received_by");
const QString kCheckedBy = QStringLiteral("checked_by");
const QString kItem = QStringLiteral("item");
const QString kQuantity = QStringLiteral("quantity");
const QString kUnit = QStringLiteral("unit");
const QString kPrice = QStringLiteral("unit_price_fen");
const QString kShelfLife = QStringLiteral("shelf_life_date");
const QString kIn = QStringLiteral("in");

QString signerKey(const Record& r, const QString& key) {
    return valuefmt::normalise(r.value(key).toString()).toCaseFolded();
}

void checkSupplier(const Record& r, const RuleContext& ctx, Issues& out) {
    const QString name = r.value(kSupplier).toString().trimmed();
    if (name.isEmpty()) {
        out << Issue::error(
            kSupplier, QCoreApplication::translate("Deliveries", "An incoming delivery needs its supplier."));
        return;
    }
    if (!ctx.findRecord)
        return;
    const std::optional<Record> supplier =
        ctx.findRecord(QStringLiteral("suppliers"), QStringLiteral("name"), name);
    if (!supplier) {
        out << Issue::warning(
            kSupplier, QCoreApplication::translate("Deliveries", "%1 is not in the supplier register: add "
                                                                 "the supplier with its licence.")
                           .arg(name));
        return;
    }
    const QDate day = r.value(kDate).toDate();
    const QDate expiry = supplier->value(QStringLiteral("licence_expiry")).toDate();
    if (!expiry.isValid())
        out << Issue::warning(kSupplier, QCoreApplication::translate(
                                             "Deliveries", "The register has no licence expiry date for %1.")
                                             .arg(name));
    else if (day.isValid() && expiry < day)
        out << Issue::warning(kSupplier, QCoreApplication::translate(
                                             "Deliveries", "The licence of %1 expired on %2: the goods "
                                                           "should not be received until it is renewed.")
                                             .arg(name, expiry.toString(Qt::ISODate)));
}

void rules(const Record& r, const RuleContext& ctx, Issues& out) {
    if (signerKey(r, kReceivedBy) == signerKey(r, kCheckedBy))
        out << Issue::error(kCheckedBy,
                            QCoreApplication::translate("Deliveries", "The two signers must be different "
                                                                      "people: %1 cannot sign twice.")
                                .arg(r.value(kCheckedBy).toString().trimmed()));
    const bool incoming = r.value(kDirection).toString() == kIn;
    if (incoming) {
        checkSupplier(r, ctx, out);
        if (!r.value(kChecked).toBool())
            out << Issue::warning(kChecked, QCoreApplication::translate(
                                                "Deliveries", "The supplier's certificate and the delivery "
                                                              "ticket have not been checked (索证索票)."));
    }
    const QDate day = r.value(kDate).toDate();
    for (qsizetype i = 0; i < r.lines.size(); ++i) {
        const QDate shelfLife = r.lines.at(i).value(kShelfLife).toDate();
        if (shelfLife.isValid() && day.isValid() && shelfLife < day)
            out << Issue::error(lineIssueField(i, kShelfLife),
                                QCoreApplication::translate("Deliveries",
                                                            "Past its shelf life (%1) on the day "
                                                            "of the delivery: do not accept it.")
                                    .arg(shelfLife.toString(Qt::ISODate)));
    }
}

std::shared_ptr<const RecordKind> declareLines() {
    auto k = std::make_shared<RecordKind>();
    k->key = QStringLiteral("delivery-lines");
    k->table = QStringLiteral("delivery_lines");
    k->label = QT_TRANSLATE_NOOP("Fields", "Items delivered");
    k->fields = {
        field::text(kItem, QT_TRANSLATE_NOOP("Fields", "Item")).req().maxLen(100),
        field::decimal(kQuantity, QT_TRANSLATE_NOOP("Fields", "Quantity"), 2).req().range(0.01, 100000),
        field::text(kUnit, QT_TRANSLATE_NOOP("Fields", "Unit")).req().maxLen(10),
        field::money(kPrice, QT_TRANSLATE_NOOP("Fields", "Unit price")).range(0, 100000000),
        field::date(kShelfLife, QT_TRANSLATE_NOOP("Fields", "Use by")),
    };
    k->derived = {
        {field::money(QStringLiteral("amount_fen"), QT_TRANSLATE_NOOP("Fields", "Amount")),
         [](const Record& line, const RuleContext&) { return lineAmountFen(line); }},
    };
    k->titleField = kItem;
    return k;
}

RecordKind declare() {
    RecordKind k;
    k.key = QStringLiteral("deliveries");
    k.table = QStringLiteral("deliveries");
    k.label = QT_TRANSLATE_NOOP("Fields", "Deliveries");
    k.fields = {
        field::date(kDate, QT_TRANSLATE_NOOP("Fields", "Date")).req(),
        field::choice(
            kDirection, QT_TRANSLATE_NOOP("Fields", "In or out"),
            {
                {kIn, QT_TRANSLATE_NOOP("Fields", "In"), {QStringLiteral("入库"), QStringLiteral("入")}},
                {QStringLiteral("out"),
                 QT_TRANSLATE_NOOP("Fields", "Out"),
                 {QStringLiteral("出库"), QStringLiteral("出")}},
            })
            .req()
            .def(kIn),
        field::text(kSupplier, QT_TRANSLATE_NOOP("Fields", "Supplier"))
            .maxLen(100)
            .suggest(QStringLiteral("suppliers"), QStringLiteral("name")),
        field::campus(QStringLiteral("campus"), QT_TRANSLATE_NOOP("Fields", "Campus")).carry(),
        field::boolean(kChecked, QT_TRANSLATE_NOOP("Fields", "Certificate and ticket checked"))
            .req()
            .def(false),
        field::person(kReceivedBy, QT_TRANSLATE_NOOP("Fields", "Received by")).req().carry(),
        field::person(kCheckedBy, QT_TRANSLATE_NOOP("Fields", "Checked by")).req().carry(),
        field::longText(QStringLiteral("notes"), QT_TRANSLATE_NOOP("Fields", "Notes")),
    };
    k.derived = {
        {field::text(QStringLiteral("items"), QT_TRANSLATE_NOOP("Fields", "Items")),
         [](const Record& r, const RuleContext&) { return QVariant(itemsSummary(r)); }},
        {field::money(QStringLiteral("total_fen"), QT_TRANSLATE_NOOP("Fields", "Total")),
         [](const Record& r, const RuleContext&) { return QVariant::fromValue(deliveryTotalFen(r)); }},
    };
    k.listColumns = {kDate,    kDirection,  kSupplier, QStringLiteral("items"), QStringLiteral("total_fen"),
                     kChecked, kReceivedBy, kCheckedBy};
    k.dateField = kDate;
    k.defaultSort = kDate;
    k.titleField = kSupplier;
    k.searchFields = {kSupplier, kReceivedBy, kCheckedBy, QStringLiteral("notes")};
    using Op = Condition::Op;
    const Condition incoming{kDirection, Op::Eq, [](const RuleContext&) { return QVariant(kIn); }};
    k.filters = {
        {QStringLiteral("today"), QT_TRANSLATE_NOOP("Fields", "Today"), {isToday(kDate)}},
        {QStringLiteral("unchecked"),
         QT_TRANSLATE_NOOP("Fields", "Documents not checked"),
         {incoming, {kChecked, Op::Eq, [](const RuleContext&) { return QVariant(false); }}}},
    };
    k.rules = rules;
    k.prefill = [](Record& fresh, const Record*, const RuleContext& c) { fresh.set(kDate, c.now.date()); };
    k.lines = declareLines();
    k.linesParentColumn = QStringLiteral("delivery_id");
    k.minLines = 1;
    k.photos = true;
    return k;
}

} // namespace

const RecordKind& deliveriesKind() {
    static const RecordKind k = declare();
    return k;
}

QVariant lineAmountFen(const Record& line) {
    if (line.isEmpty(kPrice) || line.isEmpty(kQuantity))
        return {};
    return QVariant::fromValue<qint64>(
        qint64(std::llround(line.value(kQuantity).toDouble() * double(line.value(kPrice).toLongLong()))));
}

qint64 deliveryTotalFen(const Record& delivery) {
    qint64 total = 0;
    for (const Record& line : delivery.lines)
        total += lineAmountFen(line).toLongLong();
    return total;
}

QString itemsSummary(const Record& delivery, int maxItems) {
    QStringList parts;
    for (const Record& line : delivery.lines) {
        if (parts.size() == maxItems) {
            parts.last() += QStringLiteral("…");
            break;
        }
        const double q = line.value(kQuantity).toDouble();
        parts << QStringLiteral("%1 %2%3").arg(line.value(kItem).toString(), QString::number(q, 'g', 10),
                                               line.value(kUnit).toString());
    }
    return parts.join(QStringLiteral("、"));
}

} // namespace houqin::canteen
