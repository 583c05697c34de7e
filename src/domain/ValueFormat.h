#pragma once

#include "FieldDef.h"

#include <QString>
#include <QVariant>

namespace houqin {

// Converting canonical values to and from text. Used by storage (SQL values), io (CSV cells), reports and
// the GUI, so a value looks the same everywhere.
namespace valuefmt {

// Display text in the current language: choice labels translated, dates yyyy-MM-dd, times HH:mm,
// decimals with the field's digits, money as yuan with two decimals.
QString display(const FieldDef& f, const QVariant& v);

// Stable text independent of language: choice keys, ISO dates (yyyy-MM-dd, yyyy-MM-ddTHH:mm:ss),
// numbers with '.', money in fen, bools as 1/0.
QString canonical(const FieldDef& f, const QVariant& v);

// The SQL value for a canonical value (text for dates and times, integers, reals).
QVariant toSql(const FieldDef& f, const QVariant& v);
// Back from what SQLite returned.
QVariant fromSql(const FieldDef& f, const QVariant& sqlValue);

// Fast exact parsers of the stored forms "yyyy-MM-dd" and "yyyy-MM-ddTHH:mm[:ss]" (QDateTime::fromString
// with a format is ~30x slower, which showed in the list benchmark). Invalid on any other text.
QDate parseIsoDate(QStringView s);
QDateTime parseIsoDateTime(QStringView s);

} // namespace valuefmt

} // namespace houqin

namespace houqin::valuefmt {

struct Parsed {
    QVariant value; // canonical, null for an empty cell
    QString error;  // translated reason when the text is not a valid value; empty when ok
    bool ok() const { return error.isEmpty(); }
};

// Lenient parsing of what people and spreadsheets type: surrounding spaces, full-width digits and
// punctuation, dates as 2026-09-01, 2026/9/1, 2026.9.1 or 2026年9月1日, times as 11:30 or 11:30:00,
// date-times as a date and a time separated by a space or 'T'. Choices by key, English label,
// translated label or alias. Money in yuan (12.5 -> 1250 fen). Empty text gives a null value.
// Range, required and pattern checks are not done here; validateRecord does them.
Parsed parse(const FieldDef& f, const QString& text);

// Text as messages quote it: at most maxChars characters and an ellipsis, control and format characters
// (NUL, BEL, ESC, right-to-left overrides, zero-width spaces) shown as <U+XXXX>.
QString excerpt(const QString& text, int maxChars = 40);

// Full-width digits, letters and punctuation to ASCII, ideographic space to space, then trimmed.
QString normalise(const QString& text);

} // namespace houqin::valuefmt
