#include "SchoolCalendar.h"

namespace houqin {

void SchoolCalendar::addTerm(QDate start, QDate end) {
    if (start.isValid() && end.isValid() && start <= end)
        m_terms << Term{start, end};
}

void SchoolCalendar::addDay(QDate day, DayKind kind) {
    if (day.isValid())
        m_days.insert(day, kind);
}

bool SchoolCalendar::inTerm(QDate day) const {
    for (const Term& t : m_terms)
        if (day >= t.start && day <= t.end)
            return true;
    return false;
}

bool SchoolCalendar::isSchoolDay(QDate day) const {
    if (!day.isValid())
        return false;
    if (hasTerms() && !inTerm(day))
        return false;
    const auto special = m_days.constFind(day);
    if (special != m_days.constEnd())
        return *special == DayKind::MakeUpWorkday;
    return day.dayOfWeek() <= 5;
}

QDate SchoolCalendar::previousSchoolDay(QDate day, int maxDays) const {
    for (int back = 1; day.isValid() && back <= maxDays; ++back)
        if (isSchoolDay(day.addDays(-back)))
            return day.addDays(-back);
    return {};
}

} // namespace houqin
