#include "RecordCsv.h"

#include "Csv.h"
#include "CsvColumns.h"
#include "domain/OutputFile.h"
#include "domain/ValueFormat.h"
#include "logging/Log.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace houqin::io {

using detail::CsvColumn;
using detail::CsvColumns;

namespace {

QString cellText(const FieldDef& f, const QVariant& v, bool keys) {
    return keys ? valuefmt::canonical(f, v) : valuefmt::display(f, v);
}

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

// What reading the rows found: the records to insert, or the problems that stop the import. For a kind with
// item lines, consecutive rows with the same record cells are one record with one line per row.
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
    QList<Record> records;
    QList<int> rowNumbers;           // spreadsheet row of each record (its first row)
    QList<QList<int>> lineRows;      // spreadsheet row of each line of each record
    QList<QSet<QString>> unreadable; // per record: fields (and "lines/i/field") whose cell did not parse
    CappedProblems problems, warnings;
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

QString recordCellsKey(const CsvColumns& cols, const QStringList& cells) {
    QStringList parts;
    for (const CsvColumn& c : cols.columns)
        if (!c.line)
            parts << (c.index < cells.size() ? cells.at(c.index).trimmed() : QString());
    return parts.join(QChar(0x1f));
}

ReadRows readRows(const RecordRepository& repo, const CsvTable& table, const CsvColumns& cols,
                  const std::function<void(int, int)>& progress) {
    const RecordKind& kind = repo.kind();
    const KindergartenSettings& settings = repo.database().settings();
    const int total = int(table.rows.size());
    ReadRows out;
    out.records.reserve(total);
    QString previousKey;
    for (int i = 0; i < total; ++i) {
        const QStringList& cells = table.rows.at(i);
        const int row = table.rowNumbers.at(i);
        const QString key = recordCellsKey(cols, cells);
        const bool continues = kind.lines && !out.records.isEmpty() && key == previousKey;
        previousKey = key;
        if (!continues) {
            Record r;
            QSet<QString> unreadable;
            readCells(cols, cells, false, settings, row, r, unreadable, out.problems);
            out.records << r;
            out.rowNumbers << row;
            out.lineRows << QList<int>();
            out.unreadable << unreadable;
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
    for (qsizetype n = 0; n < out.records.size(); ++n)
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
    std::stable_sort(out.problems.list.begin(), out.problems.list.end(),
                     [](const ImportProblem& a, const ImportProblem& b) { return a.row < b.row; });
    return out;
}

// insertAll names a failing record as "#index:field" (or just "field" in a batch of one), and a line's
// field as "lines/i/field".
QList<ImportProblem> problemsFromIssues(const Issues& issues, const ReadRows& rows, const CsvColumns& cols,
                                        const RecordKind& kind) {
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

Result<QByteArray> exportCsv(const RecordRepository& repo, const ExportOptions& options) {
    const RecordKind& kind = repo.kind();
    auto records = repo.list(options.query);
    if (!records)
        return records.error();
    static const RecordKind kNoLines;
    const RecordKind& lineKind = kind.lines ? *kind.lines : kNoLines;
    // Record fields, line fields, then what is derived from each.
    QStringList header;
    for (const QList<FieldDef>* fields : {&kind.fields, &lineKind.fields})
        for (const FieldDef& f : *fields)
            header << (options.keys ? f.key : f.displayLabel());
    for (const QList<DerivedDef>* derived : {&kind.derived, &lineKind.derived})
        for (const DerivedDef& d : *derived)
            header << (options.keys ? d.field.key : d.field.displayLabel());
    const RuleContext ctx = repo.database().ruleContext();
    QList<QStringList> rows;
    rows.reserve(records->size());
    for (const Record& r : *records) {
        QStringList own;
        for (const FieldDef& f : kind.fields)
            own << cellText(f, r.value(f.key), options.keys);
        const QVariantMap derived = deriveValues(kind, r, ctx);
        QStringList ownDerived;
        for (const DerivedDef& d : kind.derived)
            ownDerived << cellText(d.field, derived.value(d.field.key), options.keys);
        // One row per line; a record without lines still gets its row.
        const QList<Record> lines = r.lines.isEmpty() ? QList<Record>{Record()} : r.lines;
        for (const Record& line : lines) {
            QStringList cells = own;
            for (const FieldDef& f : lineKind.fields)
                cells << cellText(f, line.value(f.key), options.keys);
            cells << ownDerived;
            const QVariantMap lineDerived = kind.lines ? deriveValues(lineKind, line, ctx) : QVariantMap();
            for (const DerivedDef& d : lineKind.derived)
                cells << cellText(d.field, lineDerived.value(d.field.key), options.keys);
            rows << cells;
        }
    }
    return writeCsv(header, rows);
}

Status exportCsvFile(const RecordRepository& repo, const ExportOptions& options, const QString& path) {
    auto data = exportCsv(repo, options);
    if (!data)
        return data.error();
    // OutputFile: a regular file is replaced whole or not at all; a device or FIFO is written in place.
    if (Status s = OutputFile::writeAll(path, *data); !s) {
        log::get("io")->warn("export of {} failed: {}", log::s(repo.kind().key), log::s(s.error().message));
        return s;
    }
    log::get("io")->info("exported {} to {}", log::s(repo.kind().key), log::s(path));
    return {};
}

Result<ImportResult> importCsv(RecordRepository& repo, const QByteArray& data, const Actor& who,
                               const std::function<void(int, int)>& progress) {
    const RecordKind& kind = repo.kind();
    QElapsedTimer timer;
    timer.start();
    ImportResult result;
    CsvFault fault;
    auto table = parseCsv(data, &fault);
    if (!table) {
        result.problems << ImportProblem{fault.row, QString(), fault.reason};
        return result;
    }
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
    ReadRows rows = readRows(repo, *table, cols, progress);
    result.warnings = rows.warnings.list;
    result.moreWarnings = rows.warnings.more;
    if (!rows.problems.isEmpty()) {
        result.problems = rows.problems.list;
        result.moreProblems = rows.problems.more;
        log::get("io")->info("import of {} refused: {} problems in {} rows", log::s(kind.key),
                             rows.problems.list.size() + rows.problems.more, rows.records.size());
        return result;
    }
    if (!rows.records.isEmpty()) {
        auto ids = repo.insertAll(rows.records, who);
        if (!ids) {
            if (ids.error().code != Error::Code::Validation)
                return ids.error();
            result.problems = problemsFromIssues(ids.error().issues, rows, cols, kind);
            return result;
        }
        result.imported = int(ids->size());
    }
    if (progress)
        progress(int(rows.records.size()), int(rows.records.size()));
    log::get("io")->info("imported {} {} records in {} ms", result.imported, log::s(kind.key),
                         timer.elapsed());
    return result;
}

Result<ImportResult> importCsvFile(RecordRepository& repo, const QString& path, const Actor& who,
                                   const std::function<void(int, int)>& progress) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            Error::Code::Io,
            QCoreApplication::translate("RecordCsv", "Cannot read %1: %2").arg(path, file.errorString()),
            QStringLiteral("importCsvFile"));
    return importCsv(repo, file.readAll(), who, progress);
}

} // namespace houqin::io
