#include "MenuSampleCheck.h"

#include "storage/Database.h"
#include "storage/Query.h"

namespace houqin::canteen {

Result<QList<MealWithoutSamples>> mealsWithoutSamples(Database& db, QDate from, QDate to) {
    // Per campus: a 新港 menu's meal is covered by a 新港 sample. A menu without a campus (the whole
    // kindergarten) is covered by any campus's sample, and a sample without one (rows from before schema
    // version 5 in a kindergarten with two campuses) covers any campus's menu: its kitchen is unknown, and
    // raising old, complete days as gaps would be wrong.
    // The week's Monday range first, so the menus_week index narrows the menus before the lines are read.
    Query q(db, QStringLiteral(
                    "SELECT day, meal, dishes, campus FROM ("
                    "  SELECT date(m.week_start, '+' || (CAST(l.weekday AS INTEGER) - 1) || ' days') AS day,"
                    "         l.meal AS meal, l.dishes AS dishes, m.campus AS campus, m.week_start AS week,"
                    "         l.line_no AS line_no"
                    "  FROM menus m JOIN menu_lines l ON l.menu_id = m.id"
                    "  WHERE m.week_start BETWEEN :firstMonday AND :to) AS planned "
                    "WHERE day BETWEEN :from AND :to "
                    "  AND NOT EXISTS (SELECT 1 FROM food_samples s WHERE s.date = planned.day "
                    "                  AND s.meal = planned.meal"
                    "                  AND (s.campus IS NULL OR planned.campus IS NULL OR s.campus = "
                    "planned.campus)) "
                    "ORDER BY day, week, line_no"));
    q.bind(QStringLiteral(":firstMonday"), from.addDays(1 - from.dayOfWeek()).toString(Qt::ISODate))
        .bind(QStringLiteral(":from"), from.toString(Qt::ISODate))
        .bind(QStringLiteral(":to"), to.toString(Qt::ISODate));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<MealWithoutSamples> out;
    while (q.next())
        out << MealWithoutSamples{QDate::fromString(q.value(0).toString(), Qt::ISODate),
                                  q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    if (Status s = q.finish(); !s)
        return s.error();
    return out;
}

} // namespace houqin::canteen
