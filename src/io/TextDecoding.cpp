#include "TextDecoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace houqin::io {

namespace {

struct Utf8Scan {
    qsizetype firstInvalid = -1; // offset of the first byte that is not well-formed UTF-8, or -1
    qsizetype invalid = 0;       // bytes where a sequence could not start (each skipped by one byte)
    qsizetype long3 = 0;         // bytes in valid sequences of 3 or 4 bytes (CJK and beyond)
    qsizetype two = 0;           // valid 2-byte sequences
    bool twoAreHanzi = true;     // every 2-byte sequence is also a GB2312 hanzi code
};

// Length of the well-formed UTF-8 sequence at p[i] (overlong forms, surrogates and code points above
// U+10FFFF refused, NUL refused), or 0.
int utf8Sequence(const unsigned char* p, qsizetype i, qsizetype n) {
    const unsigned char c = p[i];
    if (c == 0)
        return 0;
    if (c < 0x80)
        return 1;
    int len = 0;
    unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0)
            lo = 0xA0; // overlong
        if (c == 0xED)
            hi = 0x9F; // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0)
            lo = 0x90; // overlong
        if (c == 0xF4)
            hi = 0x8F; // above U+10FFFF
    } else {
        return 0;
    }
    if (i + len > n || p[i + 1] < lo || p[i + 1] > hi)
        return 0;
    for (int k = 2; k < len; ++k)
        if (p[i + k] < 0x80 || p[i + k] > 0xBF)
            return 0;
    return len;
}

Utf8Scan scanUtf8(const QByteArray& data, qsizetype from) {
    const auto* p = reinterpret_cast<const unsigned char*>(data.constData());
    const qsizetype n = data.size();
    Utf8Scan s;
    for (qsizetype i = from; i < n;) {
        const int len = utf8Sequence(p, i, n);
        if (len == 0) {
            if (s.firstInvalid < 0)
                s.firstInvalid = i;
            ++s.invalid;
            ++i;
            continue;
        }
        if (len == 2) {
            ++s.two;
            s.twoAreHanzi = s.twoAreHanzi && p[i] >= 0xB0 && p[i] <= 0xF7 && p[i + 1] >= 0xA1;
        } else if (len >= 3) {
            s.long3 += len;
        }
        i += len;
    }
    return s;
}

// Offset of the first byte that does not belong to well-formed GB18030 (one byte 0x01-0x7F; two bytes
// 0x81-0xFE + 0x40-0x7E or 0x80-0xFE; four bytes 0x81-0xFE, 0x30-0x39, 0x81-0xFE, 0x30-0x39), or -1.
qsizetype firstInvalidGb18030(const QByteArray& data) {
    const auto* p = reinterpret_cast<const unsigned char*>(data.constData());
    const qsizetype n = data.size();
    auto in = [](unsigned char c, unsigned char lo, unsigned char hi) { return c >= lo && c <= hi; };
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        if (c == 0)
            return i;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (!in(c, 0x81, 0xFE) || i + 1 >= n)
            return i;
        const unsigned char t = p[i + 1];
        if (in(t, 0x40, 0x7E) || in(t, 0x80, 0xFE)) {
            i += 2;
        } else if (in(t, 0x30, 0x39) && i + 3 < n && in(p[i + 2], 0x81, 0xFE) && in(p[i + 3], 0x30, 0x39)) {
            i += 4;
        } else {
            return i;
        }
    }
    return -1;
}

