// CSV export of any kind (import is in ImportEngine.cpp): the rows of the export table (RecordExportTable.h)
// as text, display values or, with keys, canonical ones, each written as it is made, so memory does not
// grow with the list.
#include "Csv.h"
#include "RecordCsv.h"
#include "RecordExportTable.h"
#include "domain/OutputFile.h"
#include "domain/ValueFormat.h"
#include "logging/Log.h"
#include "storage/Database.h"
#include "storage/access/AccessCheck.h"

#include <QBuffer>
#include <QCoreApplication>

namespace houqin::io {

namespace {
QString cellText(const FieldDef& f, const QVariant& v, bool keys) {
    return keys ? valuefmt::canonical(f, v) : valuefmt::display(f, v);
}
} // namespace

Result<qint64> exportRows(const RecordRepository& repo, const ExportOptions& options,
                          const std::function<Status(const QStringList&)>& row) {
    QList<const FieldDef*> fields;
    auto records = detail::forEachExportRow(
        repo, options,
        [&](const detail::ExportColumns& columns) {
            fields = columns.fields;
            return row(columns.header);
        },
        [&](const QVariantList& values) {
            QStringList cells;
            cells.reserve(values.size());
            for (qsizetype c = 0; c < values.size(); ++c)
                cells << cellText(*fields.at(c), values.at(c), options.keys);
            return row(cells);
        });
    if (!records)
        return records.error();
    if (Status s = accesscheck::auditExport(repo.database(), repo.kind(), *records, QStringLiteral("csv"));
        !s)
        return s.error();
    return *records;
}

Result<QByteArray> exportCsv(const RecordRepository& repo, const ExportOptions& options) {
    QByteArray out(kCsvBom);
    auto rows = exportRows(repo, options, [&out](const QStringList& cells) {
        out += csvLine(cells);
        return Status();
    });
    if (!rows)
        return rows.error();
    return out;
}

Status exportCsvFile(const RecordRepository& repo, const ExportOptions& options, const QString& path) {
    // OutputFile: a regular file is replaced whole or not at all; a device or FIFO is written in place.
    OutputFile file(path);
    if (Status s = file.open(); !s)
        return s;
    QByteArray pending(kCsvBom);
    constexpr qsizetype kFlushAt = 64 * 1024;
    auto rows = exportRows(repo, options, [&](const QStringList& cells) {
        pending += csvLine(cells);
        if (pending.size() < kFlushAt)
            return Status();
        Status s = file.write(pending);
        pending.clear();
        return s;
    });
    Status s = rows ? file.write(pending) : Status(rows.error());
    if (s)
        s = file.commit();
    if (!s) {
        file.cancel();
        if (s.error().code != Error::Code::Cancelled)
            log::get("io")->warn("export of {} failed: {}", log::s(repo.kind().key),
                                 log::s(s.error().message));
        return s;
    }
    log::get("io")->info("exported {} records of {} to {}", *rows, log::s(repo.kind().key), log::s(path));
    return {};
}

} // namespace houqin::io
