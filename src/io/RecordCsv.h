#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"
#include "storage/RecordRepository.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>

namespace houqin::io {

// Export and import of any record kind as CSV, driven only by the kind's declaration.

struct ExportOptions {
    bool keys = false; // header of field keys and canonical values (choice keys, ISO dates, fen)
                       // instead of display labels and display values in the current language
    ListQuery query;   // which records; export follows the query's sort
};

// Every stored field in declaration order, then every derived field (status and the like). Import reads
// both forms back to the same records: a column headed by a field key (exactly as exported) holds canonical
// values, so a money column headed by its key is read in fen, one headed by a label in yuan.
Result<QByteArray> exportCsv(const RecordRepository& repo, const ExportOptions& options);
Status exportCsvFile(const RecordRepository& repo, const ExportOptions& options, const QString& path);

struct ImportProblem {
    int row = 0;              // spreadsheet row number; the header is row 1; 0 for the file as a whole
    QString column;           // the column as written in the file's header, or empty
    QString reason;           // translated
    QString toString() const; // "Row 3, column 重量: ..." in the current language
};

struct ImportResult {
    // A file of a million bad rows lists the first problems and counts the rest, so that neither the screen
    // nor the memory is flooded.
    static constexpr int kMaxListed = 100;
    int imported = 0;
    QList<ImportProblem> problems; // non-empty = nothing was written; at most kMaxListed
    QList<ImportProblem> warnings; // rule warnings (fridge temperature...): shown, but they do not block
    int moreProblems = 0;          // problems found beyond those listed
    int moreWarnings = 0;
    bool ok() const { return problems.isEmpty(); }
};

// All or nothing. The header may use field keys or display labels in English or Chinese, in any order,
// matched case-insensitively after trimming; derived columns (status...) are recognised and ignored;
// unknown or duplicate columns and missing required columns (without a default) are problems of row 1,
// and then no data row is looked at. Every cell is parsed (valuefmt::parse) and every row validated
// against the kind's rules; with any problem nothing is written and every bad row is reported. A file that
// is not CSV (not UTF-8, an unterminated quote) is a problem too; an unreadable file or a storage failure
// is an Error. A missing column, or an empty cell of a required field, takes the field's default.
// progress(done, total) may be called during the work (for the GUI's progress dialog).
Result<ImportResult> importCsv(RecordRepository& repo, const QByteArray& data, const Actor& who,
                               const std::function<void(int, int)>& progress = {});
Result<ImportResult> importCsvFile(RecordRepository& repo, const QString& path, const Actor& who,
                                   const std::function<void(int, int)>& progress = {});

} // namespace houqin::io
