#pragma once

#include "../DateConditions.h"
#include "../RecordKind.h"

#include <QDate>

// What several safety kinds share.
namespace houqin::safety {

// field == value (a choice key, a constant).
Condition is(const QString& field, const QString& value);
// date field >= the first day of today's month / quarter.
Condition inThisMonth(const QString& dateField);
Condition inThisQuarter(const QString& dateField);
// The first day of the quarter a day falls in.
QDate quarterStart(QDate day);

// The month's safety-education theme of the plan (九月 开学第一课, 十月 食品安全“三个一”, 十一月 消防安全月,
// 十二月 交通安全“一盔一带”, 一月 居家与假期安全), in Chinese as the plan writes it; empty for other months.
QString monthTheme(int month);

} // namespace houqin::safety
