#pragma once

#include "Csv.h"

#include <QByteArray>
#include <QString>

namespace houqin::io {

// Reads one worksheet of an .xlsx workbook (Office Open XML, as Excel, WPS and LibreOffice save it) into the
// same table a CSV file gives: the first non-blank row is the header, rowNumbers are the row numbers the
// spreadsheet shows (a row may be missing: sparse sheets keep their numbers), and a row has one cell per
// column up to its last non-empty cell (a cell's reference, "D7", places it).
//
// Cells become the text a person would type: shared and inline strings as written (_x000D_ escapes
// decoded), numbers in at most 15 significant digits (12.5, 3), booleans TRUE/FALSE, error values as
// shown (#N/A), percentages as the number shown without its sign (0.5 formatted 0% is 50), and numbers
// whose number format shows a date or time (xlsxdates::shownAs) as 2026-09-01, 11:30 or
// 2026-09-01 11:30 (seconds only when not zero). No formula is evaluated: a formula cell gives its
// cached value. sheet: the sheet's name (exact, else ignoring case); empty = the first sheet.
// A file that is not a workbook, a damaged one or a missing sheet is refused like a broken CSV file.
Result<CsvTable> parseXlsx(const QByteArray& data, const QString& sheet = {}, CsvFault* fault = nullptr);

// Whether the bytes start like a zip archive (an .xlsx, whatever its file name says).
bool looksLikeZip(const QByteArray& data);

} // namespace houqin::io
