#pragma once

#include "RecordCsv.h"

#include <QList>
#include <QStringList>
#include <QVariant>
#include <functional>

// Internal to houqin_io: what an export holds, before it becomes a CSV or an XLSX file.
namespace houqin::io::detail {

struct ExportColumns {
    QList<const FieldDef*>
        fields;         // of each column: idField(), the record's and lines' stored fields, derived
    QStringList header; // labels, or keys with options.keys (see exportHeadings in CsvColumns.h)
};

// The record identity first, every stored field in declaration order, then every derived field; one row
// per record, or per line for a kind with item lines, of canonical values (the id column: its text).
// Checks the export permission, then gives `header` the columns and `row` each row as soon as it is made:
// records are read a chunk at a time (RecordRepository::forEach), so memory does not grow with the list.
// Every 256 records options.progress is told (records, total) and options.cancelled asked (true ends the
// export with an error of code Cancelled). Stops at the first error a callback returns; returns the
// number of records. The caller writes the audit entry with its format.
Result<qint64> forEachExportRow(const RecordRepository& repo, const ExportOptions& options,
                                const std::function<Status(const ExportColumns&)>& header,
                                const std::function<Status(const QVariantList&)>& row);

struct ExportTable : ExportColumns {
    QList<QVariantList> rows;
    int records = 0; // records exported (a record with lines has a row per line)
};

// All of forEachExportRow's rows in memory, for a format written whole (.xlsx).
Result<ExportTable> exportTable(const RecordRepository& repo, const ExportOptions& options);

} // namespace houqin::io::detail
