#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace houqin::io {

// RFC 4180 CSV as spreadsheets write it: UTF-8 with or without a BOM, LF or CRLF line ends, quoted cells
// with doubled quotes and embedded line breaks.
struct CsvTable {
    QStringList header;
    QList<QStringList> rows;
    // Spreadsheet row number of each entry of rows (the header is row 1), for error messages.
    QList<int> rowNumbers;
};

// Fails (Error::Code::Io) on text that is not valid UTF-8 or on an unterminated quote, naming the row.
// Blank lines are skipped.
Result<CsvTable> parseCsv(const QByteArray& data);
Result<CsvTable> readCsvFile(const QString& path);

// UTF-8 with a BOM (so Excel opens it with Chinese intact), CRLF line ends, quoting where needed.
QByteArray writeCsv(const QStringList& header, const QList<QStringList>& rows);

} // namespace houqin::io
