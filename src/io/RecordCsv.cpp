#include "RecordCsv.h"

#include "Csv.h"
#include "CsvColumns.h"
#include "RecordIds.h"
#include "domain/OutputFile.h"
#include "domain/ValueFormat.h"
#include "logging/Log.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "storage/access/AccessCheck.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace houqin::io {

using detail::CsvColumn;
using detail::CsvColumns;
using detail::ParsedId;

namespace {

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

// What reading the rows found: the records to write, or the problems that stop the import. For a kind with
// item lines, rows with the same id (without id: consecutive rows with the same record cells) are one record
// with one line per row.
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

struct ReadRows {
    QList<Record> records;           // id > 0: an update of that stored record (merged with it)
    QList<int> rowNumbers;           // spreadsheet row of each record (its first row)
    QList<QList<int>> lineRows;      // spreadsheet row of each line of each record
    QList<QSet<QString>> unreadable; // per record: fields (and "lines/i/field") whose cell did not parse
    QList<QString> idCells;          // per record: its id cell as written, or empty
    QList<bool> unchanged;           // per record: an update that changes nothing
    QList<QVariantMap> checked;      // per record: the file's values of check columns (CsvColumns::checks)
    bool hasIds = false;
    CappedProblems problems, warnings;
    std::optional<Error> error; // a storage failure while looking up a record
};

// Parses the cells of one row that belong to the record (line = false) or to its line (line = true).
// Returns whether any of those cells had text.
bool readCells(const CsvColumns& cols, const QStringList& cells, bool line,
               const KindergartenSettings& settings, int row, Record& into, QSet<QString>& unreadable,
               CappedProblems& problems) {
    bool any = false;
    for (const FieldDef* f : line ? cols.missingLine : cols.missing)
        if (const QVariant v = detail::importDefault(*f, settings); !v.isNull())
            into.set(f->key, v);
    for (const CsvColumn& c : cols.columns) {
        if (c.line != line)
            continue;
        const QString text = c.index < cells.size() ? cells.at(c.index) : QString();
        any = any || !text.trimmed().isEmpty();
        const valuefmt::Parsed p = parseCell(c, text);
        if (!p.ok()) {
            problems << ImportProblem{row, c.written, p.error};
            unreadable.insert(c.field->key);
        } else if (!p.value.isNull()) {
            into.set(c.field->key, p.value);
        } else if (c.field->required) {
            if (const QVariant v = detail::importDefault(*c.field, settings); !v.isNull())
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

// Turns each row with an id of this database into an update of that record: the stored record with the
// file's columns (and lines, when the file has line columns) in place of its own. False on a storage error.
bool resolveIds(const RecordRepository& repo, const CsvColumns& cols, ReadRows& out) {
    const RecordKind& kind = repo.kind();
    const QString heading = cols.headingFor.value(QStringLiteral("#id"));
    bool hasLineColumns = false;
    for (const CsvColumn& c : cols.columns)
        hasLineColumns = hasLineColumns || c.line;
    for (qsizetype n = 0; n < out.records.size(); ++n) {
        const QString& cell = out.idCells.at(n);
        const int row = out.rowNumbers.at(n);
        const ParsedId id = detail::parseRecordId(repo.database(), cell);
        switch (id.kind) {
        case ParsedId::Kind::Empty:
            continue;
        case ParsedId::Kind::Malformed:
            out.problems << ImportProblem{
                row, heading,
                QCoreApplication::translate("RecordCsv", "\"%1\" is not a record ID (they look like "
                                                         "3f2a9c1e-1207). Leave the cell empty to add the "
                                                         "row as a new record.")
                    .arg(valuefmt::excerpt(cell))};
            continue;
        case ParsedId::Kind::OtherDatabase:
            out.problems << ImportProblem{
                row, heading,
                QCoreApplication::translate("RecordCsv",
                                            "The record ID %1 belongs to another database: this file was "
                                            "exported from a different Houqin file, so it cannot update "
                                            "records here. Import it as new records instead.")
                    .arg(valuefmt::excerpt(cell))};
            continue;
        case ParsedId::Kind::Ours:
            break;
        }
        auto stored = repo.get(id.id);
        if (!stored) {
            if (stored.error().code != Error::Code::NotFound) {
                out.error = stored.error();
                return false;
            }
            out.problems << ImportProblem{
                row, heading,
                QCoreApplication::translate("RecordCsv",
                                            "There is no record with ID %1 in %2 (it may have been "
                                            "deleted). Leave the cell empty to add the row as a new record.")
                    .arg(valuefmt::excerpt(cell), kind.displayLabel())};
            continue;
        }
        const Record& read = out.records.at(n);
        Record merged = *stored;
        for (const CsvColumn& c : cols.columns)
            if (!c.line) {
                if (const QVariant v = read.value(c.field->key); v.isNull())
                    merged.values.remove(c.field->key);
                else
                    merged.set(c.field->key, v);
            }
        if (hasLineColumns)
            merged.lines = read.lines;
        out.unchanged[n] = detail::sameValues(kind, merged, *stored);
        out.records[n] = merged;
    }
    return true;
}

ReadRows readRows(const RecordRepository& repo, const CsvTable& table, const CsvColumns& cols, IdMode ids,
                  const std::function<void(int, int)>& progress) {
    const RecordKind& kind = repo.kind();
    const KindergartenSettings& settings = repo.database().settings();
    const int total = int(table.rows.size());
    ReadRows out;
    out.records.reserve(total);
    const QString idHeading = cols.headingFor.value(QStringLiteral("#id"));
    QString previousKey, previousId;
    QHash<QString, int> idRows; // id cell -> the row it first appeared on
    for (int i = 0; i < total; ++i) {
        const QStringList& cells = table.rows.at(i);
        const int row = table.rowNumbers.at(i);
        const QString key = recordCellsKey(cols, cells);
        const QString id = cols.idColumn >= 0 && cols.idColumn < cells.size()
                               ? valuefmt::normalise(cells.at(cols.idColumn))
                               : QString();
        const bool continues = kind.lines && !out.records.isEmpty() &&
                               (id.isEmpty() ? previousId.isEmpty() && key == previousKey : id == previousId);
        previousKey = key;
        previousId = id;
        if (!id.isEmpty() && !continues) {
            if (const auto seen = idRows.constFind(id); seen != idRows.constEnd())
                out.problems << ImportProblem{
                    row, idHeading,
                    QCoreApplication::translate("RecordCsv",
                                                "The record ID %1 is already on row %2; a record's rows must "
                                                "follow one another, and a record can be in the file once.")
                        .arg(id)
                        .arg(*seen)};
            else
                idRows.insert(id, row);
        }
        if (!continues) {
            Record r;
            QSet<QString> unreadable;
            readCells(cols, cells, false, settings, row, r, unreadable, out.problems);
            out.checked << readChecks(cols, cells, row, out.problems);
            out.records << r;
            out.rowNumbers << row;
            out.lineRows << QList<int>();
            out.unreadable << unreadable;
            out.idCells << id;
            out.hasIds = out.hasIds || !id.isEmpty();
        }
        if (kind.lines) {
            Record line;
            QSet<QString> unreadable;
            const bool any = readCells(cols, cells, true, settings, row, line, unreadable, out.problems);
            // A row with no line cells at all is a record without lines (the rules then say so).
            if (any || !unreadable.isEmpty()) {
                Record& r = out.records.last();
                for (const QString& f : unreadable)
                    out.unreadable.last().insert(lineIssueField(r.lines.size(), f));
                r.lines << line;
                out.lineRows.last() << row;
            }
        }
        for (qsizetype k = table.header.size(); k < cells.size(); ++k)
            if (!cells.at(k).trimmed().isEmpty()) {
                out.problems << ImportProblem{
                    row, QString(),
                    QCoreApplication::translate("RecordCsv",
                                                "This row has more cells than the header has columns.")};
                break;
            }
        if (progress && (i + 1) % 500 == 0)
            progress(i + 1, total);
    }
    out.unchanged.fill(false, out.records.size());
    if (ids == IdMode::Update && out.hasIds && !resolveIds(repo, cols, out))
        return out;
    const RuleContext ctx = repo.database().ruleContext();
    for (qsizetype n = 0; n < out.records.size(); ++n) {
        if (out.unreadable.at(n).isEmpty())
            compareChecks(kind, cols, out.records.at(n), out.checked.at(n), ctx, out.rowNumbers.at(n),
                          out.problems);
        if (out.unchanged.at(n))
            continue; // not written, so not checked again (rules or settings may have changed since)
        for (const Issue& issue : repo.validate(out.records.at(n))) {
            if (out.unreadable.at(n).contains(issue.field))
                continue;
            int line = 0;
            QString field;
            ImportProblem p;
            if (splitLineIssueField(issue.field, &line, &field)) {
                const QList<int>& rows = out.lineRows.at(n);
                p = {line < rows.size() ? rows.at(line) : out.rowNumbers.at(n),
                     cols.heading(kind, field, true), issue.message};
            } else {
                p = {out.rowNumbers.at(n), cols.heading(kind, issue.field), issue.message};
            }
            (issue.isError() ? out.problems : out.warnings) << p;
        }
    }
    std::stable_sort(out.problems.list.begin(), out.problems.list.end(),
                     [](const ImportProblem& a, const ImportProblem& b) { return a.row < b.row; });
    return out;
}

// insertAll names a failing record as "#index:field" (or just "field" in a batch of one), and a line's
// field as "lines/i/field".
// indexes: the position in rows of each record of the batch.
QList<ImportProblem> problemsFromIssues(const Issues& issues, const ReadRows& rows, const QList<int>& indexes,
                                        const CsvColumns& cols, const RecordKind& kind) {
    static const QRegularExpression indexed(QStringLiteral("^#(\\d+):(.*)$"));
    QList<ImportProblem> out;
    for (const Issue& issue : issues) {
        if (!issue.isError())
            continue;
        int index = 0;
        QString field = issue.field;
        if (const auto m = indexed.match(issue.field); m.hasMatch()) {
            index = m.captured(1).toInt();
            field = m.captured(2);
        }
        index = index < indexes.size() ? indexes.at(index) : int(rows.rowNumbers.size());
        int row = index < rows.rowNumbers.size() ? rows.rowNumbers.at(index) : 0;
        int line = 0;
        QString lineField;
        if (splitLineIssueField(field, &line, &lineField)) {
            if (index < rows.lineRows.size() && line < rows.lineRows.at(index).size())
                row = rows.lineRows.at(index).at(line);
            out << ImportProblem{row, cols.heading(kind, lineField, true), issue.message};
        } else {
            out << ImportProblem{row, cols.heading(kind, field), issue.message};
        }
    }
    return out;
}

} // namespace

QString ImportProblem::toString() const {
    if (row <= 0)
        return reason;
    if (column.isEmpty())
        return QCoreApplication::translate("RecordCsv", "Row %1: %2").arg(row).arg(reason);
    return QCoreApplication::translate("RecordCsv", "Row %1, column %2: %3").arg(row).arg(column, reason);
}

QString ImportResult::countsText() const {
    return QCoreApplication::translate("RecordCsv", "%1 new, %2 updated, %3 unchanged")
        .arg(imported)
        .arg(updated)
        .arg(unchanged);
}

Result<ImportResult> importCsv(RecordRepository& repo, const QByteArray& data, const Actor& who,
                               const ImportOptions& options) {
    if (Status s = accesscheck::require(repo.database(), repo.kind(), access::Action::Import); !s)
        return s.error();
    CsvFault fault;
    auto table = parseCsv(data, &fault);
    if (!table) {
        ImportResult result;
        result.problems << ImportProblem{fault.row, QString(), fault.reason};
        return result;
    }
    return importTable(repo, *table, who, options);
}

Result<ImportResult> importTable(RecordRepository& repo, const CsvTable& parsed, const Actor& who,
                                 const ImportOptions& options) {
    const RecordKind& kind = repo.kind();
    if (Status s = accesscheck::require(repo.database(), kind, access::Action::Import); !s)
        return s.error();
    QElapsedTimer timer;
    timer.start();
    ImportResult result;
    const CsvTable* table = &parsed;
    if (table->header.isEmpty()) {
        result.problems << ImportProblem{0, QString(),
                                         QCoreApplication::translate("RecordCsv", "The file is empty: it has "
                                                                                  "no header row.")};
        return result;
    }
    const CsvColumns cols =
        detail::mapColumns(kind, repo.database().settings(), table->header, table->rows, table->headerRow);
    if (!cols.problems.isEmpty()) {
        result.problems = cols.problems;
        return result;
    }
    ReadRows rows = readRows(repo, *table, cols, options.ids, options.progress);
    if (rows.error)
        return *rows.error;
    result.warnings = rows.warnings.list;
    result.moreWarnings = rows.warnings.more;
    result.hasIds = rows.hasIds;
    if (!rows.problems.isEmpty()) {
        result.problems = rows.problems.list;
        result.moreProblems = rows.problems.more;
        log::get("io")->info("import of {} refused: {} problems in {} rows", log::s(kind.key),
                             rows.problems.list.size() + rows.problems.more, rows.records.size());
        return result;
    }
    QList<Record> inserts, updates;
    QList<int> insertIndexes, updateIndexes;
    for (int n = 0; n < int(rows.records.size()); ++n) {
        Record r = rows.records.at(n);
        if (options.ids == IdMode::InsertOnly)
            r.id = 0;
        if (r.id == 0) {
            inserts << r;
            insertIndexes << n;
        } else if (rows.unchanged.at(n)) {
            ++result.unchanged;
        } else {
            updates << r;
            updateIndexes << n;
        }
    }
    result.imported = int(inserts.size());
    result.updated = int(updates.size());
    if (options.planOnly || (options.askIfIds && rows.hasIds))
        return result;
    // One transaction: the additions and the updates are written together or not at all.
    Transaction tx(repo.database());
    if (Status s = tx.begin(); !s)
        return s.error();
    auto refused = [&](const Error& e, const QList<int>& indexes) -> Result<ImportResult> {
        if (e.code != Error::Code::Validation)
            return e;
        result.imported = result.updated = result.unchanged = 0;
        result.problems = problemsFromIssues(e.issues, rows, indexes, cols, kind);
        return result;
    };
    if (!inserts.isEmpty())
        if (auto ids = repo.insertAll(inserts, who); !ids)
            return refused(ids.error(), insertIndexes);
    if (!updates.isEmpty())
        if (Status s = repo.updateAll(updates, who); !s)
            return refused(s.error(), updateIndexes);
    if (Status s = tx.commit(); !s)
        return s.error();
    result.written = true;
    if (options.progress)
        options.progress(int(rows.records.size()), int(rows.records.size()));
    log::get("io")->info("imported {} {} records: {} new, {} updated, {} unchanged, in {} ms",
                         rows.records.size(), log::s(kind.key), result.imported, result.updated,
                         result.unchanged, timer.elapsed());
    return result;
}

Result<ImportResult> importCsv(RecordRepository& repo, const QByteArray& data, const Actor& who) {
    return importCsv(repo, data, who, ImportOptions{});
}

Result<ImportResult> importCsvFile(RecordRepository& repo, const QString& path, const Actor& who,
                                   const ImportOptions& options) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            Error::Code::Io,
            QCoreApplication::translate("RecordCsv", "Cannot read %1: %2").arg(path, file.errorString()),
            QStringLiteral("importCsvFile"));
    return importCsv(repo, file.readAll(), who, options);
}

} // namespace houqin::io
