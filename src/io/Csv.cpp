#include "Csv.h"

#include "RowSource.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace houqin::io {

namespace {

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
        out += quoted(guardFormula(cells.at(i)));
    }
    out += QStringLiteral("\r\n");
}

} // namespace

// One scanner for both: the whole text is the streaming reader's device (the fuzz target checks the two
// agree on every input, tests/fuzz).
Result<CsvTable> parseCsv(const QByteArray& raw, CsvFault* fault) {
    QBuffer buffer;
    buffer.setData(raw); // shared, not copied
    buffer.open(QIODevice::ReadOnly);
    CsvStreamSource source(buffer);
    CsvTable table;
    RowSource::Row row;
    if (source.header(row)) {
        table.header = row.cells;
        table.headerRow = row.number;
        while (source.next(row)) {
            table.rows << row.cells;
            table.rowNumbers << row.number;
        }
    }
    if (source.fault())
        return fail(*source.fault(), fault);
    return table;
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
