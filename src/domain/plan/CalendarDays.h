#pragma once

#include "../RecordKind.h"
#include "../SchoolCalendar.h"

#include <QString>

namespace houqin::plan {

// 节假日与调休: the year's holidays (放假) and make-up working days (调休上班), entered once a year. With
// the semesters' term dates they make the SchoolCalendar every "school days only" rule reads.
const RecordKind& calendarDaysKind();

namespace calendardayfield {
inline const QString kDate = QStringLiteral("date");
inline const QString kKind = QStringLiteral("kind");
inline const QString kName = QStringLiteral("name");
inline const QString kNotes = QStringLiteral("notes");
// The stored values of kKind.
inline const QString kHoliday = QStringLiteral("holiday");
inline const QString kWorkday = QStringLiteral("workday");
} // namespace calendardayfield

} // namespace houqin::plan
