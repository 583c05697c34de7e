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

// The scanners below read bytes given a chunk at a time: each keeps the bytes at the end of a chunk that
// may begin a sequence (at most 3) for the next chunk, so they decide exactly as on the whole text.
constexpr qsizetype kLookAhead = 4; // the longest sequence of any of the encodings

struct Utf8Counter {
    Utf8Scan s;
    QByteArray carry;
    qint64 base = 0; // offset of carry's first byte in the file

    void feed(QByteArrayView bytes, bool last) {
        const QByteArray buf = carry + bytes.toByteArray();
        const auto* p = reinterpret_cast<const unsigned char*>(buf.constData());
        const qsizetype n = buf.size();
        qsizetype i = 0;
        while (i < n && (last || n - i >= kLookAhead)) {
            const int len = utf8Sequence(p, i, n);
            if (len == 0) {
                if (s.firstInvalid < 0)
                    s.firstInvalid = base + i;
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
        carry = buf.mid(i);
        base += i;
    }
};

// The first offset of bytes fed chunk by chunk where `step` finds no well-formed unit: step(p, i, n) is the
// length of the unit at p[i] (p has n bytes, and at least kLookAhead from i unless the input ends there), or
// 0. A unit cut by the chunk's end waits in `carry` for the next chunk.
template <typename Step> struct FirstInvalid {
    Step step;
    qint64 firstInvalid = -1;
    QByteArray carry;
    qint64 base = 0; // offset of carry's first byte in the file

    void feed(QByteArrayView bytes, bool last) {
        if (firstInvalid >= 0)
            return;
        const QByteArray buf = carry + bytes.toByteArray();
        const auto* p = reinterpret_cast<const unsigned char*>(buf.constData());
        const qsizetype n = buf.size();
        qsizetype i = 0;
        while (i < n && (last || n - i >= kLookAhead)) {
            const int len = step(p, i, n);
            if (len == 0) {
                firstInvalid = base + i;
                return;
            }
            i += len;
        }
        carry = buf.mid(i);
        base += i;
    }
};

// Well-formed GB18030: one byte 0x01-0x7F; two bytes 0x81-0xFE + 0x40-0x7E or 0x80-0xFE; four bytes
// 0x81-0xFE, 0x30-0x39, 0x81-0xFE, 0x30-0x39.
struct Gb18030Unit {
    int operator()(const unsigned char* p, qsizetype i, qsizetype n) const {
        auto in = [](unsigned char c, unsigned char lo, unsigned char hi) { return c >= lo && c <= hi; };
        const unsigned char c = p[i];
        if (c == 0)
            return 0;
        if (c < 0x80)
            return 1;
        if (!in(c, 0x81, 0xFE) || i + 1 >= n)
            return 0;
        const unsigned char t = p[i + 1];
        if (in(t, 0x40, 0x7E) || in(t, 0x80, 0xFE))
            return 2;
        if (in(t, 0x30, 0x39) && i + 3 < n && in(p[i + 2], 0x81, 0xFE) && in(p[i + 3], 0x30, 0x39))
            return 4;
        return 0;
    }
};
using Gb18030Checker = FirstInvalid<Gb18030Unit>;

// Well-formed UTF-16: no unpaired surrogate, no NUL, no odd last byte.
struct Utf16Unit {
    bool bigEndian = false;
    int operator()(const unsigned char* p, qsizetype i, qsizetype n) const {
        if (i + 1 >= n)
            return 0;
        auto unit = [&](qsizetype at) -> char16_t {
            return bigEndian ? char16_t((p[at] << 8) | p[at + 1]) : char16_t((p[at + 1] << 8) | p[at]);
        };
        const char16_t u = unit(i);
        if (u == 0 || QChar::isLowSurrogate(u))
            return 0;
        if (QChar::isHighSurrogate(u))
            return i + 3 < n && QChar::isLowSurrogate(unit(i + 2)) ? 4 : 0;
        return 2;
    }
};
using Utf16Checker = FirstInvalid<Utf16Unit>;

QString saveAgain() {
    return QCoreApplication::translate("TextDecoding",
                                       "Save it again from Excel or WPS as \"CSV UTF-8\" and try again.");
}

} // namespace

struct TextDetector::State {
    enum class Mode { Undecided, Utf8Bom, Utf16, NoBom } mode = Mode::Undecided;
    QByteArray head; // the first bytes, until there are enough to tell a byte order mark
    qint64 size = 0;
    Utf8Counter utf8;
    Gb18030Checker gb;
    Utf16Checker utf16;

