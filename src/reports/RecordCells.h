#pragma once

#include "TableDocument.h"
#include "domain/RecordKind.h"

#include <QStringList>

namespace houqin::reports {

// How a stored or derived field of a record kind appears in a printed table, so that every report and the
// generic printed list show a value the way the list pages and CSV export do (valuefmt::display).

// Column heading: the field's label, with its unit when it has one ("Weight (g)").
TableDocument::Column columnFor(const FieldDef& f);
// Columns for keys of kind (stored or derived); unknown keys are skipped, so keep keys and cells in step
// by passing the same list to rowCells().
QList<TableDocument::Column> columnsFor(const RecordKind& kind, const QStringList& keys);
// Display text of each key that columnsFor() kept, derived values computed with ctx.
QStringList rowCells(const RecordKind& kind, const Record& record, const QStringList& keys,
                     const RuleContext& ctx);

} // namespace houqin::reports
