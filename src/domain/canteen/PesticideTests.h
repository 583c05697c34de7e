#pragma once

#include "../RecordKind.h"

#include <optional>

namespace houqin::canteen {

// 农药残留快检: the daily enzyme-inhibition rapid test (GB/T 5009.199-2003) of the leafy vegetables. The
// inhibition rate decides the result; a positive batch needs a handling record (withheld, retested, sent to
// a lab, returned) and stays on the dashboard until it has one.
const RecordKind& pesticideTestsKind();

// 合格 below the threshold (KindergartenSettings::pesticideThresholdPct), 不合格 at or above it.
bool isPositive(double inhibitionPct, const KindergartenSettings& s);
// The derived result's key: "pass" or "fail"; empty without a rate.
QString resultKey(const Record& test, const KindergartenSettings& s);
// The retest's result key, empty when there was no retest.
QString retestResultKey(const Record& test, const KindergartenSettings& s);
// A positive test without a handling record.
bool needsHandling(const Record& test, const KindergartenSettings& s);

} // namespace houqin::canteen
