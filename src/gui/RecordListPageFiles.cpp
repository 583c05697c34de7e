// The list page's file actions: print preview, PDF, CSV and XLSX export and import. Kept apart from the
// page's layout and selection code so each file stays readable.
#include "BackgroundTask.h"
#include "ErrorDisplay.h"
#include "ImportProblemsDialog.h"
#include "Preferences.h"
#include "RecordListPage.h"
#include "RecordTableModel.h"
#include "domain/OutputFile.h"
#include "io/RecordFiles.h"
#include "reports/Printer.h"
#include "reports/ReportRegistry.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QTemporaryDir>

namespace houqin::gui {

namespace {
Error cancelled() {
    return Error::make(Error::Code::Cancelled, QCoreApplication::translate("BackgroundTask", "Cancelled."));
}

std::optional<io::IdMode> askHowToImport(QWidget* parent, const QString& fileName,
                                         const io::ImportResult& plan) {
    QMessageBox box(
        QMessageBox::Question, RecordListPage::tr("Import %1").arg(fileName),
        RecordListPage::tr("%1 has record IDs of this database: it was exported from here.").arg(fileName),
        QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("importPlanMessageBox"));
    box.setInformativeText(
        RecordListPage::tr("Update: %1 records are changed, %2 are unchanged and stay as they are, %3 rows "
                           "without ID are added.\n\nInsert all as new: all %4 rows are added as new records "
                           "beside the existing ones.")
            .arg(plan.updated)
            .arg(plan.unchanged)
            .arg(plan.imported)
            .arg(plan.imported + plan.updated + plan.unchanged));
    QPushButton* update = box.addButton(RecordListPage::tr("Update"), QMessageBox::AcceptRole);
    update->setObjectName(QStringLiteral("updateButton"));
    QPushButton* insert = box.addButton(RecordListPage::tr("Insert all as new"), QMessageBox::ActionRole);
    insert->setObjectName(QStringLiteral("insertAllButton"));
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    box.setDefaultButton(update);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == update)
        return io::IdMode::Update;
    if (box.clickedButton() == insert)
        return io::IdMode::InsertOnly;
    return std::nullopt;
}
} // namespace

void RecordListPage::printPreview() {
    std::optional<Result<reports::TableDocument>> doc;
    const Status prepared = runInBackground(this, m_db, tr("Preparing the print…"),
                                            [&, query = currentQuery()](Database& db, TaskControl& control) {
                                                doc = reports::recordTable(db, m_kind, query);
                                                return control.cancelled() ? Status(cancelled()) : Status();
                                            });
    if (!prepared)
        return; // cancelled
    if (!*doc) {
        showError(this, tr("Could not prepare the print"), doc->error());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print preview — %1").arg(m_kind.displayLabel()));
    std::optional<Error> failed;
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter* p) {
        auto pages = reports::render(doc->value(), *p);
        if (!pages)
            failed = pages.error();
    });
    preview.resize(1000, 700);
    preview.exec();
    if (failed)
        showError(this, tr("Could not print"), *failed);
}

void RecordListPage::exportPdf() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export PDF"), suggestedFileName(QStringLiteral("pdf")), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    prefs::setLastDirectoryFromFile(path);
    exportPdfTo(path);
}

bool RecordListPage::exportPdfTo(const QString& path) {
    int pages = 0;
    const Status s = runInBackground(this, m_db, tr("Writing the PDF…"),
                                     [&, query = currentQuery()](Database& db, TaskControl& control) {
                                         auto doc = reports::recordTable(db, m_kind, query);
                                         if (!doc)
                                             return Status(doc.error());
                                         if (control.cancelled())
                                             return Status(cancelled());
                                         // Written aside first, so that Cancel during the writing leaves no
                                         // file and no half of one.
                                         QTemporaryDir dir;
                                         const QString aside = dir.filePath(QStringLiteral("print.pdf"));
                                         auto written = reports::writePdf(*doc, aside);
                                         if (!written)
                                             return Status(written.error());
                                         if (control.cancelled())
                                             return Status(cancelled());
                                         QFile file(aside);
                                         if (!file.open(QIODevice::ReadOnly))
                                             return Status(Error::make(Error::Code::Io, file.errorString()));
                                         pages = *written;
                                         return OutputFile::writeAll(path, file.readAll());
                                     });
    if (!s) {
        if (s.error().code == Error::Code::Cancelled)
            Q_EMIT statusMessage(tr("The PDF was not written: cancelled."));
        else
            showError(this, tr("Could not export the PDF"), s.error());
        return false;
    }
    Q_EMIT statusMessage(tr("Saved %1 pages to %2.").arg(pages).arg(QDir::toNativeSeparators(path)));
    return true;
}

