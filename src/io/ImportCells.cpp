// What the import engine reads from the cells of one row (ImportCells.h).
#include "ImportCells.h"

#include <QCoreApplication>

namespace houqin::io::detail {

// A column headed by its key holds canonical values (what an export with keys writes). For most types
// valuefmt::parse reads canonical text as well as typed text; money is the exception, in fen, not yuan.
valuefmt::Parsed parseCell(const CsvColumn& c, const QString& text) {
    if (c.byKey && c.field->type == FieldType::Money) {
        const QString s = valuefmt::normalise(text);
        if (s.isEmpty())
            return {};
        bool ok = false;
        const qint64 fen = s.toLongLong(&ok);
        if (!ok)
            return {{},
                    QCoreApplication::translate("RecordCsv", "\"%1\" is not a whole number of fen (a column "
                                                             "headed by its key, %2, holds money in fen).")
                        .arg(s, c.field->key)};
        return {QVariant::fromValue<qint64>(fen), {}};
    }
    return valuefmt::parse(*c.field, text);
}

// Parses the cells of one row that belong to the record (line = false) or to its line (line = true).
// A cell holding a masked value as a list export writes it (FieldDef::isMasked) is not read: its field is
// added to `masked` and left out of the record. Returns whether any of those cells had text.
bool readCells(const CsvColumns& cols, const QStringList& cells, bool line,
               const KindergartenSettings& settings, int row, Record& into, QSet<QString>& unreadable,
               QHash<QString, QString>& masked, CappedProblems& problems) {
    bool any = false;
    for (const FieldDef* f : line ? cols.missingLine : cols.missing)
        if (const QVariant v = importDefault(*f, settings); !v.isNull())
            into.set(f->key, v);
    for (const CsvColumn& c : cols.columns) {
        if (c.line != line)
            continue;
        const QString text = c.index < cells.size() ? cells.at(c.index) : QString();
        any = any || !text.trimmed().isEmpty();
        if (c.field->isMasked && c.field->isMasked(valuefmt::normalise(text))) {
            masked.insert(c.field->key, valuefmt::normalise(text));
            continue;
        }
        const valuefmt::Parsed p = parseCell(c, text);
        if (!p.ok()) {
            problems << ImportProblem{row, c.written, p.error};
            unreadable.insert(c.field->key);
        } else if (!p.value.isNull()) {
            into.set(c.field->key, p.value);
        } else if (c.field->required) {
            if (const QVariant v = importDefault(*c.field, settings); !v.isNull())
                into.set(c.field->key, v);
        }
    }
    return any;
}

// The cells of the check columns (derived fields checked on import), parsed as their fields; an empty cell
// checks nothing.
QVariantMap readChecks(const CsvColumns& cols, const QStringList& cells, int row, CappedProblems& problems) {
    QVariantMap out;
    for (const CsvColumn& c : cols.checks) {
        const valuefmt::Parsed p = parseCell(c, c.index < cells.size() ? cells.at(c.index) : QString());
        if (!p.ok())
            problems << ImportProblem{row, c.written, p.error};
        else if (!p.value.isNull())
            out.insert(c.field->key, p.value);
    }
    return out;
}

// A check column whose value differs from the one derived from the record's other columns.
void compareChecks(const RecordKind& kind, const CsvColumns& cols, const Record& r,
                   const QVariantMap& checked, const RuleContext& ctx, int row, CappedProblems& problems) {
    if (checked.isEmpty())
        return;
    const QVariantMap derived = deriveValues(kind, r, ctx);
    for (const CsvColumn& c : cols.checks) {
        const auto it = checked.constFind(c.field->key);
        if (it == checked.constEnd())
            continue;
        const QVariant expected = derived.value(c.field->key);
        if (valuefmt::canonical(*c.field, *it) != valuefmt::canonical(*c.field, expected))
            problems << ImportProblem{
                row, c.written,
                QCoreApplication::translate("RecordCsv",
                                            "The file says %1, but the row's other columns give %2.")
                    .arg(valuefmt::display(*c.field, *it),
                         expected.isNull() ? QCoreApplication::translate("RecordCsv", "nothing")
                                           : valuefmt::display(*c.field, expected))};
    }
}

QString recordCellsKey(const CsvColumns& cols, const QStringList& cells) {
    QStringList parts;
    for (const CsvColumn& c : cols.columns)
        if (!c.line)
            parts << (c.index < cells.size() ? cells.at(c.index).trimmed() : QString());
    return parts.join(QChar(0x1f));
}

} // namespace houqin::io::detail