    void decide() {
        QByteArray bytes = std::move(head);
        if (bytes.startsWith("\xEF\xBB\xBF")) {
            mode = Mode::Utf8Bom;
            utf8.base = 3;
            bytes.remove(0, 3);
        } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
            mode = Mode::Utf16;
            utf16.step.bigEndian = bytes.startsWith("\xFE\xFF");
            utf16.base = 2;
            bytes.remove(0, 2);
        } else {
            mode = Mode::NoBom;
        }
        feed(bytes, false);
    }
    void feed(QByteArrayView bytes, bool last) {
        if (mode == Mode::Utf16) {
            utf16.feed(bytes, last);
            return;
        }
        utf8.feed(bytes, last);
        if (mode == Mode::NoBom)
            gb.feed(bytes, last);
    }
};

TextDetector::TextDetector() : m(std::make_unique<State>()) {}
TextDetector::~TextDetector() = default;

void TextDetector::add(QByteArrayView bytes) {
    m->size += bytes.size();
    if (m->mode != State::Mode::Undecided) {
        m->feed(bytes, false);
        return;
    }
    m->head += bytes.toByteArray();
    if (m->head.size() >= 3)
        m->decide();
}

TextDetection TextDetector::finish() {
    if (m->mode == State::Mode::Undecided)
        m->decide();
    m->feed({}, true);
    const QString utf8Broken =
        QCoreApplication::translate("TextDecoding",
                                    "The file is UTF-8 text up to this row, where a byte is not "
                                    "UTF-8 (the file is damaged or mixes two encodings). ") +
        saveAgain();
    const Utf8Scan& u = m->utf8.s;
    if (m->mode == State::Mode::Utf8Bom) {
        if (u.firstInvalid < 0)
            return {TextEncoding::Utf8, 3, true, m->size, {}};
        return {TextEncoding::Utf8, 3, false, u.firstInvalid, utf8Broken};
    }
    if (m->mode == State::Mode::Utf16) {
        const TextEncoding e = m->utf16.step.bigEndian ? TextEncoding::Utf16BE : TextEncoding::Utf16LE;
        if (m->utf16.firstInvalid < 0)
            return {e, 2, true, m->size, {}};
        return {e, 2, false, m->utf16.firstInvalid,
                QCoreApplication::translate("TextDecoding",
                                            "The file is UTF-16 text up to this row, where a character "
                                            "is broken (the file is damaged or cut off). ") +
                    saveAgain()};
    }
    const qint64 gb = m->gb.firstInvalid;
    if (u.firstInvalid < 0) {
        // (1) in TextDecoding.h: no CJK in the UTF-8 reading, only what also reads as common hanzi.
        if (gb < 0 && u.long3 == 0 && u.two > 0 && u.twoAreHanzi)
            return {TextEncoding::Gb18030, 0, true, m->size, {}};
        return {TextEncoding::Utf8, 0, true, m->size, {}};
    }
    const bool damagedUtf8 = u.long3 > u.invalid; // (2) in TextDecoding.h
    if (gb < 0 && !damagedUtf8)
        return {TextEncoding::Gb18030, 0, true, m->size, {}};
    if (damagedUtf8)
        return {TextEncoding::Utf8, 0, false, u.firstInvalid, utf8Broken};
    return {TextEncoding::Gb18030, 0, false, gb,
            QCoreApplication::translate("TextDecoding",
                                        "This row has a byte that is not text in UTF-8, UTF-16 or "
                                        "GB18030 (GBK): the file is damaged or is not a text file. ") +
                saveAgain()};
}

QStringDecoder decoderFor(TextEncoding encoding) {
    switch (encoding) {
    case TextEncoding::Utf8:
        // As QString::fromUtf8: a second byte order mark after the one removed is kept as text.
        return QStringDecoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    case TextEncoding::Utf16LE:
        return QStringDecoder(QStringConverter::Utf16LE);
    case TextEncoding::Utf16BE:
        return QStringDecoder(QStringConverter::Utf16BE);
    case TextEncoding::Gb18030:
        break;
    }
    return QStringDecoder("GB18030");
}

DecodedText decodeText(const QByteArray& data) {
    TextDetector detector;
    detector.add(data);
    const TextDetection t = detector.finish();
    QStringDecoder decoder = decoderFor(t.encoding);
    QString text = decoder(QByteArrayView(data).sliced(t.bom, t.end - t.bom));
    return {t.encoding, t.ok, std::move(text), t.reason};
}

} // namespace houqin::io
