#pragma once

#include <QByteArray>
#include <QString>

namespace houqin::io {

// The encodings a spreadsheet saved as "CSV" arrives in on a Chinese office PC.
enum class TextEncoding {
    Utf8,    // with or without a byte order mark
    Utf16LE, // with a byte order mark (Excel's "Unicode Text")
    Utf16BE, // with a byte order mark
    Gb18030, // GBK and GB2312 are subsets: what Excel and WPS write as plain "CSV" on Chinese Windows
};

struct DecodedText {
    TextEncoding encoding = TextEncoding::Utf8;
    bool ok = true;
    // The whole text when ok; otherwise the text before the first byte that is not text, so the caller
    // can say on which line or row it lies.
    QString text;
    QString reason; // translated, when !ok
};

// Detects the encoding without asking: a byte order mark decides (UTF-8, UTF-16 LE/BE); without one the
// bytes are UTF-8 when they are valid UTF-8 and GB18030 otherwise, with two exceptions where each reading
// is valid: (1) valid UTF-8 with no CJK character (no sequence of 3 or more bytes) whose every 2-byte
// sequence is a GB2312 hanzi code (lead 0xB0-0xF7, trail 0xA1-0xFE) is GB18030: a short GBK text such
// as "小" (D0 A1) is also valid UTF-8 ("С"), while Chinese in UTF-8 always takes three bytes a character;
// (2) bytes that are valid GB18030 but not valid UTF-8 are still damaged UTF-8 when more of them belong to
// valid 3- or 4-byte UTF-8 sequences than are invalid (a UTF-8 file with one broken byte reads as GB18030
// mojibake; real GBK text almost never forms valid 3-byte UTF-8). NUL bytes are not text in either.
DecodedText decodeText(const QByteArray& data);

} // namespace houqin::io
