#include "SchoolCalendarStore.h"

#include "Query.h"
#include "domain/plan/CalendarDays.h"

namespace houqin {

Result<SchoolCalendar> loadSchoolCalendar(Database& db) {
    SchoolCalendar calendar;
    Query terms(db, QStringLiteral("SELECT start_date, end_date FROM semesters"));
    if (auto st = terms.exec(); !st)
        return st.error();
    while (terms.next())
        calendar.addTerm(QDate::fromString(terms.value(0).toString(), Qt::ISODate),
                         QDate::fromString(terms.value(1).toString(), Qt::ISODate));
    if (auto st = terms.finish(); !st)
        return st.error();

    Query days(db, QStringLiteral("SELECT date, kind FROM calendar_days"));
    if (auto st = days.exec(); !st)
        return st.error();
    while (days.next())
        calendar.addDay(QDate::fromString(days.value(0).toString(), Qt::ISODate),
                        days.value(1).toString() == plan::calendardayfield::kWorkday
                            ? SchoolCalendar::DayKind::MakeUpWorkday
                            : SchoolCalendar::DayKind::Holiday);
    if (auto st = days.finish(); !st)
        return st.error();
    return calendar;
}

} // namespace houqin
