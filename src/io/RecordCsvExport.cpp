// CSV export of any kind: one row per record, or per line for a kind with item lines, the record's own and
// derived columns repeated on each line's row (import is in ImportEngine.cpp). Rows are made and written as
// the records are read, so memory does not grow with the list.
#include "Csv.h"
#include "CsvColumns.h"
#include "RecordCsv.h"
#include "RecordIds.h"
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

Error cancelledExport() {
    return Error::make(
        Error::Code::Cancelled,
        QCoreApplication::translate("RecordCsv", "The export was cancelled; no file was written."),
        QStringLiteral("exportRows"));
}
} // namespace

Result<qint64> exportRows(const RecordRepository& repo, const ExportOptions& options,
                          const std::function<Status(const QStringList&)>& row) {
    const RecordKind& kind = repo.kind();
    if (Status s = accesscheck::require(repo.database(), kind, access::Action::Export); !s)
        return s.error();
    int total = 0;
    if (options.progress) {
        ListQuery all = options.query;
        all.limit = -1;
        all.offset = 0;
        auto n = repo.count(all);
        if (!n)
            return n.error();
        total = int(options.query.limit >= 0 ? qMin<qint64>(*n, options.query.limit) : *n);
    }
    static const RecordKind kNoLines;
    const RecordKind& lineKind = kind.lines ? *kind.lines : kNoLines;
    // Record fields, line fields, then what is derived from each.
    QStringList header{options.keys ? detail::idField().key : detail::idField().displayLabel()};
    for (const QList<FieldDef>* fields : {&kind.fields, &lineKind.fields})
        for (const FieldDef& f : *fields)
            header << (options.keys ? f.key : f.displayLabel());
    for (const QList<DerivedDef>* derived : {&kind.derived, &lineKind.derived})
        for (const DerivedDef& d : *derived)
            header << (options.keys ? d.field.key : d.field.displayLabel());
    if (Status s = row(header); !s)
        return s.error();
    const RuleContext ctx = repo.database().ruleContext();
    RuleContext lineCtx = ctx; // with the line's record as parent
    qint64 records = 0;
    std::optional<Error> failed;
    const Status read = repo.forEach(options.query, [&](const Record& r) {
        if (++records % 256 == 0) {
            if (options.progress)
                options.progress(int(records), total);
            if (options.cancelled && options.cancelled()) {
                failed = cancelledExport();
                return false;
            }
        }
        lineCtx.parent = &r;
        QStringList own{detail::recordIdText(repo.database(), r.id)};
        for (const FieldDef& f : kind.fields)
            own << cellText(f, r.value(f.key), options.keys);
        const QVariantMap derived = deriveValues(kind, r, ctx);
        QStringList ownDerived;
        for (const DerivedDef& d : kind.derived)
            ownDerived << cellText(d.field, derived.value(d.field.key), options.keys);
        // One row per line; a record without lines still gets its row.
        const QList<Record> lines = r.lines.isEmpty() ? QList<Record>{Record()} : r.lines;
        for (const Record& line : lines) {
            QStringList cells = own;
            for (const FieldDef& f : lineKind.fields)
                cells << cellText(f, line.value(f.key), options.keys);
            cells << ownDerived;
            const QVariantMap lineDerived =
                kind.lines ? deriveValues(lineKind, line, lineCtx) : QVariantMap();
            for (const DerivedDef& d : lineKind.derived)
                cells << cellText(d.field, lineDerived.value(d.field.key), options.keys);
            if (Status s = row(cells); !s) {
                failed = s.error();
                return false;
            }
        }
        return true;
    });
    if (!read)
        return read.error();
    if (failed)
        return *failed;
    if (Status s = accesscheck::auditExport(repo.database(), kind, records, QStringLiteral("csv")); !s)
        return s.error();
    if (options.progress)
        options.progress(int(records), qMax(total, int(records)));
    return records;
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
