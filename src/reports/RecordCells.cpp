#include "RecordCells.h"

#include "domain/ValueFormat.h"

#include <QCoreApplication>

namespace houqin::reports {

namespace {

// Relative column widths, by how long a field's text usually is.
int stretchOf(FieldType t) {
    switch (t) {
    case FieldType::LongText:
        return 5;
    case FieldType::Text:
    case FieldType::DateTime:
        return 3;
    case FieldType::Bool:
        return 1;
    default:
        return 2;
    }
}

Qt::Alignment alignmentOf(FieldType t) {
    switch (t) {
    case FieldType::Text:
    case FieldType::LongText:
        return Qt::AlignLeft;
    case FieldType::Integer:
    case FieldType::Money:
    case FieldType::Decimal:
        return Qt::AlignRight;
    default:
        return Qt::AlignHCenter;
    }
}

} // namespace

TableDocument::Column columnFor(const FieldDef& f) {
    TableDocument::Column c;
    c.title = f.unit.isEmpty()
                  ? f.displayLabel()
                  //: A column heading with its unit: %1 label, %2 unit. zh_CN "%1（%2）"
                  : QCoreApplication::translate("Reports", "%1 (%2)").arg(f.displayLabel(), f.unit);
    c.stretch = stretchOf(f.type);
    c.align = alignmentOf(f.type);
    return c;
}

QList<TableDocument::Column> columnsFor(const RecordKind& kind, const QStringList& keys) {
    QList<TableDocument::Column> out;
    for (const QString& key : keys)
        if (const FieldDef* f = kind.anyField(key))
            out << columnFor(*f);
    return out;
}

QStringList rowCells(const RecordKind& kind, const Record& record, const QStringList& keys,
                     const RuleContext& ctx) {
    const QVariantMap derived = kind.derived.isEmpty() ? QVariantMap() : deriveValues(kind, record, ctx);
    QStringList cells;
    for (const QString& key : keys) {
        const FieldDef* f = kind.anyField(key);
        if (!f)
            continue;
        const QVariant v = kind.field(key) ? record.value(key) : derived.value(key);
        cells << valuefmt::display(*f, v);
    }
    return cells;
}

} // namespace houqin::reports
