#pragma once

#include <QDate>

namespace houqin {

// Teaching weeks run Monday to Sunday; week 1 is the week that contains the semester's start date.
class SemesterCalendar {
public:
    explicit SemesterCalendar(QDate start) : m_start(start) {}
    bool isValid() const { return m_start.isValid(); }
    // 1 for the first week, 0 or less before term (0 = the week before week 1). 0 when no start is set.
    int weekOf(QDate date) const;
    // The Monday that begins teaching week n (n >= 1).
    QDate mondayOfWeek(int n) const;
    QDate start() const { return m_start; }

private:
    QDate m_start;
};

} // namespace houqin
