#pragma once

#include "../RecordKind.h"

#include <QStringList>

namespace houqin::canteen {

// 晨检: the canteen staff's check before work, every working day. The verdict is derived:
//  - fever (at or above KindergartenSettings::feverThresholdC), diarrhoea, an infected skin wound or a sore
//    throat keep the worker off the post until the cause is cleared (the domain rules);
//  - long or painted nails, a ring, or an unclean uniform or cap also make the worker "not fit", because
//    the rules list them as part of the same check and food may not be handled that way. They are put
//    right on the spot; the health teacher then updates the ticks and the verdict turns to fit.
// One check per worker per day (the database refuses a second one).
const RecordKind& morningChecksKind();

bool hasFever(double temperatureC, const KindergartenSettings& s);
// Why a worker is not fit, translated, in the order of the form; empty = fit for duty.
QStringList unfitReasons(const Record& check, const KindergartenSettings& s);
// The same failures as stable keys (fever, diarrhoea, wound, sore_throat, nails, rings, uniform): the
// derived "reasons" value, language-neutral in an export with keys.
QStringList unfitReasonKeys(const Record& check, const KindergartenSettings& s);
bool fitForDuty(const Record& check, const KindergartenSettings& s);

} // namespace houqin::canteen
