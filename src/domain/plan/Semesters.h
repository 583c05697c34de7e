#pragma once

#include "../RecordKind.h"
#include "../SemesterCalendar.h"

#include <QDate>
#include <QList>
#include <QString>

namespace houqin::plan {

// 学期: a named semester with its dates. Exactly one may be current: SemesterService makes one current
// (and the database refuses a second); the current one's start is mirrored into the kindergarten
// settings' semester start, which the rest of the application reads for teaching weeks.
const RecordKind& semestersKind();

namespace semesterfield {
inline const QString kName = QStringLiteral("name");
inline const QString kStart = QStringLiteral("start_date");
inline const QString kEnd = QStringLiteral("end_date");
inline const QString kCurrent = QStringLiteral("is_current");
inline const QString kNotes = QStringLiteral("notes");
} // namespace semesterfield

// The most teaching weeks a semester (and a plan task's week) may have: half a year.
inline constexpr int kMaxWeeks = 30;

// A semester as plain values, for code that works with its calendar.
struct Semester {
    qint64 id = 0;
    QString name;
    QDate start, end;
    bool current = false;

    bool isValid() const { return !name.isEmpty() && start.isValid(); }
    SemesterCalendar calendar() const { return SemesterCalendar(start, end); }
    int weekCount() const { return calendar().weekCount(); }
    // The first day of calendar month `month` (1..12) as it falls in this semester: an autumn semester
    // starting in September 2026 puts month 8 (before term) in 2026 and month 1 in 2027.
    QDate firstOfMonth(int month) const;
    // The calendar months the semester's plan covers, in order, as first days of the month: from the month
    // four weeks before week 1 (before-term work) to the month of the end date.
    QList<QDate> months() const;

    static Semester fromRecord(const Record& r);
    Record toRecord() const; // id included
};

} // namespace houqin::plan
