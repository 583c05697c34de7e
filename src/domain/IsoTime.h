#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace houqin::valuefmt {

// The stored forms of dates and times, written directly: QDate::toString and QDateTime::toString go
// through QLocale and printf, about 10,000 instructions a value, which an import paid several times per
// record (issue #15). Each gives exactly what the Qt call named beside it gives (tests/domain
// ValueFormatTest), doing the writing itself for valid values of the years 1000-9999 and calling Qt for
// the rest.

// QDate::toString(Qt::ISODate): "2026-11-29".
QString isoDate(QDate d);
// QDateTime::toString("yyyy-MM-ddTHH:mm:ss"), the canonical form (valuefmt::canonical), of the date and
// time the value holds whatever its time spec.
QString isoDateTime(const QDateTime& t);
// QDateTime::toString(Qt::ISODate): the same in local time, with Z or the offset otherwise; how rows
// record when they were written (created_at, the audit trail's at).
QString isoText(const QDateTime& t);

} // namespace houqin::valuefmt
