#include "SemesterCalendar.h"

#include <cmath>

namespace houqin {

namespace {
QDate mondayOf(QDate d) {
    return d.addDays(1 - d.dayOfWeek());
}
} // namespace

int SemesterCalendar::weekOf(QDate date) const {
    if (!m_start.isValid() || !date.isValid())
        return 0;
    const qint64 days = mondayOf(m_start).daysTo(mondayOf(date));
    return int(days / 7) + 1;
}

QDate SemesterCalendar::mondayOfWeek(int n) const {
    return mondayOf(m_start).addDays(qint64(n - 1) * 7);
}

} // namespace houqin
