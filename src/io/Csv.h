#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace houqin::io {

// RFC 4180 CSV as spreadsheets write it: UTF-8 with or without a BOM, LF, CRLF or CR line ends, quoted
// cells with doubled quotes and embedded line breaks.
struct CsvTable {
    QStringList header;
    QList<QStringList> rows;
    // Spreadsheet row number of each entry of rows (the header is row 1), for error messages. Blank rows
    // are skipped but still counted, so the numbers match what a spreadsheet shows.
    QList<int> rowNumbers;
    int headerRow = 1; // more than 1 only when blank lines come before the header
};

// Why a text is not CSV, and on which spreadsheet row (0 = the file as a whole).
struct CsvFault {
    int row = 0;
    QString reason; // translated
};

// Fails (Error::Code::Io) on text that is not valid UTF-8 or on an unterminated quote, naming the row;
// *fault, when given, receives the row and the reason apart (import lists them like any other problem).
// Blank lines, and lines of only empty cells (",,,", as spreadsheets write cleared rows), are skipped.
// Cells are returned as written (not trimmed); a quoted line break CRLF becomes LF.
Result<CsvTable> parseCsv(const QByteArray& data, CsvFault* fault = nullptr);
Result<CsvTable> readCsvFile(const QString& path, CsvFault* fault = nullptr);

// UTF-8 with a BOM (so Excel opens it with Chinese intact), CRLF line ends, quoting where needed.
QByteArray writeCsv(const QStringList& header, const QList<QStringList>& rows);
// The same a row at a time, for a file written as its rows are read: the BOM first, then each row's line.
inline constexpr char kCsvBom[] = "\xEF\xBB\xBF";
QByteArray csvLine(const QStringList& cells);

} // namespace houqin::io
