#pragma once

#include "RecordKind.h"

#include <functional>

// Filter conditions relative to the day the filter runs (RuleContext::now), shared by every module: the
// canteen's "today" lists and the staff filters that look for a morning check or a certificate valid today.
// They live at the domain level, not in a module, so that a module can use them without depending on
// another module (staff must not include canteen headers).
namespace houqin {

// date field == today.
Condition isToday(const QString& dateField);
// date field <op> today + days(ctx); days may depend on the settings (warning periods).
Condition relativeToToday(const QString& dateField, Condition::Op op,
                          std::function<int(const RuleContext&)> days);

} // namespace houqin
