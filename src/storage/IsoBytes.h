#pragma once

#include "domain/ValueFormat.h"

#include <QDate>
#include <QDateTime>
#include <QStringView>

// Stored dates and date-times are ISO text, ASCII of at most 19 bytes: read from SQLite's bytes by widening
// them on the stack for valuefmt's parsers, without making a QString (issue #15). Longer or missing text is
// no date.
namespace houqin::isobytes {

template <typename Parse>
auto parse(const unsigned char* text, qsizetype n, Parse parse) -> decltype(parse(QStringView())) {
    constexpr qsizetype kMax = 32;
    if (!text || n > kMax)
        return {};
    char16_t buf[kMax];
    for (qsizetype i = 0; i < n; ++i)
        buf[i] = char16_t(text[i]);
    return parse(QStringView(buf, n));
}

inline QDate date(const unsigned char* text, qsizetype n) {
    return parse(text, n, [](QStringView s) { return valuefmt::parseIsoDate(s); });
}

inline QDateTime dateTime(const unsigned char* text, qsizetype n) {
    return parse(text, n, [](QStringView s) { return valuefmt::parseIsoDateTime(s); });
}

} // namespace houqin::isobytes
