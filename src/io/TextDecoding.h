#pragma once

#include <QByteArray>
#include <QString>
#include <QStringDecoder>
#include <memory>

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

// What decodeText decides, found from the bytes given a chunk at a time, so that a file is looked at
// without being held whole (CsvStreamSource reads a file once through a TextDetector, then decodes it as
// it goes with decoderFor). The same rules and texts as decodeText.
struct TextDetection {
    TextEncoding encoding = TextEncoding::Utf8;
    int bom = 0; // bytes of the byte order mark at the start
    bool ok = true;
    qint64 end =
        0; // where the text ends: the size when ok, else the offset of the first byte that is not text
    QString reason; // translated, when !ok
};

class TextDetector {
public:
    TextDetector();
    ~TextDetector();
    TextDetector(const TextDetector&) = delete;
    TextDetector& operator=(const TextDetector&) = delete;
    // The next bytes, in order.
    void add(QByteArrayView bytes);
    // After the last bytes.
    TextDetection finish();

private:
    struct State;
    std::unique_ptr<State> m;
};

// A decoder for the encoding that keeps its state between calls, for text decoded a chunk at a time.
QStringDecoder decoderFor(TextEncoding encoding);

} // namespace houqin::io
