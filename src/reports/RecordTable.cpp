#include "RecordCells.h"
#include "ReportRegistry.h"
#include "domain/ValueFormat.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/access/AccessCheck.h"

#include <QCoreApplication>

namespace houqin::reports {

namespace {

// More columns than this do not fit across a portrait A4 page at a readable size.
constexpr int kPortraitMaxColumns = 7;

// What the list was narrowed to, so a printout says which records it holds.
QStringList describeQuery(const RecordKind& kind, const ListQuery& q) {
    QStringList lines;
    if (const FieldDef* df = kind.field(kind.dateField); df && (q.from.isValid() || q.to.isValid())) {
        const QString from = valuefmt::display(*df, q.from), to = valuefmt::display(*df, q.to);
        if (q.from.isValid() && q.to.isValid())
            //: A date range: %1 the date field's label. zh_CN "%1：%2 至 %3"
            lines << QCoreApplication::translate("Reports", "%1: %2 to %3").arg(df->displayLabel(), from, to);
        else if (q.from.isValid())
            lines << QCoreApplication::translate("Reports", "%1: from %2").arg(df->displayLabel(), from);
        else
            lines << QCoreApplication::translate("Reports", "%1: until %2").arg(df->displayLabel(), to);
    }
    QStringList conditions;
    if (!q.search.trimmed().isEmpty())
        conditions << QCoreApplication::translate("Reports", "Search: %1").arg(q.search.trimmed());
    if (const FilterDef* f = kind.filter(q.filter))
        conditions << QCoreApplication::translate("Reports", "Filter: %1").arg(trLabel(f->label));
    for (const auto& [key, value] : q.equals)
        if (const FieldDef* f = kind.anyField(key))
            conditions << QCoreApplication::translate("Reports", "%1: %2")
                              .arg(f->displayLabel(), valuefmt::display(*f, value));
    if (!conditions.isEmpty())
        lines << conditions.join(QStringLiteral("    "));
    return lines;
}

} // namespace

Result<TableDocument> recordTable(Database& db, const RecordKind& kind, const ListQuery& query) {
    if (Status s = accesscheck::require(db, kind, access::Action::Print); !s)
        return s.error();
    // A printout holds every matching record, not just the page the list has loaded so far.
    ListQuery all = query;
    all.limit = -1;
    all.offset = 0;
    const auto records = RecordRepository(db, kind).list(all);
    if (!records)
        return records.error();

    TableDocument doc;
    doc.kindergarten = db.settings().name;
    doc.title = kind.displayLabel();
    doc.subtitleLines = describeQuery(kind, query);
    const QStringList keys = kind.columns();
    doc.columns = columnsFor(kind, keys);
    const RuleContext ctx = db.ruleContext();
    for (const Record& r : *records)
        doc.rows << rowCells(kind, r, keys, ctx);
    doc.footnote = doc.rows.isEmpty()
                       ? QCoreApplication::translate("Reports", "No records.")
                       : QCoreApplication::translate("Reports", "Records: %1").arg(doc.rows.size());
    doc.orientation =
        doc.columns.size() > kPortraitMaxColumns ? QPageLayout::Landscape : QPageLayout::Portrait;
    if (Status s = accesscheck::auditExport(db, kind, doc.rows.size(), QStringLiteral("print")); !s)
        return s.error();
    doc.chainNote = chainNote(db);
    return doc;
}

} // namespace houqin::reports
