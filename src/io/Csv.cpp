#include "Csv.h"

#include "TextDecoding.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace houqin::io {

namespace {

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
    QChar separator = QLatin1Char(',');

    // complete = false for a prefix: the record being read at its end is left open, so row names it.
    void run(const QString& text, bool complete = true) {
        QStringList record;
        QString cell;
        bool cellStarted = false; // a quote opens a quoted cell only as the cell's first character
        auto endCell = [&] {
            record << unguardFormula(cell);
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
            } else if (c == separator) {
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

// Excel's "Unicode Text" (UTF-16) and some exports separate cells by tabs: a first line with tabs and no
// comma is read that way.
QChar separatorOf(const QString& text) {
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    const QStringView first = QStringView(text).left(end < 0 ? text.size() : end);
    return first.contains(QLatin1Char('\t')) && !first.contains(QLatin1Char(',')) ? QLatin1Char('\t')
                                                                                  : QLatin1Char(',');
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
        out += quoted(guardFormula(cells.at(i)));
    }
    out += QStringLiteral("\r\n");
}

} // namespace

Result<CsvTable> parseCsv(const QByteArray& raw, CsvFault* fault) {
    if (raw.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return fail({0, QCoreApplication::translate("Csv", "This is an Excel 97-2003 workbook (.xls), which "
                                                           "Houqin cannot read. Open it in Excel or WPS and "
                                                           "save it as .xlsx or as \"CSV UTF-8\".")},
                    fault);
    const DecodedText decoded = decodeText(raw);
    if (!decoded.ok) {
        Scan prefix;
        prefix.separator = separatorOf(decoded.text);
        prefix.run(decoded.text, false);
        return fail({prefix.row, decoded.reason}, fault);
    }
    Scan scan;
    scan.separator = separatorOf(decoded.text);
    scan.run(decoded.text);
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

namespace {
bool isTrigger(QChar c) {
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
           c == QLatin1Char('\t') || c == QLatin1Char('\r');
}
// Apostrophes, then a character that makes a spreadsheet read a formula.
bool apostrophesThenTrigger(const QString& cell) {
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == QLatin1Char('\''))
        ++i;
    return i < cell.size() && isTrigger(cell.at(i));
}
} // namespace

QString guardFormula(const QString& cell) {
    static const QRegularExpression plainNumber(QStringLiteral("^[+-]?[0-9]+(\\.[0-9]+)?$"));
    if (!apostrophesThenTrigger(cell) || plainNumber.match(cell).hasMatch())
        return cell;
    return QLatin1Char('\'') + cell;
}

QString unguardFormula(const QString& cell) {
    if (cell.startsWith(QLatin1Char('\'')) && apostrophesThenTrigger(cell))
        return cell.mid(1);
    return cell;
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