// Offset (in bytes, from the start of the text after the BOM) of the first broken UTF-16 unit: an
// unpaired surrogate, a NUL, or an odd last byte; -1 when all is well.
qsizetype firstInvalidUtf16(const QByteArray& data, qsizetype from, bool bigEndian) {
    const auto* p = reinterpret_cast<const unsigned char*>(data.constData());
    const qsizetype n = data.size();
    auto unit = [&](qsizetype i) -> char16_t {
        return bigEndian ? char16_t((p[i] << 8) | p[i + 1]) : char16_t((p[i + 1] << 8) | p[i]);
    };
    for (qsizetype i = from; i < n;) {
        if (i + 1 >= n)
            return i;
        const char16_t u = unit(i);
        if (u == 0 || QChar::isLowSurrogate(u))
            return i;
        if (QChar::isHighSurrogate(u)) {
            if (i + 3 >= n || !QChar::isLowSurrogate(unit(i + 2)))
                return i;
            i += 4;
        } else {
            i += 2;
        }
    }
    return -1;
}

QString decodeWith(const char* codec, const QByteArray& bytes) {
    QStringDecoder decoder(codec);
    return decoder(bytes);
}

DecodedText failed(TextEncoding e, QString prefix, QString reason) {
    return {e, false, std::move(prefix), std::move(reason)};
}

QString saveAgain() {
    return QCoreApplication::translate("TextDecoding",
                                       "Save it again from Excel or WPS as \"CSV UTF-8\" and try again.");
}

} // namespace

DecodedText decodeText(const QByteArray& data) {
    if (data.startsWith("\xEF\xBB\xBF")) {
        const Utf8Scan u = scanUtf8(data, 3);
        if (u.firstInvalid < 0)
            return {TextEncoding::Utf8, true, QString::fromUtf8(data.constData() + 3, data.size() - 3), {}};
        return failed(TextEncoding::Utf8, QString::fromUtf8(data.constData() + 3, u.firstInvalid - 3),
                      QCoreApplication::translate(
                          "TextDecoding", "The file is UTF-8 text up to this row, where a byte is not "
                                          "UTF-8 (the file is damaged or mixes two encodings). ") +
                          saveAgain());
    }
    const bool le = data.startsWith("\xFF\xFE"), be = data.startsWith("\xFE\xFF");
    if (le || be) {
        const TextEncoding e = le ? TextEncoding::Utf16LE : TextEncoding::Utf16BE;
        const char* codec = le ? "UTF-16LE" : "UTF-16BE";
        const qsizetype bad = firstInvalidUtf16(data, 2, be);
        if (bad < 0)
            return {e, true, decodeWith(codec, data.mid(2)), {}};
        return failed(e, decodeWith(codec, data.mid(2, bad - 2)),
                      QCoreApplication::translate("TextDecoding",
                                                  "The file is UTF-16 text up to this row, where a character "
                                                  "is broken (the file is damaged or cut off). ") +
                          saveAgain());
    }
    const Utf8Scan u = scanUtf8(data, 0);
    const qsizetype gb = firstInvalidGb18030(data);
    if (u.firstInvalid < 0) {
        // (1) in TextDecoding.h: no CJK in the UTF-8 reading, only what also reads as common hanzi.
        if (gb < 0 && u.long3 == 0 && u.two > 0 && u.twoAreHanzi)
            return {TextEncoding::Gb18030, true, decodeWith("GB18030", data), {}};
        return {TextEncoding::Utf8, true, QString::fromUtf8(data), {}};
    }
    const bool damagedUtf8 = u.long3 > u.invalid; // (2) in TextDecoding.h
    if (gb < 0 && !damagedUtf8)
        return {TextEncoding::Gb18030, true, decodeWith("GB18030", data), {}};
    if (damagedUtf8)
        return failed(TextEncoding::Utf8, QString::fromUtf8(data.constData(), u.firstInvalid),
                      QCoreApplication::translate(
                          "TextDecoding", "The file is UTF-8 text up to this row, where a byte is not "
                                          "UTF-8 (the file is damaged or mixes two encodings). ") +
                          saveAgain());
    return failed(TextEncoding::Gb18030, decodeWith("GB18030", data.left(gb)),
                  QCoreApplication::translate("TextDecoding",
                                              "This row has a byte that is not text in UTF-8, UTF-16 or "
                                              "GB18030 (GBK): the file is damaged or is not a text file. ") +
                      saveAgain());
}

} // namespace houqin::io
