#include "XlsxDates.h"

#include <cmath>

namespace houqin::io::xlsxdates {

Shown shownAs(int id, const QString& code) {
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) || (id >= 50 && id <= 58))
        return id == 22 ? Shown::DateTime : Shown::Date;
    if (id == 22)
        return Shown::DateTime;
    if ((id >= 18 && id <= 21) || (id >= 32 && id <= 33) || (id >= 45 && id <= 47))
        return Shown::Time;
    if (id == 9 || id == 10)
        return Shown::Percent;
    if (id < 164 || code.isEmpty())
        return Shown::Number;
    bool date = false, time = false, month = false, percent = false;
    bool quoted = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (quoted) {
            quoted = c != QLatin1Char('"');
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i; // an escaped character, a space the width of one, a fill character
        } else if (c == QLatin1Char('[')) {
            const qsizetype end = code.indexOf(QLatin1Char(']'), i);
            if (end < 0)
                break;
            const QString inside = code.mid(i + 1, end - i - 1).toLower();
            if (!inside.isEmpty() && (inside.count(inside.front()) == inside.size()) &&
                (inside.front() == QLatin1Char('h') || inside.front() == QLatin1Char('m') ||
                 inside.front() == QLatin1Char('s')))
                time = true; // [h]:mm elapsed time
            i = end;
        } else if (c == QLatin1Char(';')) {
            break; // the first section decides
        } else {
            const QChar l = c.toLower();
            if (l == QLatin1Char('y') || l == QLatin1Char('d'))
                date = true;
            else if (l == QLatin1Char('h') || l == QLatin1Char('s'))
                time = true;
            else if (l == QLatin1Char('m'))
                month = true;
            else if (c == QLatin1Char('%'))
                percent = true;
        }
    }
    if (date || (month && !time))
        return time ? Shown::DateTime : Shown::Date;
    if (time)
        return date ? Shown::DateTime : Shown::Time;
    return percent ? Shown::Percent : Shown::Number;
}

namespace {
const QDate kEpoch1900(1899, 12, 30); // serial 0 as dates after 1900-02-28 count
const QDate kEpoch1904(1904, 1, 1);
} // namespace

QDateTime fromSerial(double serial, bool date1904) {
    if (!std::isfinite(serial) || serial < 0 || serial > 2958466.0)
        return {};
    qint64 seconds = std::llround(serial * 86400.0);
    qint64 days = seconds / 86400;
    seconds %= 86400;
    QDate date;
    if (date1904) {
        date = kEpoch1904.addDays(days);
    } else {
        if (days == 60)
            return {}; // 1900-02-29
        date = days < 60 ? QDate(1899, 12, 31).addDays(days) : kEpoch1900.addDays(days);
    }
    if (!date.isValid() || date.year() > 9999)
        return {};
    return QDateTime(date, QTime(0, 0).addSecs(int(seconds)));
}

double toSerial(const QDate& date) {
    const qint64 days = kEpoch1900.daysTo(date);
    return double(days < 61 ? days - 1 : days);
}

double toSerial(const QDateTime& dt) {
    return toSerial(dt.date()) + double(dt.time().msecsSinceStartOfDay()) / 86400000.0;
}

} // namespace houqin::io::xlsxdates
