#include "Csv.h"

#include <QCoreApplication>
#include <QFile>

namespace houqin::io {

namespace {

// Offset of the first byte that does not belong to well-formed UTF-8 (overlong forms, surrogates and
// code points above U+10FFFF included), or -1. Qt's decoder would silently substitute U+FFFD, and
// an import that turns a GBK file into replacement characters must not be written to the database.
qsizetype firstInvalidUtf8(const QByteArray& data) {
    const auto* p = reinterpret_cast<const unsigned char*>(data.constData());
    const qsizetype n = data.size();
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
            return i;
        }
        if (i + len > n || p[i + 1] < lo || p[i + 1] > hi)
            return i;
        for (int k = 2; k < len; ++k)
            if (p[i + k] < 0x80 || p[i + k] > 0xBF)
                return i;
        i += len;
    }
    return -1;
}

bool isBlank(const QStringList& record) {
    for (const QString& cell : record)
        if (!cell.trimmed().isEmpty())
            return false;
    return true;
}

// One pass of the CSV state machine. Also used on the valid prefix of a broken file, to say on which
// spreadsheet row the broken byte lies.
struct Scan {
    CsvTable table;
    bool headerSeen = false;
    int row = 1; // spreadsheet row of the record being read
    bool inQuotes = false;
    int quoteRow = 0; // row on which the open quote started

    // complete = false for a prefix: the record being read at its end is left open, so row names it.
    void run(const QString& text, bool complete = true) {
        QStringList record;
        QString cell;
        bool cellStarted = false; // a quote opens a quoted cell only as the cell's first character
        auto endCell = [&] {
            record << cell;
            cell.clear();
            cellStarted = false;
        };
        auto endRecord = [&] {
            endCell();
            if (!isBlank(record)) {
                if (!headerSeen) {
                    table.header = record;
                    table.headerRow = row;
                    headerSeen = true;
                } else {
                    table.rows << record;
                    table.rowNumbers << row;
                }
            }
            record.clear();
            ++row;
        };
        const qsizetype n = text.size();
        for (qsizetype i = 0; i < n; ++i) {
            const QChar c = text.at(i);
            if (inQuotes) {
                if (c == QLatin1Char('"')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                        cell += QLatin1Char('"');
                        ++i;
                    } else {
                        inQuotes = false;
                    }
                } else if (c == QLatin1Char('\r')) {
                    // A line break inside a cell is kept as LF whichever way the file ends its lines.
                    cell += QLatin1Char('\n');
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                        ++i;
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
                if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                    ++i;
            } else {
                // Text after a closing quote, or a quote inside an unquoted cell, is kept as written,
                // as spreadsheets do.
                cell += c;
                cellStarted = true;
            }
        }
        if (complete && !inQuotes && (cellStarted || !cell.isEmpty() || !record.isEmpty()))
            endRecord();
    }
};

Error fail(const CsvFault& f, CsvFault* out) {
    if (out)
        *out = f;
    const QString msg =
        f.row > 0 ? QCoreApplication::translate("Csv", "Row %1: %2").arg(f.row).arg(f.reason) : f.reason;
    return Error::make(Error::Code::Io, msg, QStringLiteral("parseCsv"));
}

QString quoted(const QString& cell) {
    static const QString special = QStringLiteral(",\"\r\n");
    bool needs = !cell.isEmpty() && (cell.front().isSpace() || cell.back().isSpace());
    for (qsizetype i = 0; !needs && i < cell.size(); ++i)
        needs = special.contains(cell.at(i));
    if (!needs)
        return cell;
    QString out = cell;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

void appendLine(QString& out, const QStringList& cells) {
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        out += quoted(cells.at(i));
    }
    out += QStringLiteral("\r\n");
}

} // namespace

Result<CsvTable> parseCsv(const QByteArray& raw, CsvFault* fault) {
    QByteArray data = raw;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    if (const qsizetype bad = firstInvalidUtf8(data); bad >= 0) {
        Scan prefix;
        prefix.run(QString::fromUtf8(data.constData(), bad), false);
        return fail({prefix.row,
                     QCoreApplication::translate("Csv", "The file is not UTF-8 text. In Excel, save it as "
                                                        "\"CSV UTF-8 (Comma delimited)\" and try again.")},
                    fault);
    }
    Scan scan;
    scan.run(QString::fromUtf8(data));
    if (scan.inQuotes)
        return fail({scan.quoteRow,
                     QCoreApplication::translate(
                         "Csv", "A quoted cell starts on this row but is never closed (a \" is missing).")},
                    fault);
    return std::move(scan.table);
}

Result<CsvTable> readCsvFile(const QString& path, CsvFault* fault) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const CsvFault f{
            0, QCoreApplication::translate("Csv", "Cannot read %1: %2").arg(path, file.errorString())};
        if (fault)
            *fault = f;
        return Error::make(Error::Code::Io, f.reason, QStringLiteral("readCsvFile"));
    }
    return parseCsv(file.readAll(), fault);
}

QByteArray writeCsv(const QStringList& header, const QList<QStringList>& rows) {
    QString text;
    appendLine(text, header);
    for (const QStringList& row : rows)
        appendLine(text, row);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QByteArray csvLine(const QStringList& cells) {
    QString text;
    appendLine(text, cells);
    return text.toUtf8();
}

} // namespace houqin::io
