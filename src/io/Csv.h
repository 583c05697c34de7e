#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace houqin::io {

// RFC 4180 CSV as spreadsheets write it: UTF-8 with or without a BOM, UTF-16 with a BOM, or GB18030/GBK
// (detected, see TextDecoding.h), LF, CRLF or CR line ends, quoted cells with doubled quotes and embedded
// line breaks; cells separated by commas, or by tabs when the first line has tabs and no comma.
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

// Fails (Error::Code::Io) on bytes that are text in none of those encodings, an old .xls workbook, or an
// unterminated quote, naming the row;
// *fault, when given, receives the row and the reason apart (import lists them like any other problem).
// Blank lines, and lines of only empty cells (",,,", as spreadsheets write cleared rows), are skipped.
// Cells are returned as written (not trimmed) but for unguardFormula; a quoted line break CRLF becomes LF.
Result<CsvTable> parseCsv(const QByteArray& data, CsvFault* fault = nullptr);
Result<CsvTable> readCsvFile(const QString& path, CsvFault* fault = nullptr);

// UTF-8 with a BOM (so Excel opens it with Chinese intact), CRLF line ends, quoting where needed, every
// cell through guardFormula.
QByteArray writeCsv(const QStringList& header, const QList<QStringList>& rows);
// The same a row at a time, for a file written as its rows are read: the BOM first, then each row's line.
inline constexpr char kCsvBom[] = "\xEF\xBB\xBF";
QByteArray csvLine(const QStringList& cells);

// Formula injection (OWASP "CSV injection"): a spreadsheet runs a cell that begins with =, +, -, @, a tab
// or a carriage return as a formula (=HYPERLINK(...), @SUM(1)). guardFormula puts one apostrophe before
// such a cell, and before a cell of apostrophes followed by such a character ("'=x" becomes "''=x"), so
// that unguardFormula, which removes the first apostrophe of exactly those cells, gives every text back
// unchanged. A plain number ("-3", "-12.50", "+5") is left alone: a spreadsheet reads it as the number,
// which runs nothing, and money and numbers must stay numbers.
QString guardFormula(const QString& cell);
QString unguardFormula(const QString& cell);

} // namespace houqin::io
