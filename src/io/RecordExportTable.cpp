// The rows of an export of any kind: one row per record, or per line for a kind with item lines, the
// record's own and derived values repeated on each line's row.
#include "RecordExportTable.h"

#include "RecordIds.h"
#include "storage/Database.h"
#include "storage/access/AccessCheck.h"

namespace houqin::io::detail {

Result<ExportTable> exportTable(const RecordRepository& repo, const ExportOptions& options) {
    const RecordKind& kind = repo.kind();
    if (Status s = accesscheck::require(repo.database(), kind, access::Action::Export); !s)
        return s.error();
    auto records = repo.list(options.query);
    if (!records)
        return records.error();
    static const RecordKind kNoLines;
    const RecordKind& lineKind = kind.lines ? *kind.lines : kNoLines;
    ExportTable table;
    table.records = int(records->size());
    // Record fields, line fields, then what is derived from each.
    table.fields << &idField();
    for (const QList<FieldDef>* fields : {&kind.fields, &lineKind.fields})
        for (const FieldDef& f : *fields)
            table.fields << &f;
    for (const QList<DerivedDef>* derived : {&kind.derived, &lineKind.derived})
        for (const DerivedDef& d : *derived)
            table.fields << &d.field;
    for (const FieldDef* f : table.fields)
        table.header << (options.keys ? f->key : f->displayLabel());
    const RuleContext ctx = repo.database().ruleContext();
    RuleContext lineCtx = ctx; // with the line's record as parent
    table.rows.reserve(records->size());
    for (const Record& r : *records) {
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
            table.rows << cells;
        }
    }
    return table;
}

} // namespace houqin::io::detail
