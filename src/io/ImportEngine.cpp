// The import engine: rows come from a RowSource one at a time, are grouped into records (a kind with item
// lines: one line per row), checked and written one record at a time inside one transaction, so memory does
// not grow with the file. Any problem rolls everything back; every bad row is still reported (capped).
#include "CsvColumns.h"
#include "ImportCells.h"
#include "RecordCsv.h"
#include "RecordIds.h"
#include "RowSource.h"
#include "domain/ValueFormat.h"
#include "logging/Log.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "storage/access/AccessCheck.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <algorithm>
#include <climits>

namespace houqin::io {

using detail::CappedProblems;
using detail::CsvColumn;
using detail::CsvColumns;
using detail::ParsedId;

namespace {

// What reading the rows found: the records to write, or the problems that stop the import. For a kind with
// item lines, rows with the same id (without id: consecutive rows with the same record cells) are one record
// with one line per row.
// One record being read: its first row and, for a kind with lines, a line per row that follows.
struct Pending {
    Record record;
    int row = 0;              // spreadsheet row of its first row
    QList<int> lineRows;      // spreadsheet row of each line
    QSet<QString> unreadable; // fields (and "lines/i/field") whose cell did not parse
    QString idCell;           // its id cell as written, or empty
    QVariantMap checked;      // the file's values of the check columns
    // Fields (and "lines/" + field) whose cell holds a masked value, not read (FieldDef::isMasked) -> the
    // cell's text
    QHash<QString, QString> masked;
    QList<ImportProblem> cells; // what its rows' cells said, reported before its rule problems
};

class Engine {
public:
    Engine(RecordRepository& repo, const Actor& who, const ImportOptions& options)
        : m_repo(repo), m_kind(repo.kind()), m_settings(repo.database().settings()), m_who(who),
          m_options(options), m_ctx(repo.database().ruleContext()) {}

    Result<ImportResult> run(RowSource& source);

private:
    bool startsRecord(const QStringList& cells, QString* id);
    void readRow(const RowSource::Row& row, bool starts, const QString& id);
    std::optional<Error> flush();
    void resolveId(Pending& p, bool* unchanged, std::optional<Error>* error);
    void reportIssues(const Pending& p, const Issues& issues, bool written);
    void countMasked(const Pending& p);
    void warnMasked();
    // Reports progress (all done when finished) and says whether Cancel was pressed.
    bool cancelled(const RowSource& source, int rows, bool finished = false);

