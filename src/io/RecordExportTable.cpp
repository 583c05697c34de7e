// The rows of an export of any kind: one row per record, or per line for a kind with item lines, the
// record's own and derived values repeated on each line's row.
#include "RecordExportTable.h"

#include "CsvColumns.h"
#include "RecordIds.h"
#include "storage/Database.h"
#include "storage/access/AccessCheck.h"

#include <QCoreApplication>

namespace houqin::io::detail {

Result<qint64> forEachExportRow(const RecordRepository& repo, const ExportOptions& options,
                                const std::function<Status(const ExportColumns&)>& header,
                                const std::function<Status(const QVariantList&)>& row) {
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
    ExportColumns columns;
    QList<bool> ofLine; // per column: a field of the lines
    columns.fields << &idField();
    ofLine << false;
    for (const QList<FieldDef>* fields : {&kind.fields, &lineKind.fields})
        for (const FieldDef& f : *fields) {
            columns.fields << &f;
            ofLine << (fields == &lineKind.fields);
        }
    for (const QList<DerivedDef>* derived : {&kind.derived, &lineKind.derived})
        for (const DerivedDef& d : *derived) {
            columns.fields << &d.field;
            ofLine << (derived == &lineKind.derived);
        }
    columns.header = exportHeadings(kind, columns.fields, ofLine, options.keys);
    if (Status s = header(columns); !s)
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
                failed = Error::make(Error::Code::Cancelled,
                                     QCoreApplication::translate(
                                         "RecordCsv", "The export was cancelled; no file was written."),
                                     QStringLiteral("exportRows"));
                return false;
            }
        }
        lineCtx.parent = &r;
        QVariantList own{recordIdText(repo.database(), r.id)};
        for (const FieldDef& f : kind.fields)
            own << r.value(f.key);
        const QVariantMap derived = deriveValues(kind, r, ctx);
        QVariantList ownDerived;
        for (const DerivedDef& d : kind.derived)
            ownDerived << derived.value(d.field.key);
        // One row per line; a record without lines still gets its row.
        const QList<Record> lines = r.lines.isEmpty() ? QList<Record>{Record()} : r.lines;
        for (const Record& line : lines) {
            QVariantList cells = own;
            for (const FieldDef& f : lineKind.fields)
                cells << line.value(f.key);
            cells << ownDerived;
            const QVariantMap lineDerived =
                kind.lines ? deriveValues(lineKind, line, lineCtx) : QVariantMap();
            for (const DerivedDef& d : lineKind.derived)
                cells << lineDerived.value(d.field.key);
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
    if (options.progress)
        options.progress(int(records), qMax(total, int(records)));
    return records;
}

Result<ExportTable> exportTable(const RecordRepository& repo, const ExportOptions& options) {
    ExportTable table;
    auto records = forEachExportRow(
        repo, options,
        [&table](const ExportColumns& columns) {
            static_cast<ExportColumns&>(table) = columns;
            return Status();
        },
        [&table](const QVariantList& row) {
            table.rows << row;
            return Status();
        });
    if (!records)
        return records.error();
    table.records = int(*records);
    return table;
}

} // namespace houqin::io::detail
