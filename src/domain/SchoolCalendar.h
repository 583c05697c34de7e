#pragma once

#include <QDate>
#include <QHash>
#include <QList>

namespace houqin {

// Which days are school days (上课日): the days the "school days only" rules (morning checks, the daily
// pesticide test, today's menu and samples) apply on.
//
// A day is a school day when it lies within a term (a semester's start to end date, inclusive) and is
// either a weekday that is not a holiday (放假) or a make-up working day (调休上班) on a weekend. A
// holiday always wins over a weekday; a day outside every term is never a school day, not even a
// make-up day.
//
// Without any term at all (a fresh installation before the first semester is entered) every Monday to
// Friday that is not a holiday counts, plus the make-up days, so reminders still appear from day one.
class SchoolCalendar {
public:
    enum class DayKind { Holiday, MakeUpWorkday };

    SchoolCalendar() = default;

    // A term from `start` to `end`, both inclusive; ignored when either is invalid or end < start.
    void addTerm(QDate start, QDate end);
    // A holiday or a make-up working day; a later entry for the same date replaces an earlier one.
    void addDay(QDate day, DayKind kind);

    bool isSchoolDay(QDate day) const;
    bool hasTerms() const { return !m_terms.isEmpty(); }
    bool inTerm(QDate day) const;
    // The last school day before `day`, looking back at most `maxDays` days; invalid when there is none
    // (the first day after a long holiday looks back across it).
    QDate previousSchoolDay(QDate day, int maxDays = 62) const;

private:
    struct Term {
        QDate start, end;
    };
    QList<Term> m_terms;
    QHash<QDate, DayKind> m_days;
};

} // namespace houqin
