#include "HealthCertificates.h"

#include <QCoreApplication>

namespace houqin::canteen {

namespace {

const QString kPerson = QStringLiteral("person");
const QString kNumber = QStringLiteral("certificate_no");
const QString kIssued = QStringLiteral("issue_date");
const QString kExpiry = QStringLiteral("expiry_date");
const QString kSuperseded = QStringLiteral("superseded");

void rules(const Record& r, const RuleContext& ctx, Issues& out) {
    const QDate issued = r.value(kIssued).toDate();
    const QDate expiry = certificateExpiry(r);
    if (!r.isEmpty(kExpiry) && expiry <= issued)
        out << Issue::error(kExpiry,
                            QCoreApplication::translate("HealthCertificates",
                                                        "The expiry date must be after the issue date."));
    if (ctx.now.isValid() && issued > ctx.now.date())
        out << Issue::error(
            kIssued, QCoreApplication::translate("HealthCertificates", "The issue date is in the future."));
    if (!r.value(kSuperseded).toBool() && certificateValidity(r, ctx) == Validity::Expired)
        out << Issue::warning(
            kExpiry, QCoreApplication::translate("HealthCertificates",
                                                 "This certificate expired on %1: %2 may not work in the "
                                                 "canteen until it is renewed.")
                         .arg(expiry.toString(Qt::ISODate), r.value(kPerson).toString()));
}

RecordKind declare() {
    RecordKind k;
    k.key = QStringLiteral("health-certificates");
    k.table = QStringLiteral("health_certificates");
    k.label = QT_TRANSLATE_NOOP("Fields", "Health certificates");
    k.fields = {
        field::person(kPerson, QT_TRANSLATE_NOOP("Fields", "Staff member")).req(),
        field::text(kNumber, QT_TRANSLATE_NOOP("Fields", "Certificate number")).req().maxLen(50),
        field::date(kIssued, QT_TRANSLATE_NOOP("Fields", "Issue date")).req(),
        field::date(kExpiry, QT_TRANSLATE_NOOP("Fields", "Expiry date")),
        field::text(QStringLiteral("issuer"), QT_TRANSLATE_NOOP("Fields", "Issued by")).maxLen(100).carry(),
        field::boolean(kSuperseded, QT_TRANSLATE_NOOP("Fields", "Superseded")).req().def(false),
        field::longText(QStringLiteral("notes"), QT_TRANSLATE_NOOP("Fields", "Notes")),
    };
    k.derived = {
        {validityField(QStringLiteral("validity"), QT_TRANSLATE_NOOP("Fields", "Validity")),
         [](const Record& r, const RuleContext& c) {
             return QVariant(validityKey(certificateValidity(r, c)));
         }},
        {field::integer(QStringLiteral("days_left"), QT_TRANSLATE_NOOP("Fields", "Days to expiry")),
         [](const Record& r, const RuleContext& c) {
             const QDate expiry = certificateExpiry(r);
             return expiry.isValid() ? QVariant::fromValue<qint64>(c.now.date().daysTo(expiry)) : QVariant();
         }},
    };
    k.listColumns = {kPerson,
                     kNumber,
                     kIssued,
                     kExpiry,
                     QStringLiteral("validity"),
                     QStringLiteral("days_left"),
                     QStringLiteral("issuer"),
                     kSuperseded};
    k.dateField = kIssued;
    k.defaultSort = kExpiry;
    k.titleField = kPerson;
    k.searchFields = {kPerson, kNumber, QStringLiteral("issuer"), QStringLiteral("notes")};
    using Op = Condition::Op;
    const Condition current{kSuperseded, Op::Eq, [](const RuleContext&) { return QVariant(false); }};
    k.filters = {
        {QStringLiteral("current"), QT_TRANSLATE_NOOP("Fields", "Current certificates"), {current}},
        {QStringLiteral("expiring"),
         QT_TRANSLATE_NOOP("Fields", "Expiring soon"),
         {current, relativeToToday(kExpiry, Op::Ge, [](const RuleContext&) { return 0; }),
          relativeToToday(kExpiry, Op::Le,
                          [](const RuleContext& c) { return c.settings.certificateWarningDays; })}},
        {QStringLiteral("expired"),
         QT_TRANSLATE_NOOP("Fields", "Expired"),
         {current, relativeToToday(kExpiry, Op::Lt, [](const RuleContext&) { return 0; })}},
    };
    k.rules = rules;
    return k;
}

} // namespace

const RecordKind& healthCertificatesKind() {
    static const RecordKind k = declare();
    return k;
}

QDate certificateExpiry(const Record& certificate) {
    if (!certificate.isEmpty(kExpiry))
        return certificate.value(kExpiry).toDate();
    const QDate issued = certificate.value(kIssued).toDate();
    return issued.isValid() ? issued.addYears(1) : QDate();
}

bool certificateValidOn(const Record& certificate, QDate day) {
    const QDate issued = certificate.value(kIssued).toDate();
    const QDate expiry = certificateExpiry(certificate);
    return issued.isValid() && expiry.isValid() && issued <= day && day <= expiry;
}

Validity certificateValidity(const Record& certificate, const RuleContext& ctx) {
    return validityOn(certificateExpiry(certificate), ctx.now.date(), ctx.settings.certificateWarningDays);
}

} // namespace houqin::canteen
