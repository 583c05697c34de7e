#pragma once

#include "RecordCsv.h"

#include <QString>

namespace houqin::io {

// Record files in the formats people have: CSV (any encoding of TextDecoding.h) and .xlsx workbooks.

enum class FileFormat { Csv, Xlsx };

// By the file name: ".xlsx" (any case) is a workbook, anything else CSV. For choosing how to export.
FileFormat formatForPath(const QString& path);

// The export as an .xlsx workbook of one sheet named after the kind: the same header as exportCsv (labels,
// or keys with options.keys), dates and date-times as date cells, numbers as numbers (money in yuan with
// two decimals, or whole fen with keys), everything else as text cells (never formulas).
Result<QByteArray> exportXlsx(const RecordRepository& repo, const ExportOptions& options);

// exportCsvFile or an .xlsx by formatForPath(path), written through OutputFile.
Status exportFile(const RecordRepository& repo, const ExportOptions& options, const QString& path);

// Reads the file and imports it like importCsv. The content decides the format, whatever the name says:
// a zip archive is read as an .xlsx workbook (its first sheet, or the sheet named `sheet`), an old .xls
// workbook is refused with what to do, anything else is CSV. A sheet name given for a CSV file is a
// problem of the file. An unreadable file is an Error.
Result<ImportResult> importFile(RecordRepository& repo, const QString& path, const Actor& who,
                                const ImportOptions& options = {}, const QString& sheet = {});

} // namespace houqin::io
