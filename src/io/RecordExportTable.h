#pragma once

#include "RecordCsv.h"

#include <QList>
#include <QStringList>
#include <QVariant>

// Internal to houqin_io: what an export holds, before it becomes a CSV or an XLSX file.
namespace houqin::io::detail {

struct ExportTable {
    QList<const FieldDef*>
        fields;               // of each column: idField(), the record's and lines' stored fields, derived
    QStringList header;       // labels, or keys with options.keys
    QList<QVariantList> rows; // canonical values (the id column: its text)
    int records = 0;          // records exported (a record with lines has a row per line)
};

// The record identity first, every stored field in declaration order, then every derived field; one row
// per record, or per line for a kind with item lines. Checks the export permission; the caller writes the
// audit entry with its format.
Result<ExportTable> exportTable(const RecordRepository& repo, const ExportOptions& options);

} // namespace houqin::io::detail
