#include "DateConditions.h"

namespace houqin {

Condition isToday(const QString& dateField) {
    return {dateField, Condition::Op::Eq, [](const RuleContext& c) { return QVariant(c.now.date()); }};
}

Condition relativeToToday(const QString& dateField, Condition::Op op,
                          std::function<int(const RuleContext&)> days) {
    return {dateField, op, [days = std::move(days)](const RuleContext& c) {
                return QVariant(c.now.date().addDays(days(c)));
            }};
}

} // namespace houqin
