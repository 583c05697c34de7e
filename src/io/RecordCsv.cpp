#include "RecordCsv.h"

// The import's entry points: what a file, bytes or a parsed table become as a row source for the engine
// (ImportEngine.cpp), and the texts of the result.
#include "RowSource.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>

namespace houqin::io {

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
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    CsvStreamSource source(buffer);
    return importRows(repo, source, who, options);
}

Result<ImportResult> importCsv(RecordRepository& repo, const QByteArray& data, const Actor& who) {
    return importCsv(repo, data, who, ImportOptions{});
}

Result<ImportResult> importTable(RecordRepository& repo, const CsvTable& table, const Actor& who,
                                 const ImportOptions& options) {
    CsvTableSource source(table);
    return importRows(repo, source, who, options);
}

Result<ImportResult> importCsvFile(RecordRepository& repo, const QString& path, const Actor& who,
                                   const ImportOptions& options) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            Error::Code::Io,
            QCoreApplication::translate("RecordCsv", "Cannot read %1: %2").arg(path, file.errorString()),
            QStringLiteral("importCsvFile"));
    CsvStreamSource source(file);
    return importRows(repo, source, who, options);
}

} // namespace houqin::io
