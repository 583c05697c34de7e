#include "IsoTime.h"

namespace houqin::valuefmt {

namespace {

// Writes n digits of v at p, zero-padded.
char16_t* putDigits(char16_t* p, int v, int n) {
    for (int i = n - 1; i >= 0; --i, v /= 10)
        p[i] = char16_t(u'0' + v % 10);
    return p + n;
}

// "yyyy-MM-dd" of a valid date of the years 1000-9999 at p; false for the rest.
bool putDate(char16_t* p, QDate d) {
    if (!d.isValid())
        return false;
    int y = 0, m = 0, day = 0;
    d.getDate(&y, &m, &day);
    if (y < 1000 || y > 9999)
        return false;
    p = putDigits(p, y, 4);
    *p++ = u'-';
    p = putDigits(p, m, 2);
    *p++ = u'-';
    putDigits(p, day, 2);
    return true;
}

// "yyyy-MM-ddTHH:mm:ss", or a null string when putDate cannot write the date.
QString dateAndTime(QDate d, QTime t) {
    if (!t.isValid())
        return {};
    QString out(19, Qt::Uninitialized);
    auto* p = reinterpret_cast<char16_t*>(out.data());
    if (!putDate(p, d))
        return {};
    p[10] = u'T';
    putDigits(p + 11, t.hour(), 2);
    p[13] = u':';
    putDigits(p + 14, t.minute(), 2);
    p[16] = u':';
    putDigits(p + 17, t.second(), 2);
    return out;
}

} // namespace

QString isoDate(QDate d) {
    QString out(10, Qt::Uninitialized);
    if (putDate(reinterpret_cast<char16_t*>(out.data()), d))
        return out;
    return d.toString(Qt::ISODate);
}

QString isoDateTime(const QDateTime& t) {
    if (t.isValid())
        if (QString s = dateAndTime(t.date(), t.time()); !s.isNull())
            return s;
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QString isoText(const QDateTime& t) {
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        if (QString s = dateAndTime(t.date(), t.time()); !s.isNull())
            return s;
    return t.toString(Qt::ISODate);
}

} // namespace houqin::valuefmt
