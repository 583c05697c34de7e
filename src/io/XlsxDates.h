#pragma once

#include <QDateTime>
#include <QString>

// Dates in spreadsheets: a number of days (the serial) shown as a date by the cell's number format.
namespace houqin::io::xlsxdates {

// What a number format shows a number as.
enum class Shown { Number, Percent, Date, Time, DateTime };

// Built-in formats 14-22 and 45-47, and those a Chinese Excel uses for dates (27-36, 50-58); a custom
// format code is a date or time when it has y, m, d, h or s outside quoted text, escaped characters and
// [brackets] ([h] and [mm], elapsed time, count). Percent: built-in 9 and 10, or a % outside quotes (0.5
// shows as 50%).
Shown shownAs(int numFmtId, const QString& formatCode);

// The 1900 date system counts 1900-02-29, which never was (Lotus 1-2-3's error): serial 60. The 1904
// system (old Mac workbooks) starts at 1904-01-01 = 0. Invalid outside 1900-01-01 .. 9999-12-31.
QDateTime fromSerial(double serial, bool date1904 = false);
double toSerial(const QDateTime& dateTime); // 1900 system
double toSerial(const QDate& date);

} // namespace houqin::io::xlsxdates
