#include "Suppliers.h"

#include <QCoreApplication>

namespace houqin::canteen {

namespace {

const QString kName = QStringLiteral("name");
const QString kLicenceNo = QStringLiteral("licence_no");
const QString kExpiry = QStringLiteral("licence_expiry");
const QString kInUse = QStringLiteral("in_use");

void rules(const Record& r, const RuleContext& ctx, Issues& out) {
    if (!r.value(kInUse).toBool())
        return;
    const QDate expiry = r.value(kExpiry).toDate();
    if (licenceValidity(r, ctx) == Validity::Expired)
        out << Issue::warning(
            kExpiry, QCoreApplication::translate(
                         "Suppliers", "The licence expired on %1: ask the supplier for the renewed licence.")
                         .arg(expiry.toString(Qt::ISODate)));
    if (r.isEmpty(kLicenceNo))
        out << Issue::warning(kLicenceNo, QCoreApplication::translate(
                                              "Suppliers", "Keep the supplier's licence number on file."));
}

RecordKind declare() {
    RecordKind k;
    k.key = QStringLiteral("suppliers");
    k.table = QStringLiteral("suppliers");
    k.label = QT_TRANSLATE_NOOP("Fields", "Suppliers");
    k.fields = {
        field::text(kName, QT_TRANSLATE_NOOP("Fields", "Supplier name")).req().maxLen(100),
        field::text(kLicenceNo, QT_TRANSLATE_NOOP("Fields", "Licence number")).maxLen(50),
        field::date(kExpiry, QT_TRANSLATE_NOOP("Fields", "Licence expiry")),
        field::text(QStringLiteral("supplies"), QT_TRANSLATE_NOOP("Fields", "Supplies")).maxLen(200),
        field::text(QStringLiteral("contact"), QT_TRANSLATE_NOOP("Fields", "Contact person")).maxLen(50),
        field::text(QStringLiteral("phone"), QT_TRANSLATE_NOOP("Fields", "Phone"))
            .matches(QStringLiteral(R"(\+?[0-9][0-9 \-]{5,18}[0-9])"),
                     QT_TRANSLATE_NOOP("Fields", "digits only, 7 to 20 of them")),
        field::boolean(kInUse, QT_TRANSLATE_NOOP("Fields", "In use")).req().def(true),
        field::longText(QStringLiteral("notes"), QT_TRANSLATE_NOOP("Fields", "Notes")),
    };
    k.derived = {
        {validityField(QStringLiteral("licence_status"), QT_TRANSLATE_NOOP("Fields", "Licence status")),
         [](const Record& r, const RuleContext& c) { return QVariant(validityKey(licenceValidity(r, c))); }},
        {field::integer(QStringLiteral("licence_days_left"), QT_TRANSLATE_NOOP("Fields", "Days to expiry")),
         [](const Record& r, const RuleContext& c) {
             const QDate expiry = r.value(kExpiry).toDate();
             return expiry.isValid() ? QVariant::fromValue<qint64>(c.now.date().daysTo(expiry)) : QVariant();
         }},
    };
    k.listColumns = {kName,
                     QStringLiteral("supplies"),
                     kLicenceNo,
                     kExpiry,
                     QStringLiteral("licence_status"),
                     QStringLiteral("licence_days_left"),
                     QStringLiteral("contact"),
                     QStringLiteral("phone"),
                     kInUse};
    k.defaultSort = kName;
    k.defaultSortDescending = false;
    k.titleField = kName;
    k.searchFields = {kName, kLicenceNo, QStringLiteral("supplies"), QStringLiteral("contact"),
                      QStringLiteral("phone")};
    using Op = Condition::Op;
    const Condition inUse{kInUse, Op::Eq, [](const RuleContext&) { return QVariant(true); }};
    const Condition notExpired = relativeToToday(kExpiry, Op::Ge, [](const RuleContext&) { return 0; });
    k.filters = {
        {QStringLiteral("in-use"), QT_TRANSLATE_NOOP("Fields", "In use"), {inUse}},
        {QStringLiteral("licence-expiring"),
         QT_TRANSLATE_NOOP("Fields", "Licence expiring soon"),
         {inUse, notExpired,
          relativeToToday(kExpiry, Op::Le,
                          [](const RuleContext& c) { return c.settings.licenceWarningDays; })}},
        {QStringLiteral("licence-expired"),
         QT_TRANSLATE_NOOP("Fields", "Licence expired"),
         {inUse, relativeToToday(kExpiry, Op::Lt, [](const RuleContext&) { return 0; })}},
    };
    k.constraints = {
        {QStringLiteral("A supplier of this name already exists"), kName,
         QT_TRANSLATE_NOOP("Constraints",
                           "A supplier of this name already exists; edit that record instead.")},
        {QStringLiteral("UNIQUE constraint failed: suppliers.name"), kName,
         QT_TRANSLATE_NOOP("Constraints",
                           "A supplier of this name already exists; edit that record instead.")},
    };
    k.rules = rules;
    return k;
}

} // namespace

const RecordKind& suppliersKind() {
    static const RecordKind k = declare();
    return k;
}

Validity licenceValidity(const Record& supplier, const RuleContext& ctx) {
    return validityOn(supplier.value(kExpiry).toDate(), ctx.now.date(), ctx.settings.licenceWarningDays);
}

} // namespace houqin::canteen
