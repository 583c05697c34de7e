// XLSX export of any kind: the export table with typed cells (the CSV export is RecordCsvExport.cpp).
#include "RecordExportTable.h"
#include "RecordFiles.h"
#include "XlsxWriter.h"
#include "domain/ValueFormat.h"
#include "storage/Database.h"
#include "storage/access/AccessCheck.h"

namespace houqin::io {

namespace {

// How a field's values go into a typed cell, and the value to write.
XlsxColumn columnFor(const FieldDef& f, const QString& heading, bool keys) {
    using T = XlsxColumn::Type;
    if (f.displayAs && !keys)
        return {heading, T::Text, -1}; // "还剩 47 小时 00 分": read as text
    switch (f.type) {
    case FieldType::Integer:
        return {heading, T::Number, 0};
    case FieldType::Decimal:
        return {heading, T::Number, f.decimals};
    case FieldType::Money:
        return {heading, T::Number, keys ? 0 : 2};
    case FieldType::Date:
        return {heading, T::Date, -1};
    case FieldType::DateTime:
        return {heading, T::DateTime, -1};
    case FieldType::Bool:
        return keys ? XlsxColumn{heading, T::Number, 0} : XlsxColumn{heading, T::Text, -1};
    default:
        return {heading, T::Text, -1};
    }
}

QVariant cellValue(const FieldDef& f, const XlsxColumn& column, const QVariant& v, bool keys) {
    if (v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty()))
        return {};
    switch (column.type) {
    case XlsxColumn::Type::Text:
        return keys ? valuefmt::canonical(f, v) : valuefmt::display(f, v);
    case XlsxColumn::Type::Number:
        if (f.type == FieldType::Money && !keys)
            return double(v.toLongLong()) / 100.0;
        if (f.type == FieldType::Bool)
            return v.toBool() ? 1.0 : 0.0;
        return v.toDouble();
    case XlsxColumn::Type::Date:
        return v.toDate();
    case XlsxColumn::Type::DateTime:
        return v.toDateTime();
    }
    return {};
}

} // namespace

Result<QByteArray> exportXlsx(const RecordRepository& repo, const ExportOptions& options) {
    auto table = detail::exportTable(repo, options);
    if (!table)
        return table.error();
    QList<XlsxColumn> columns;
    for (qsizetype c = 0; c < table->fields.size(); ++c)
        columns << columnFor(*table->fields.at(c), table->header.at(c), options.keys);
    QList<QVariantList> rows;
    rows.reserve(table->rows.size());
    for (const QVariantList& values : table->rows) {
        QVariantList cells;
        cells.reserve(values.size());
        for (qsizetype c = 0; c < values.size(); ++c)
            cells << cellValue(*table->fields.at(c), columns.at(c), values.at(c), options.keys);
        rows << cells;
    }
    if (Status s =
            accesscheck::auditExport(repo.database(), repo.kind(), table->records, QStringLiteral("xlsx"));
        !s)
        return s.error();
    return writeXlsx(options.keys ? repo.kind().key : repo.kind().displayLabel(), columns, rows);
}

} // namespace houqin::io