    RecordRepository& m_repo;
    const RecordKind& m_kind;
    const KindergartenSettings& m_settings;
    const Actor& m_who;
    const ImportOptions& m_options;
    const RuleContext m_ctx;
    CsvColumns m_cols;
    bool m_hasLineColumns = false;
    bool m_writing = false; // false once a problem is found (or in a plan): what follows is only checked
    std::optional<Pending> m_pending;
    QString m_previousKey, m_previousId;
    QHash<QString, int> m_idRows; // id cell -> the row it first appeared on
    CappedProblems m_problems, m_warnings;
    // Per field ("lines/" + key for a line's) with a masked cell in a new record: how many records, and one
    // such cell's text
    QHash<QString, QPair<int, QString>> m_maskedNew;
    ImportResult m_result;
    int m_records = 0;
    qsizetype m_headerSize = 0;
};

bool Engine::startsRecord(const QStringList& cells, QString* id) {
    *id = m_cols.idColumn >= 0 && m_cols.idColumn < cells.size()
              ? valuefmt::normalise(cells.at(m_cols.idColumn))
              : QString();
    if (!m_kind.lines)
        return true;
    const QString key = detail::recordCellsKey(m_cols, cells);
    const bool continues =
        m_pending.has_value() &&
        (id->isEmpty() ? m_previousId.isEmpty() && key == m_previousKey : *id == m_previousId);
    m_previousKey = key;
    m_previousId = *id;
    return !continues;
}

void Engine::readRow(const RowSource::Row& source, bool starts, const QString& id) {
    const QStringList& cells = source.cells;
    const int row = source.number;
    CappedProblems cellProblems;
    if (starts) {
        Pending p;
        p.row = row;
        p.idCell = id;
        if (!id.isEmpty()) {
            if (const auto seen = m_idRows.constFind(id); seen != m_idRows.constEnd())
                cellProblems << ImportProblem{
                    row, m_cols.headingFor.value(QStringLiteral("#id")),
                    QCoreApplication::translate("RecordCsv",
                                                "The record ID %1 is already on row %2; a record's rows must "
                                                "follow one another, and a record can be in the file once.")
                        .arg(id)
                        .arg(*seen)};
            else
                m_idRows.insert(id, row);
        }
        detail::readCells(m_cols, cells, false, m_settings, row, p.record, p.unreadable, p.masked,
                          cellProblems);
        p.checked = detail::readChecks(m_cols, cells, row, cellProblems);
        m_result.hasIds = m_result.hasIds || !id.isEmpty();
        m_pending = std::move(p);
    }
    Pending& p = *m_pending;
    if (m_kind.lines) {
        Record line;
        QSet<QString> unreadable;
        QHash<QString, QString> masked;
        const bool any =
            detail::readCells(m_cols, cells, true, m_settings, row, line, unreadable, masked, cellProblems);
        for (auto it = masked.cbegin(); it != masked.cend(); ++it)
            p.masked.insert(QStringLiteral("lines/") + it.key(), it.value());
        // A row with no line cells at all is a record without lines (the rules then say so).
        if (any || !unreadable.isEmpty()) {
            for (const QString& f : unreadable)
                p.unreadable.insert(lineIssueField(p.record.lines.size(), f));
            p.record.lines << line;
            p.lineRows << row;
        }
    }
    for (qsizetype k = m_headerSize; k < cells.size(); ++k)
        if (!cells.at(k).trimmed().isEmpty()) {
            cellProblems << ImportProblem{
                row, QString(),
                QCoreApplication::translate("RecordCsv",
                                            "This row has more cells than the header has columns.")};
            break;
        }
    p.cells << cellProblems.list;
}

// A row with an id of this database becomes an update of that record: the stored record with the file's
// columns (and lines, when the file has line columns) in place of its own.
void Engine::resolveId(Pending& p, bool* unchanged, std::optional<Error>* error) {
    const QString heading = m_cols.headingFor.value(QStringLiteral("#id"));
    const QString& cell = p.idCell;
    const ParsedId id = detail::parseRecordId(m_repo.database(), cell);
    switch (id.kind) {
    case ParsedId::Kind::Empty:
        return;
    case ParsedId::Kind::Malformed:
        m_problems << ImportProblem{
            p.row, heading,
            QCoreApplication::translate("RecordCsv", "\"%1\" is not a record ID (they look like "
                                                     "3f2a9c1e-1207). Leave the cell empty to add the "
                                                     "row as a new record.")
                .arg(valuefmt::excerpt(cell))};
        return;
    case ParsedId::Kind::OtherDatabase:
        m_problems << ImportProblem{
            p.row, heading,
            QCoreApplication::translate("RecordCsv",
                                        "The record ID %1 belongs to another database: this file was "
                                        "exported from a different Houqin file, so it cannot update "
                                        "records here. Import it as new records instead.")
                .arg(valuefmt::excerpt(cell))};
        return;
    case ParsedId::Kind::Ours:
        break;
    }
    auto stored = m_repo.get(id.id);
    if (!stored) {
        if (stored.error().code != Error::Code::NotFound) {
            *error = stored.error();
            return;
        }
        m_problems << ImportProblem{p.row, heading,
                                    QCoreApplication::translate("RecordCsv",
                                                                "There is no record with ID %1 in %2 (it may "
                                                                "have been deleted). Leave the cell empty to "
                                                                "add the row as a new record.")
                                        .arg(valuefmt::excerpt(cell), m_kind.displayLabel())};
        return;
    }
    Record merged = *stored;
    for (const CsvColumn& c : m_cols.columns)
        if (!c.line && !p.masked.contains(c.field->key)) { // a masked cell keeps the stored value
            if (const QVariant v = p.record.value(c.field->key); v.isNull())
                merged.values.remove(c.field->key);
            else
                merged.set(c.field->key, v);
        }
    if (m_hasLineColumns)
        merged.lines = p.record.lines;
    *unchanged = detail::sameValues(m_kind, merged, *stored);
    p.record = std::move(merged);
}

// Issues of the rules (written = false) or of the database refusing the record (written = true: errors
// only, warnings were reported when it was checked), said of the row and column they concern.
void Engine::reportIssues(const Pending& p, const Issues& issues, bool written) {
    for (const Issue& issue : issues) {
        if (p.unreadable.contains(issue.field) || (written && !issue.isError()))
            continue;
        int line = 0;
        QString field;
        ImportProblem problem;
        if (splitLineIssueField(issue.field, &line, &field))
            problem = {line < p.lineRows.size() ? p.lineRows.at(line) : p.row,
                       m_cols.heading(m_kind, field, true), issue.message};
        else
            problem = {p.row, m_cols.heading(m_kind, issue.field), issue.message};
        (issue.isError() ? m_problems : m_warnings) << problem;
    }
}

// Checks the record read last and, while nothing is wrong, writes it. An error only for a storage failure.
std::optional<Error> Engine::flush() {
    if (!m_pending)
        return std::nullopt;
    Pending p = std::move(*m_pending);
    m_pending.reset();
    ++m_records;
    for (ImportProblem& problem : p.cells)
        m_problems << std::move(problem);
    bool unchanged = false;
    if (m_options.ids == IdMode::Update) {
        std::optional<Error> error;
        resolveId(p, &unchanged, &error);
        if (error)
            return error;
    } else {
        p.record.id = 0;
    }
    countMasked(p);
    if (p.unreadable.isEmpty())
        detail::compareChecks(m_kind, m_cols, p.record, p.checked, m_ctx, p.row, m_problems);
    if (unchanged) {
        ++m_result.unchanged; // not written, so not checked again (rules or settings may have changed since)
    } else {
        ++(p.record.id == 0 ? m_result.imported : m_result.updated);
        const Issues issues = m_repo.validate(p.record);
        reportIssues(p, issues, false);
        m_writing = m_writing && m_problems.isEmpty();
        if (m_writing) {
            Status written;
            if (p.record.id != 0)
                written = m_repo.updateValidated(p.record, m_who);
            else if (auto id = m_repo.insertValidated(p.record, m_who); !id)
                written = id.error();
            if (!written) {
                if (written.error().code != Error::Code::Validation)
                    return written.error();
                reportIssues(p, written.error().issues, true);
                m_writing = false; // the transaction is rolled back at the end
            }
        }
    }
    m_writing = m_writing && m_problems.isEmpty();
    return std::nullopt;
}

// A masked cell of a record added (or of a line, which an update replaces) leaves its field empty.
void Engine::countMasked(const Pending& p) {
    for (auto it = p.masked.cbegin(); it != p.masked.cend(); ++it)
        if (p.record.id == 0 || it.key().startsWith(QStringLiteral("lines/"))) {
            auto& [records, example] = m_maskedNew[it.key()];
            ++records;
            if (example.isEmpty())
                example = it.value();
        }
}

// One warning per column whose masked values left new records without a value, in the file's order.
void Engine::warnMasked() {
    for (const CsvColumn& c : m_cols.columns) {
        const QString key = c.line ? QStringLiteral("lines/") + c.field->key : c.field->key;
        const auto it = m_maskedNew.constFind(key);
        if (it == m_maskedNew.constEnd())
            continue;
        m_warnings << ImportProblem{
            0, c.written,
            //: zh_CN "此文件中的“%1”是遮挡过的（列表导出即如此，如 %2），无法读回：新增的 %3
            //: 条记录此项为空。按记录编号更新的记录保留原值；按字段键导出（--keys）的文件带有完整值。"
            QCoreApplication::translate("RecordCsv",
                                        "The column \"%1\" holds masked values, as a list export writes "
                                        "them (such as %2), which cannot be read back: it is left empty in "
                                        "%3 new records. A record updated through its record ID keeps its "
                                        "stored value; an export with field keys (--keys) carries the full "
                                        "values.")
                .arg(c.written, valuefmt::excerpt(it->second))
                .arg(it->first)};
    }
}

bool Engine::cancelled(const RowSource& source, int rows, bool finished) {
    if (m_options.progress) {
        qint64 total = source.total(), done = finished ? total : source.done();
        if (total <= 0) {
            done = rows;
            total = 0;
        }
        while (total > INT_MAX) {
            done /= 1024;
            total /= 1024;
        }
        m_options.progress(int(done), int(total));
    }
    return m_options.cancelled && m_options.cancelled();
}

Result<ImportResult> Engine::run(RowSource& source) {
    RowSource::Row header;
    if (!source.header(header)) {
        if (const auto& fault = source.fault())
            m_result.problems << ImportProblem{fault->row, QString(), fault->reason};
        else
            m_result.problems << ImportProblem{
                0, QString(),
                QCoreApplication::translate("RecordCsv", "The file is empty: it has no header row.")};
        return m_result;
    }
    m_cols = detail::mapColumns(m_kind, m_settings, header.cells, {}, header.number);
    m_headerSize = header.cells.size();
    for (const CsvColumn& c : m_cols.columns)
        m_hasLineColumns = m_hasLineColumns || c.line;
    QList<int> unnamed; // columns without a heading: any value in one refuses the file
    for (int i = 0; i < int(header.cells.size()); ++i)
        if (header.cells.at(i).trimmed().isEmpty())
            unnamed << i;
    QSet<int> unnamedWithValues;
    const bool headerOk = m_cols.problems.isEmpty();
    Transaction tx(m_repo.database());
    m_writing = headerOk && !m_options.planOnly;
    if (m_writing)
        if (Status s = tx.begin(); !s)
            return s.error();
    constexpr int kTick = 256; // rows between progress reports and looks at the Cancel button
    RowSource::Row row;
    int rows = 0;
    while (source.next(row)) {
        if (++rows % kTick == 0 && cancelled(source, rows)) {
            tx.rollback();
            return Error::make(Error::Code::Cancelled,
                               QCoreApplication::translate("RecordCsv",
                                                           "The import was cancelled; nothing was "
                                                           "written."),
                               QStringLiteral("importRows"));
        }
        for (const int i : unnamed)
            if (i < row.cells.size() && !row.cells.at(i).trimmed().isEmpty())
                unnamedWithValues.insert(i);
        if (!headerOk || !unnamedWithValues.isEmpty())
            continue; // the header's problems are all that will be said; only the columns are looked at
        QString id;
        const bool starts = startsRecord(row.cells, &id);
        if (starts)
            if (std::optional<Error> e = flush())
                return *e;
        readRow(row, starts, id);
    }
    if (const auto& fault = source.fault()) {
        ImportResult result;
        result.problems << ImportProblem{fault->row, QString(), fault->reason};
        return result;
    }
    if (!headerOk || !unnamedWithValues.isEmpty()) {
        ImportResult result;
        result.problems =
            detail::mapColumns(m_kind, m_settings, header.cells, unnamedWithValues, header.number).problems;
        return result;
    }
    if (std::optional<Error> e = flush())
        return *e;
    warnMasked();
    m_result.warnings = m_warnings.list;
    m_result.moreWarnings = m_warnings.more;
    if (!m_problems.isEmpty()) {
        m_result.imported = m_result.updated = m_result.unchanged = 0;
        m_result.problems = m_problems.list;
        m_result.moreProblems = m_problems.more;
        std::stable_sort(m_result.problems.begin(), m_result.problems.end(),
                         [](const ImportProblem& a, const ImportProblem& b) { return a.row < b.row; });
        log::get("io")->info("import of {} refused: {} problems in {} records", log::s(m_kind.key),
                             m_problems.list.size() + m_problems.more, m_records);
        return m_result;
    }
    if (m_options.planOnly || (m_options.askIfIds && m_result.hasIds))
        return m_result; // the transaction rolls back: a plan writes nothing
    if (Status s = tx.commit(); !s)
        return s.error();
    m_result.written = true;
    (void)cancelled(source, rows, true);
    return m_result;
}

} // namespace

Result<ImportResult> importRows(RecordRepository& repo, RowSource& source, const Actor& who,
                                const ImportOptions& options) {
    const RecordKind& kind = repo.kind();
    if (Status s = accesscheck::require(repo.database(), kind, access::Action::Import); !s)
        return s.error();
    QElapsedTimer timer;
    timer.start();
    auto result = Engine(repo, who, options).run(source);
    if (result && result->written)
        log::get("io")->info("imported {} records: {} new, {} updated, {} unchanged, in {} ms",
                             log::s(kind.key), result->imported, result->updated, result->unchanged,
                             timer.elapsed());
    return result;
}

} // namespace houqin::io
