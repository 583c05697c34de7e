#include "CanteenCommon.h"

#include "FoodSamples.h"

#include <QCoreApplication>

namespace houqin::canteen {

FieldDef mealField() {
    FieldDef f = *foodSamplesKind().field(QStringLiteral("meal"));
    f.carryOver = false; // each kind decides for itself
    f.required = false;
    return f;
}

Validity validityOn(QDate expiry, QDate today, int warnDays) {
    if (!expiry.isValid())
        return Validity::Missing;
    const qint64 left = today.daysTo(expiry);
    if (left < 0)
        return Validity::Expired;
    if (left <= warnDays)
        return Validity::Expiring;
    return Validity::Valid;
}

QString validityKey(Validity v) {
    switch (v) {
    case Validity::Valid:
        return QStringLiteral("valid");
    case Validity::Expiring:
        return QStringLiteral("expiring");
    case Validity::Expired:
        return QStringLiteral("expired");
    case Validity::Missing:
        return QStringLiteral("missing");
    }
    return {};
}

FieldDef validityField(const QString& key, const char* label) {
    return field::choice(
        key, label,
        {
            {QStringLiteral("valid"), QT_TRANSLATE_NOOP("Fields", "Valid"), {QStringLiteral("有效")}},
            {QStringLiteral("expiring"),
             QT_TRANSLATE_NOOP("Fields", "Expiring soon"),
             {QStringLiteral("即将到期")}},
            {QStringLiteral("expired"), QT_TRANSLATE_NOOP("Fields", "Expired"), {QStringLiteral("已过期")}},
            {QStringLiteral("missing"),
             QT_TRANSLATE_NOOP("Fields", "No expiry date on file"),
             {QStringLiteral("未登记")}},
        });
}

QDate firstOfMonth(QDate d) {
    return d.isValid() ? QDate(d.year(), d.month(), 1) : QDate();
}

void requireFirstOfMonth(const Record& r, const QString& field, Issues& out) {
    const QDate d = r.value(field).toDate();
    if (d.isValid() && d.day() != 1)
        out << Issue::error(
            field, QCoreApplication::translate("Canteen", "Enter the month as its first day: %1 for %2.")
                       .arg(firstOfMonth(d).toString(Qt::ISODate),
                            firstOfMonth(d).toString(QStringLiteral("yyyy-MM"))));
}

} // namespace houqin::canteen
