#pragma once

#include <QDateTime>

namespace houqin::localdatetimes {

// Stored date-times ("2026-11-24T16:05:09", ISO text in local time) as local QDateTimes, remembered per
// thread (issue #15). Qt 6.4 makes every Qt::LocalTime QDateTime through glibc's mktime, which in a zone
// described by a POSIX rule (Asia/Shanghai after 1991) parses that rule on each call: about 0.5 µs a value,
// four values a row. An equal text gives the QDateTime the constructor gave the first time, so each distinct
// value is converted once per zone and thread; values and comparisons are those of
// valuefmt::parseIsoDateTime, around a DST change too, because the cached value is its result.

// The local date-time of "yyyy-MM-ddTHH:mm" or "yyyy-MM-ddTHH:mm:ss" (n bytes at text); for any other text,
// valuefmt::parseIsoDateTime's answer (an invalid QDateTime), not remembered.
QDateTime fromIso(const unsigned char* text, int n);

// Forgets every value if the zone (the TZ variable, which glibc reads) changed since the last call: called
// once per read (storage/Rows), so a process or test that changes TZ never gets another zone's values.
void checkZone();

// Forgets every value of this thread (the benchmark's cold pages, tests).
void clear();

// How many values this thread remembers (tests).
int size();

} // namespace houqin::localdatetimes
