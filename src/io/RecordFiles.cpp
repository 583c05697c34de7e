// Choosing the format of a record file: by name for an export, by content for an import.
#include "RecordFiles.h"

#include "Csv.h"
#include "RowSource.h"
#include "XlsxReader.h"
#include "domain/OutputFile.h"
#include "logging/Log.h"
#include "storage/access/AccessCheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace houqin::io {

FileFormat formatForPath(const QString& path) {
    return QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0
               ? FileFormat::Xlsx
               : FileFormat::Csv;
}

Status exportFile(const RecordRepository& repo, const ExportOptions& options, const QString& path) {
    if (formatForPath(path) == FileFormat::Csv)
        return exportCsvFile(repo, options, path);
    auto data = exportXlsx(repo, options);
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

Result<ImportResult> importFile(RecordRepository& repo, const QString& path, const Actor& who,
                                const ImportOptions& options, const QString& sheet) {
    if (Status s = accesscheck::require(repo.database(), repo.kind(), access::Action::Import); !s)
        return s.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            Error::Code::Io,
            QCoreApplication::translate("RecordCsv", "Cannot read %1: %2").arg(path, file.errorString()),
            QStringLiteral("importFile"));
    auto refused = [](const CsvFault& fault) {
        ImportResult result;
        result.problems << ImportProblem{fault.row, QString(), fault.reason};
        return result;
    };
    // A CSV file streams through the import (RowSource.h); a workbook is read whole, then its sheet is
    // imported as a table.
    if (!looksLikeZip(file.peek(8))) {
        if (!sheet.isEmpty())
            return refused(
                {0, QCoreApplication::translate("RecordCsv", "%1 is a CSV file, not a workbook: it "
                                                             "has no sheets to choose from.")
                        .arg(QFileInfo(path).fileName())});
        CsvStreamSource source(file);
        return importRows(repo, source, who, options);
    }
    CsvFault fault;
    const Result<CsvTable> table = parseXlsx(file.readAll(), sheet, &fault);
    if (!table || !fault.reason.isEmpty())
        return refused(fault);
    return importTable(repo, *table, who, options);
}

} // namespace houqin::io
