#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace houqin::plan {

// One day of the national holiday arrangement (全国法定节假日安排) as shipped in
// resources/calendar/cn-holidays.tsv (compiled in as :/calendar/cn-holidays.tsv).
struct NationalDay {
    QDate date;
    QString kind; // calendardayfield::kHoliday or kWorkday
    QString name; // 春节, 国庆节, ...
};

// Parses the table's text: date<TAB>放假|调休上班<TAB>name a line, # comments and blank lines skipped.
// A line that is not of that form is skipped too (the file ships with the application).
QList<NationalDay> parseNationalDays(const QString& text);
// The shipped table's days of `year`, in date order; empty when that year is not in the table yet.
QList<NationalDay> nationalDays(int year);

} // namespace houqin::plan
