#pragma once

#include "RecordCsv.h"
#include "domain/RecordKind.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// Internal to houqin_io: how the header of an imported file maps onto a record kind's fields.
namespace houqin::io::detail {

struct CsvColumn {
    int index = 0;                   // position in the file
    QString written;                 // the heading as written (trimmed), for messages
    const FieldDef* field = nullptr; // the stored field it fills
    bool byKey = false;              // headed by the exact field key: values are canonical
    bool line = false;               // a field of the kind's item lines, not of the record
};

struct CsvColumns {
    QList<CsvColumn> columns; // stored fields only; derived and blank columns are left out
    QList<CsvColumn> checks;  // derived fields checkedOnImport: must equal the derived value
    // What each column fills -> the heading as written: a field key ("lines/" + key for a line's), "#id"
    // for the record ID, "=" + either for a derived field.
    QHash<QString, QString> headingFor;
    QList<const FieldDef*> missing;     // stored fields of the record with no column
    QList<const FieldDef*> missingLine; // stored fields of the lines with no column
    QList<ImportProblem> problems;      // of the header row; non-empty = do not read the rows
    int idColumn = -1;                  // the record identity column (see RecordIds.h), or -1

    // The heading a message about `fieldKey` (of the record, or of a line when line is true) should name:
    // as written in the file, else the label.
    QString heading(const RecordKind& kind, const QString& fieldKey, bool line = false) const;
};

// The value a missing column or an empty required cell takes: the field's default, or the campus when
// the kindergarten has only one (with two or more, guessing would file records under the wrong campus).
QVariant importDefault(const FieldDef& f, const KindergartenSettings& settings);

// The headings an export writes for `fields` (of the record, or of a line where `line` is true). With keys,
// the keys exactly as declared: a line field keyed like a field of its record ("note") is told apart by
// its position, as mapColumns reads a heading that names several columns in the order an export writes
// them. Else the labels in the current language; a line column whose label would also name a column of the
// record (its key, a label in either language, an alias) is headed "Line · label" (明细·备注), so that the
// file says which is which and a column moved or deleted in a spreadsheet is still read right.
QStringList exportHeadings(const RecordKind& kind, const QList<const FieldDef*>& fields,
                           const QList<bool>& line, bool keys);

// header: the file's first row; withValues: the columns without a heading that have a value on some row
// (a spreadsheet's trailing empty column is fine, one with values needs a heading). An import maps the
// header before reading the rows, so it passes them only once the rows are read.
CsvColumns mapColumns(const RecordKind& kind, const KindergartenSettings& settings, const QStringList& header,
                      const QSet<int>& withValues, int headerRow);

} // namespace houqin::io::detail
