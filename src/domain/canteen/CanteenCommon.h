#pragma once

#include "../DateConditions.h"
#include "../RecordKind.h"

#include <QDate>
#include <functional>

// What several canteen kinds share: the meal choices, documents that expire (health certificates, supplier
// licences) and records that stand for a whole month.
namespace houqin::canteen {

// The meal field of food samples (breakfast, morning snack, lunch...), so every canteen kind offers the
// same meals with the same keys.
FieldDef mealField();

// isToday() and relativeToToday() come from ../DateConditions.h (houqin::), shared with other modules.

// A document that runs out on a date: valid until the end of its expiry date, "expiring" from `warnDays`
// days before it (inclusive), expired the day after. Missing when there is no expiry date.
enum class Validity { Valid, Expiring, Expired, Missing };
Validity validityOn(QDate expiry, QDate today, int warnDays);
QString validityKey(Validity v);
// The derived choice field describing a Validity (keys valid, expiring, expired, missing).
FieldDef validityField(const QString& key, const char* label);

// Months are stored as the first day of the month, so date ranges and sorting work as for any date.
// An error on `field` unless the date is a first of the month.
void requireFirstOfMonth(const Record& r, const QString& field, Issues& out);
QDate firstOfMonth(QDate d);

} // namespace houqin::canteen
