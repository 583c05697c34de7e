#pragma once

#include "CsvColumns.h"
#include "RecordCsv.h"
#include "domain/ValueFormat.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QVariantMap>

// Internal to houqin_io: what the import engine (ImportEngine.cpp) reads from the cells of one row.
namespace houqin::io::detail {

// Keeps the first ImportResult::kMaxListed problems and counts the rest.
struct CappedProblems {
    QList<ImportProblem> list;
    int more = 0;
    CappedProblems& operator<<(ImportProblem p) {
        if (list.size() < ImportResult::kMaxListed)
            list << std::move(p);
        else
            ++more;
        return *this;
    }
    bool isEmpty() const { return list.isEmpty(); }
};

// A column headed by its key holds canonical values (what an export with keys writes). For most types
// valuefmt::parse reads canonical text as well as typed text; money is the exception, in fen, not yuan.
valuefmt::Parsed parseCell(const CsvColumn& c, const QString& text);

// Parses the cells of one row that belong to the record (line = false) or to its line (line = true) into
// `into`; a cell that does not parse is a problem and its field goes into `unreadable`. A cell holding a
// masked value as a list export writes it (FieldDef::isMasked) is not read: its field goes into `masked`
// with the cell's text, and stays out of the record. Returns whether any of those cells had text.
bool readCells(const CsvColumns& cols, const QStringList& cells, bool line,
               const KindergartenSettings& settings, int row, Record& into, QSet<QString>& unreadable,
               QHash<QString, QString>& masked, CappedProblems& problems);

// The cells of the check columns (derived fields checked on import), parsed as their fields; an empty cell
// checks nothing.
QVariantMap readChecks(const CsvColumns& cols, const QStringList& cells, int row, CappedProblems& problems);

// A check column whose value differs from the one derived from the record's other columns is a problem.
void compareChecks(const RecordKind& kind, const CsvColumns& cols, const Record& r,
                   const QVariantMap& checked, const RuleContext& ctx, int row, CappedProblems& problems);

// The record's cells of a row, as one text: rows without a record ID that share it are one record.
QString recordCellsKey(const CsvColumns& cols, const QStringList& cells);

} // namespace houqin::io::detail