void RecordListPage::exportCsv() {
    const QString csv = tr("CSV files (*.csv)"), xlsx = tr("Excel workbooks (*.xlsx)");
    QString filter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(m_kind.displayLabel()),
                                                suggestedFileName(QStringLiteral("csv")),
                                                csv + QStringLiteral(";;") + xlsx, &filter);
    if (path.isEmpty())
        return;
    // The file name decides the format; the chosen filter gives the suffix when the name has none or
    // still has the suggested ".csv".
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (filter == xlsx && suffix != QLatin1String("xlsx"))
        path = (suffix == QLatin1String("csv") ? path.chopped(4) : path) + QStringLiteral(".xlsx");
    else if (suffix.isEmpty())
        path += QStringLiteral(".csv");
    prefs::setLastDirectoryFromFile(path);
    exportCsvTo(path);
}

bool RecordListPage::exportCsvTo(const QString& path) {
    io::ExportOptions options;
    options.query = currentQuery();
    const Status s = runInBackground(this, m_db, tr("Exporting…"), [&](Database& db, TaskControl& control) {
        options.progress = [&control](int done, int total) { control.progress(done, total); };
        options.cancelled = [&control] { return control.cancelled(); };
        return io::exportFile(RecordRepository(db, m_kind), options, path);
    });
    if (!s) {
        if (s.error().code == Error::Code::Cancelled)
            Q_EMIT statusMessage(tr("Export cancelled; no file was written."));
        else
            showError(this, tr("Could not export"), s.error());
        return false;
    }
    Q_EMIT statusMessage(
        tr("Exported %1 records to %2.").arg(m_model->totalCount()).arg(QDir::toNativeSeparators(path)));
    return true;
}

void RecordListPage::importCsv() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import into %1").arg(m_kind.displayLabel()), prefs::lastDirectory(),
        tr("CSV files and workbooks (*.csv *.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    prefs::setLastDirectoryFromFile(path);
    importFrom(path);
}

bool RecordListPage::importFrom(const QString& path) {
    const QString fileName = QFileInfo(path).fileName();
    io::ImportOptions options;
    // A file with record IDs stops after its plan, so that the user decides before anything is written.
    options.askIfIds = true;
    auto run = [&]() -> Result<io::ImportResult> {
        std::optional<io::ImportResult> imported;
        const Status s = runInBackground(
            this, m_db, tr("Importing %1…").arg(fileName), [&](Database& db, TaskControl& control) {
                io::ImportOptions o = options;
                o.progress = [&control](int done, int total) { control.progress(done, total); };
                o.cancelled = [&control] { return control.cancelled(); };
                RecordRepository repo(db, m_kind);
                auto r = io::importFile(repo, path, Actor::systemUser(), o);
                if (!r)
                    return Status(r.error());
                imported = *r;
                return Status();
            });
        if (!s)
            return s.error();
        return *imported;
    };
    auto result = run();
    if (result && result->ok() && !result->written && result->hasIds) {
        const std::optional<io::IdMode> mode = askHowToImport(this, fileName, *result);
        if (!mode) {
            Q_EMIT statusMessage(tr("Import of %1 cancelled; nothing was written.").arg(fileName));
            return false;
        }
        options.askIfIds = false;
        options.ids = *mode;
        result = run();
    }

    if (!result && result.error().code == Error::Code::Cancelled) {
        Q_EMIT statusMessage(tr("Import of %1 cancelled; nothing was written.").arg(fileName));
        return false;
    }
    if (!result) {
        showError(this, tr("Could not import %1").arg(fileName), result.error());
        return false;
    }
    if (!result->ok()) {
        ImportProblemsDialog(fileName, result->problems, result->moreProblems,
                             ImportProblemsDialog::Mode::NothingImported, this)
            .exec();
        return false;
    }
    m_model->reload();
    Q_EMIT recordsChanged();
    if (result->hasIds && options.ids == io::IdMode::Update)
        Q_EMIT statusMessage(tr("Imported %1: %2.").arg(fileName, result->countsText()));
    else
        Q_EMIT statusMessage(tr("Imported %1 records from %2.").arg(result->imported).arg(fileName));
    if (!result->warnings.isEmpty())
        ImportProblemsDialog(fileName, result->warnings, result->moreWarnings,
                             ImportProblemsDialog::Mode::ImportedWithWarnings, this)
            .exec();
    return true;
}

} // namespace houqin::gui
