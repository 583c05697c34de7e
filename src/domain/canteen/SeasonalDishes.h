#pragma once

#include "../RecordKind.h"

namespace houqin::canteen {

// 节气美食: the month's solar-term dish. The month is stored as its first day, as for canteen accounts.
// A photo of the dish comes with the attachment machinery (photos are stored in the database); until then
// the description carries it.
const RecordKind& seasonalDishesKind();

// The month (1-12) a solar term falls in: 立春 and 雨水 in February ... 小寒 and 大寒 in January. 0 for an
// unknown key.
int solarTermMonth(const QString& termKey);
// The 24 solar terms' keys (lichun ... dahan), in calendar order from 立春.
const QStringList& solarTermKeys();

} // namespace houqin::canteen
