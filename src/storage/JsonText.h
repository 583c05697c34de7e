#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

namespace houqin::jsontext {

// Compact JSON text written straight into UTF-8 bytes, byte for byte as QJsonDocument::Compact writes the
// same values, without building a QJsonObject (each value of which becomes a QCborValue) and serialising
// it. The audit trail's JSON and the input of its hash chain are written this way once per record
// (issue #15); tests/storage/JsonTextTest compares every function with QJsonDocument's output.

// Appends s as a quoted JSON string: '"', '\\' and control characters escaped (\b \f \n \r \t, else
// \u00XX), everything else as UTF-8. A string with a surrogate (a character beyond the BMP, or a lone
// half, which QJsonDocument writes as \uXXXX) is handed to QJsonDocument itself: rare, and exactly as it
// writes it.
void appendString(QByteArray& out, QStringView s);
// The same for text that is already UTF-8 (valid, as this file and QJsonDocument write it).
void appendUtf8String(QByteArray& out, QByteArrayView utf8);

} // namespace houqin::jsontext
