#include "SafetyCommon.h"

namespace houqin::safety {

Condition is(const QString& field, const QString& value) {
    return {field, Condition::Op::Eq, [value](const RuleContext&) { return QVariant(value); }};
}

Condition inThisMonth(const QString& dateField) {
    return {dateField, Condition::Op::Ge, [](const RuleContext& c) {
                const QDate today = c.now.date();
                return QVariant(QDate(today.year(), today.month(), 1));
            }};
}

QDate quarterStart(QDate day) {
    return day.isValid() ? QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1) : QDate();
}

Condition inThisQuarter(const QString& dateField) {
    return {dateField, Condition::Op::Ge,
            [](const RuleContext& c) { return QVariant(quarterStart(c.now.date())); }};
}

QString monthTheme(int month) {
    switch (month) {
    case 9:
        return QStringLiteral("开学第一课");
    case 10:
        return QStringLiteral("食品安全“三个一”");
    case 11:
        return QStringLiteral("消防安全月");
    case 12:
        return QStringLiteral("交通安全“一盔一带”");
    case 1:
        return QStringLiteral("居家与假期安全");
    default:
        return {};
    }
}

} // namespace houqin::safety
