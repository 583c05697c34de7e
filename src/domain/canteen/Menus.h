#pragma once

#include "../RecordKind.h"

#include <QDate>

namespace houqin::canteen {

// 每周食谱: one menu per week (and campus, or the whole kindergarten when the campus is empty), edited as a
// grid of weekdays × meals, each cell the dishes of that meal. The plan's rule: the week's menu is
// published (lobby board and website) by its Monday, so next week's menu is due by then.
const RecordKind& menusKind();

// The Monday of the week `day` falls in.
QDate weekMonday(QDate day);
// Publication state, the menu's derived "publication" field: draft (no date), on time (published on or
// before the week's Monday), late.
enum class MenuPublication { Draft, OnTime, Late };
MenuPublication menuPublication(const Record& menu);
QString menuPublicationKey(MenuPublication p);

// The dishes of one weekday (1 = Monday) and meal key in a menu, or empty.
QString menuDishes(const Record& menu, int weekday, const QString& meal);
// Splits a cell into dishes: "米饭、番茄炒蛋，紫菜汤" or one per line → three dishes.
QStringList splitDishes(const QString& cell);

} // namespace houqin::canteen
