// The row sources of RowSource.h: a parsed CsvTable, and CSV read from a device a chunk at a time.
#include "RowSource.h"
#include "TextDecoding.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>
#include <QList>

namespace houqin::io {

bool CsvTableSource::header(Row& header) {
    header.cells = m_table.header;
    header.number = m_table.headerRow;
    return !m_table.header.isEmpty();
}

bool CsvTableSource::next(Row& row) {
    if (m_next >= m_table.rows.size())
        return false;
    row.cells = m_table.rows.at(m_next);
    row.number = m_table.rowNumbers.at(m_next);
    ++m_next;
    return true;
}

namespace {

constexpr qint64 kChunk = 64 * 1024;

bool isBlank(const QStringList& cells) {
    for (const QString& cell : cells)
        if (!cell.trimmed().isEmpty())
            return false;
    return true;
}

} // namespace

struct CsvStreamSource::State {
    QIODevice* device;
    std::unique_ptr<QBuffer> whole; // a sequential device's bytes, read whole to be read twice
    bool started = false;           // the encoding has been detected
    bool atEnd = false;
    TextDetection text;
    QStringDecoder decoder;
    qint64 start = 0;  // the device's position when the source was made
    qint64 read = 0;   // bytes read since start, byte order mark included
    QString firstLine; // decoded text until the first line end, by which the separator is chosen
    bool separatorKnown = false;
    QChar separator = QLatin1Char(',');
    QList<Row> ready; // complete rows not yet handed out
    qsizetype readyNext = 0;
    // The scanner, kept between chunks.
    QStringList record;
    QString cell;
    bool cellStarted = false; // a quote opens a quoted cell only as the cell's first character
    bool inQuotes = false;
    bool quoteInQuotes = false; // a '"' inside quotes: a doubled quote or the closing one, by the next char
    bool skipLf = false;        // the last character was a CR: an LF right after it belongs to it
    int row = 1;                // spreadsheet row of the record being read
    int quoteRow = 0;           // row on which the open quote started

    explicit State(QIODevice& d) : device(&d) {}

    // Detects the encoding by reading the device once (a chunk at a time), then goes back to the start.
    // False, with *fault, for an old .xls workbook.
    bool begin(std::optional<CsvFault>& fault) {
        if (device->isSequential()) {
            whole = std::make_unique<QBuffer>();
            whole->setData(device->readAll());
            whole->open(QIODevice::ReadOnly);
            device = whole.get();
        }
        start = device->pos();
        TextDetector detector;
        for (QByteArray bytes; !(bytes = device->read(kChunk)).isEmpty();) {
            if (read == 0 && bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
                fault =
                    CsvFault{0, QCoreApplication::translate(
                                    "Csv", "This is an Excel 97-2003 workbook (.xls), which Houqin cannot "
                                           "read. Open it in Excel or WPS and save it as .xlsx or as "
                                           "\"CSV UTF-8\".")};
                return false;
            }
            read += bytes.size();
            detector.add(bytes);
        }
        text = detector.finish();
        decoder = decoderFor(text.encoding);
        device->seek(start + text.bom);
        read = text.bom;
        return true;
    }
    // Decoded text, scanned once the separator is known: by the first line, as parseCsv chooses it.
    void take(const QString& decoded, bool last) {
        if (separatorKnown) {
            scan(decoded);
            return;
        }
        firstLine += decoded;
        const qsizetype end = firstLine.indexOf(QLatin1Char('\n'));
        if (end < 0 && !last)
            return;
        const QStringView first = QStringView(firstLine).left(end < 0 ? firstLine.size() : end);
        if (first.contains(QLatin1Char('\t')) && !first.contains(QLatin1Char(',')))
            separator = QLatin1Char('\t');
        separatorKnown = true;
        scan(firstLine);
        firstLine.clear();
    }

    void endCell() {
        record << unguardFormula(cell);
        cell.clear();
        cellStarted = false;
    }
    void endRecord() {
        endCell();
        if (!isBlank(record))
            ready << Row{record, row};
        record.clear();
        ++row;
    }
    void scan(const QString& text) {
        for (const QChar c : text) {
            if (skipLf) {
                skipLf = false;
                if (c == QLatin1Char('\n'))
                    continue;
            }
            if (quoteInQuotes) {
                quoteInQuotes = false;
                if (c == QLatin1Char('"')) {
                    cell += QLatin1Char('"');
                    continue;
                }
                inQuotes = false; // that quote closed the cell; c is read as outside quotes
            }
            if (inQuotes) {
                if (c == QLatin1Char('"')) {
                    quoteInQuotes = true;
                } else if (c == QLatin1Char('\r')) {
                    cell += QLatin1Char('\n'); // a line break in a cell is LF whichever way lines end
                    skipLf = true;
                } else {
                    cell += c;
                }
                continue;
            }
            if (c == QLatin1Char('"') && !cellStarted) {
                inQuotes = true;
                cellStarted = true;
                quoteRow = row;
            } else if (c == separator) {
                endCell();
            } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                endRecord();
                skipLf = c == QLatin1Char('\r');
            } else {
                // Text after a closing quote, or a quote inside an unquoted cell, is kept as written.
                cell += c;
                cellStarted = true;
            }
        }
    }
    void finish() {
        if (quoteInQuotes) { // the file ends with the closing quote
            quoteInQuotes = false;
            inQuotes = false;
        }
        if (!inQuotes && (cellStarted || !cell.isEmpty() || !record.isEmpty()))
            endRecord();
    }
};

CsvStreamSource::CsvStreamSource(QIODevice& device) : m(std::make_unique<State>(device)) {}
CsvStreamSource::~CsvStreamSource() = default;

qint64 CsvStreamSource::done() const {
    return m->device->isSequential() ? 0 : m->device->pos() - m->start;
}

qint64 CsvStreamSource::total() const {
    return m->device->isSequential() ? 0 : m->text.end;
}

bool CsvStreamSource::fill() {
    if (m->atEnd || m_fault)
        return false;
    if (!m->started) {
        if (!m->begin(m_fault))
            return false;
        m->started = true;
    }
    // Only the text is decoded: a file that stops being text stops being read there.
    const QByteArray bytes = m->device->read(qMin(kChunk, m->text.end - m->read));
    m->read += bytes.size();
    const bool last = bytes.isEmpty() || m->read >= m->text.end;
    m->take(m->decoder(bytes), last);
    if (!last)
        return true;
    m->atEnd = true;
    if (!m->text.ok) {
        // The record being read is left open, so its row is the one the bad byte is on.
        m_fault = CsvFault{m->row, m->text.reason};
        return false;
    }
    if (m->inQuotes && !m->quoteInQuotes) {
        m_fault = CsvFault{m->quoteRow, QCoreApplication::translate("Csv", "A quoted cell starts on this row "
                                                                           "but is never closed (a \" is "
                                                                           "missing).")};
        return false;
    }
    m->finish();
    return true;
}

bool CsvStreamSource::next(Row& row) {
    while (m->readyNext >= m->ready.size()) {
        m->ready.clear();
        m->readyNext = 0;
        if (!fill() && m->ready.isEmpty())
            return false;
    }
    row = std::move(m->ready[m->readyNext++]);
    return true;
}

bool CsvStreamSource::header(Row& header) {
    header = Row{};
    return next(header);
}

} // namespace houqin::io
