// CSV export of any kind (import is in RecordCsv.cpp): the export table as text, display values or, with
// keys, canonical ones.
#include "Csv.h"
#include "RecordCsv.h"
#include "RecordExportTable.h"
#include "domain/OutputFile.h"
#include "domain/ValueFormat.h"
#include "logging/Log.h"
#include "storage/Database.h"
#include "storage/access/AccessCheck.h"

namespace houqin::io {

Result<QByteArray> exportCsv(const RecordRepository& repo, const ExportOptions& options) {
    auto table = detail::exportTable(repo, options);
    if (!table)
        return table.error();
    QList<QStringList> rows;
    rows.reserve(table->rows.size());
    for (const QVariantList& values : table->rows) {
        QStringList cells;
        cells.reserve(values.size());
        for (qsizetype c = 0; c < values.size(); ++c) {
            const FieldDef& f = *table->fields.at(c);
            cells << (options.keys ? valuefmt::canonical(f, values.at(c))
                                   : valuefmt::display(f, values.at(c)));
        }
        rows << cells;
    }
    if (Status s =
            accesscheck::auditExport(repo.database(), repo.kind(), table->records, QStringLiteral("csv"));
        !s)
        return s.error();
    return writeCsv(table->header, rows);
}

Status exportCsvFile(const RecordRepository& repo, const ExportOptions& options, const QString& path) {
    auto data = exportCsv(repo, options);
    if (!data)
        return data.error();
    // OutputFile: a regular file is replaced whole or not at all; a device or FIFO is written in place.
    if (Status s = OutputFile::writeAll(path, *data); !s) {
        log::get("io")->warn("export of {} failed: {}", log::s(repo.kind().key), log::s(s.error().message));
        return s;
    }
    log::get("io")->info("exported {} to {}", log::s(repo.kind().key), log::s(path));
    return {};
}

} // namespace houqin::io
