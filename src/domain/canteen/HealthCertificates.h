#pragma once

#include "../RecordKind.h"
#include "CanteenCommon.h"

namespace houqin::canteen {

// 健康证: the food handler's health certificate, renewed every year. Without an entered expiry date a
// certificate runs out one year after its issue date; the database fills that date in when the record is
// stored (migration 0003), so lists and filters see the same date as certificateExpiry(). A certificate is
// valid up to and including its expiry date. A renewed certificate marks the person's older ones as
// superseded, so only the newest one raises warnings.
const RecordKind& healthCertificatesKind();

// The expiry date as entered, or one year after the issue date (29 February gives 28 February).
QDate certificateExpiry(const Record& certificate);
// Valid on `day`: issued by then and not yet past its expiry date.
bool certificateValidOn(const Record& certificate, QDate day);
Validity certificateValidity(const Record& certificate, const RuleContext& ctx);

} // namespace houqin::canteen
