#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QString>

namespace houqin::jsontext {

namespace {

constexpr char kHex[] = "0123456789abcdef";

// One ASCII code unit at p, escaped as QJsonDocument escapes it; returns the end.
inline char* putAscii(char* p, char16_t u) {
    if (u >= 0x20 && u != u'"' && u != u'\\') {
        *p++ = char(u);
        return p;
    }
    *p++ = '\\';
    switch (u) {
    case u'"':
        *p++ = '"';
        break;
    case u'\\':
        *p++ = '\\';
        break;
    case 0x08:
        *p++ = 'b';
        break;
    case 0x0c:
        *p++ = 'f';
        break;
    case 0x0a:
        *p++ = 'n';
        break;
    case 0x0d:
        *p++ = 'r';
        break;
    case 0x09:
        *p++ = 't';
        break;
    default:
        *p++ = 'u';
        *p++ = '0';
        *p++ = '0';
        *p++ = kHex[(u >> 4) & 0xf];
        *p++ = kHex[u & 0xf];
    }
    return p;
}

// Room for n units written as up to 6 bytes each (\u00XX) and the quotes, at the end of out.
char* room(QByteArray& out, qsizetype n) {
    const qsizetype start = out.size();
    out.resize(start + 6 * n + 2);
    return out.data() + start;
}

} // namespace

void appendString(QByteArray& out, QStringView s) {
    const qsizetype start = out.size();
    char* p = room(out, s.size());
    *p++ = '"';
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            p = putAscii(p, u);
        } else if (u < 0x800) {
            *p++ = char(0xc0 | (u >> 6));
            *p++ = char(0x80 | (u & 0x3f));
        } else if (u < 0xd800 || u > 0xdfff) {
            *p++ = char(0xe0 | (u >> 12));
            *p++ = char(0x80 | ((u >> 6) & 0x3f));
            *p++ = char(0x80 | (u & 0x3f));
        } else {
            // A surrogate: QJsonDocument's own writing, ["…"] without the brackets.
            out.truncate(start);
            const QByteArray array =
                QJsonDocument(QJsonArray{QJsonValue(s.toString())}).toJson(QJsonDocument::Compact);
            out.append(QByteArrayView(array).sliced(1, array.size() - 2));
            return;
        }
    }
    *p++ = '"';
    out.truncate(p - out.constData());
}

void appendUtf8String(QByteArray& out, QByteArrayView utf8) {
    char* p = room(out, utf8.size());
    *p++ = '"';
    for (const char ch : utf8) {
        const auto b = static_cast<unsigned char>(ch);
        if (b >= 0x80)
            *p++ = ch; // UTF-8 continues as it is
        else
            p = putAscii(p, b);
    }
    *p++ = '"';
    out.truncate(p - out.constData());
}

} // namespace houqin::jsontext
