#include "KindRegister.h"

#include "RecordCells.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

namespace houqin::reports {

Result<TableDocument> buildRegister(Database& db, const Period& period, const RegisterSpec& spec,
                                    const char* where) {
    if (period.kind == Period::Kind::None || !period.from.isValid() || !period.to.isValid())
        return Error::make(Error::Code::Usage, spec.needsPeriod, QString::fromLatin1(where));
    ListQuery q;
    q.from = period.from;
    q.to = period.to;
    q.sortField = spec.kind->dateField;
    q.sortDescending = false;
    const auto records = RecordRepository(db, *spec.kind).list(q);
    if (!records)
        return records.error();
    TableDocument doc;
    doc.kindergarten = db.settings().name;
    doc.title = spec.title;
    doc.subtitleLines << period.label();
    doc.columns = columnsFor(*spec.kind, spec.columns);
    for (TableDocument::Column& c : doc.columns)
        c.stretch = qMax(c.stretch, spec.minStretch);
    if (spec.wideColumn >= 0 && spec.wideColumn < doc.columns.size())
        doc.columns[spec.wideColumn].stretch = 5;
    RuleContext ctx = db.ruleContext();
    if (spec.adjustContext)
        spec.adjustContext(ctx, period);
    for (const Record& r : *records)
        doc.rows << rowCells(*spec.kind, r, spec.columns, ctx);
    doc.footnote = records->isEmpty() ? spec.empty : spec.summary ? spec.summary(*records, ctx) : QString();
    doc.signatureLines = spec.signatures;
    doc.orientation = spec.orientation;
    return doc;
}

} // namespace houqin::reports
