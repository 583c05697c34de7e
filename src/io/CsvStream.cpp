// The row sources of RowSource.h: a parsed CsvTable, and CSV read from a device a chunk at a time.
#include "RowSource.h"

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

// Length of the well-formed UTF-8 prefix of [p, p + n) (overlong forms, surrogates and code points above
// U+10FFFF are not well-formed), and in *incomplete whether what stops it is a sequence cut off by the end
// of the buffer (more bytes may complete it) rather than a bad byte.
qsizetype validUtf8Prefix(const unsigned char* p, qsizetype n, bool* incomplete) {
    *incomplete = false;
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            lo = c == 0xE0 ? 0xA0 : lo; // overlong
            hi = c == 0xED ? 0x9F : hi; // surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            lo = c == 0xF0 ? 0x90 : lo; // overlong
            hi = c == 0xF4 ? 0x8F : hi; // above U+10FFFF
        } else {
            return i;
        }
        for (int k = 1; k < len; ++k) {
            if (i + k >= n) {
                *incomplete = true;
                return i;
            }
            const unsigned char b = p[i + k];
            if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF))
                return i;
        }
        i += len;
    }
    return i;
}

bool isBlank(const QStringList& cells) {
    for (const QString& cell : cells)
        if (!cell.trimmed().isEmpty())
            return false;
    return true;
}

} // namespace

struct CsvStreamSource::State {
    QIODevice& device;
    QByteArray carry;     // the start of a UTF-8 sequence cut off by the end of the last chunk
    bool started = false; // the BOM, if any, has been looked at
    bool atEnd = false;
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

    explicit State(QIODevice& d) : device(d) {}

    void endCell() {
        record << cell;
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
            } else if (c == QLatin1Char(',')) {
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
    return m->device.isSequential() ? 0 : m->device.pos();
}

qint64 CsvStreamSource::total() const {
    return m->device.isSequential() ? 0 : m->device.size();
}

bool CsvStreamSource::fill() {
    if (m->atEnd || m_fault)
        return false;
    QByteArray bytes = m->carry + m->device.read(kChunk);
    m->carry.clear();
    if (!m->started) {
        if (bytes.size() < 3 && !m->device.atEnd()) {
            m->carry = bytes; // too short to tell whether a BOM begins it
            return true;
        }
        m->started = true;
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
    }
    const bool last = m->device.atEnd();
    bool incomplete = false;
    const qsizetype valid =
        validUtf8Prefix(reinterpret_cast<const unsigned char*>(bytes.constData()), bytes.size(), &incomplete);
    m->scan(QString::fromUtf8(bytes.constData(), valid));
    if (valid < bytes.size() && (!incomplete || last)) {
        // The record being read is left open, so its row is the one the bad byte is on.
        m_fault = CsvFault{m->row, QCoreApplication::translate(
                                       "Csv", "The file is not UTF-8 text. In Excel, save it as \"CSV UTF-8 "
                                              "(Comma delimited)\" and try again.")};
        return false;
    }
    m->carry = bytes.mid(valid);
    if (last) {
        m->atEnd = true;
        if (m->inQuotes && !m->quoteInQuotes) {
            m_fault =
                CsvFault{m->quoteRow, QCoreApplication::translate("Csv", "A quoted cell starts on this row "
                                                                         "but is never closed (a \" is "
                                                                         "missing).")};
            return false;
        }
        m->finish();
    }
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
