#pragma once

#include "../RecordKind.h"
#include "CanteenCommon.h"

namespace houqin::canteen {

// 供应商 and their licences (索证): a warning from KindergartenSettings::licenceWarningDays before a licence
// expires. Suppliers no longer used are kept (old records name them) but leave the warnings.
const RecordKind& suppliersKind();

Validity licenceValidity(const Record& supplier, const RuleContext& ctx);

} // namespace houqin::canteen
