// CSV export of any kind: one row per record, or per line for a kind with item lines, the record's own and
// derived columns repeated on each line's row (import is in RecordCsv.cpp).
#include "Csv.h"
#include "CsvColumns.h"
#include "RecordCsv.h"
#include "RecordIds.h"
#include "domain/OutputFile.h"
#include "domain/ValueFormat.h"
#include "logging/Log.h"
#include "storage/Database.h"
#include "storage/access/AccessCheck.h"

namespace houqin::io {

namespace {
QString cellText(const FieldDef& f, const QVariant& v, bool keys) {
    return keys ? valuefmt::canonical(f, v) : valuefmt::display(f, v);
}
} // namespace

Result<QByteArray> exportCsv(const RecordRepository& repo, const ExportOptions& options) {
    const RecordKind& kind = repo.kind();
    if (Status s = accesscheck::require(repo.database(), kind, access::Action::Export); !s)
        return s.error();
    auto records = repo.list(options.query);
    if (!records)
        return records.error();
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
    const RuleContext ctx = repo.database().ruleContext();
    RuleContext lineCtx = ctx; // with the line's record as parent
    QList<QStringList> rows;
    rows.reserve(records->size());
    for (const Record& r : *records) {
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
            rows << cells;
        }
    }
    if (Status s = accesscheck::auditExport(repo.database(), kind, records->size(), QStringLiteral("csv"));
        !s)
        return s.error();
    return writeCsv(header, rows);
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
