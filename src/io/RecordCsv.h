#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"
#include "storage/RecordRepository.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>

namespace houqin::io {

struct CsvTable;

// Export and import of any record kind as CSV, driven only by the kind's declaration.

struct ExportOptions {
    bool keys = false; // header of field keys and canonical values (choice keys, ISO dates, fen)
                       // instead of display labels and display values in the current language
    ListQuery query;   // which records; export follows the query's sort
    // As ImportOptions: progress in records (done, total), and Cancel (an error of code Cancelled; a
    // cancelled export to a file leaves no file, or the previous one untouched).
    std::function<void(int, int)> progress;
    std::function<bool()> cancelled;
};

// The record identity first (column "id": "<8 hex digits of the database's id>-<record id>", one per row, so
// repeated on each line of a record with lines), every stored field in declaration order, then every
// derived field (status and the like). Import reads
// both forms back to the same records: a column headed by a field key (exactly as exported) holds canonical
// values, so a money column headed by its key is read in fen, one headed by a label in yuan.
// Streaming: records are read a chunk at a time and each row is written as it is made, so an export of any
// size holds one chunk of records (RecordRepository::forEach).
Result<QByteArray> exportCsv(const RecordRepository& repo, const ExportOptions& options);
Status exportCsvFile(const RecordRepository& repo, const ExportOptions& options, const QString& path);
// The rows of an export, header first, each handed to `row` as soon as it is made (for any file format);
// returns the number of records. Stops at the first error `row` returns.
Result<qint64> exportRows(const RecordRepository& repo, const ExportOptions& options,
                          const std::function<Status(const QStringList&)>& row);

struct ImportProblem {
    int row = 0;              // spreadsheet row number; the header is row 1; 0 for the file as a whole
    QString column;           // the column as written in the file's header, or empty
    QString reason;           // translated
    QString toString() const; // "Row 3, column 重量: ..." in the current language
};

// What to do with the record identity column (key "id") an export writes first.
enum class IdMode {
    Update,     // a row with an id of this database updates that record; a row without one is added
    InsertOnly, // the id column is ignored: every row is added as a new record
};

struct ImportOptions {
    IdMode ids = IdMode::Update;
    bool planOnly = false; // read, check and count everything, write nothing
    bool askIfIds = false; // as planOnly when the file has record ids, so the caller can ask what to do
    // Called during the work (for a progress dialog or line) with (done, total) in the source's own unit
    // (bytes of a file, rows of a table); total 0 = unknown. Called from the thread doing the import.
    std::function<void(int, int)> progress;
    // Asked every few hundred rows; true stops the import, rolls back what it wrote and returns an error
    // of code Cancelled. Called from the thread doing the import.
    std::function<bool()> cancelled;
};

struct ImportResult {
    // A file of a million bad rows lists the first problems and counts the rest, so that neither the screen
    // nor the memory is flooded.
    static constexpr int kMaxListed = 100;
    int imported = 0;              // records added (planned, with planOnly)
    int updated = 0;               // records changed through their id
    int unchanged = 0;             // rows with an id whose values equal the stored record's: skipped
    bool hasIds = false;           // some row has a record id (the caller should ask Update or InsertOnly)
    bool written = false;          // the records are in the database (false with planOnly or any problem)
    QList<ImportProblem> problems; // non-empty = nothing was written; at most kMaxListed
    QList<ImportProblem> warnings; // rule warnings (fridge temperature...): shown, but they do not block
    int moreProblems = 0;          // problems found beyond those listed
    int moreWarnings = 0;
    bool ok() const { return problems.isEmpty(); }
    // "3 new, 1 updated, 15 unchanged" in the current language, for the plan and the final message.
    QString countsText() const;
};

// All or nothing. The header may use field keys or display labels in English or Chinese, in any order,
// matched case-insensitively after trimming; derived columns (status...) are recognised and ignored;
// unknown or duplicate columns and missing required columns (without a default) are problems of row 1,
// and then no data row is looked at. Every cell is parsed (valuefmt::parse) and every row validated
// against the kind's rules; with any problem nothing is written and every bad row is reported. A file that
// is not CSV (not UTF-8, an unterminated quote) is a problem too; an unreadable file or a storage failure
// is an Error. A missing column, or an empty cell of a required field, takes the field's default.
//
// Record ids (IdMode::Update): a row whose id names a record of this database updates it through
// RecordRepository::updateAll (validated and audited); the file's columns replace the stored values, columns
// the file lacks keep them, and lines are replaced when the file has line columns. A row equal to the stored
// record is skipped and counted unchanged. A row without id is added. An id of a record that does not exist
// (deleted), an id of another database or an unreadable id is a problem of its row, so such a file is
// refused as a whole. Rows of a kind with lines group by id (rows without one: neighbouring rows with the
// same record cells are one record); an id repeated apart from its record's rows is a problem.
//
// Streaming: rows are read, checked and written one record at a time inside one transaction, rolled back
// on any problem, so memory does not grow with the file (only the first kMaxListed problems are kept).
// Each record is checked against the database as the rows before it left it.
class RowSource;
Result<ImportResult> importRows(RecordRepository& repo, RowSource& source, const Actor& who,
                                const ImportOptions& options = {});
Result<ImportResult> importCsv(RecordRepository& repo, const QByteArray& data, const Actor& who,
                               const ImportOptions& options);
Result<ImportResult> importCsv(RecordRepository& repo, const QByteArray& data, const Actor& who);
// The same from a table already read (a CSV file's, or an .xlsx sheet's: see RecordFiles.h).
Result<ImportResult> importTable(RecordRepository& repo, const CsvTable& table, const Actor& who,
                                 const ImportOptions& options);
Result<ImportResult> importCsvFile(RecordRepository& repo, const QString& path, const Actor& who,
                                   const ImportOptions& options = {});

} // namespace houqin::io
