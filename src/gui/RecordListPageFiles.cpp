// The list page's file actions: print preview, PDF, CSV and XLSX export and import. Kept apart from the
// page's layout and selection code so each file stays readable.
#include "ErrorDisplay.h"
#include "ImportProblemsDialog.h"
#include "Preferences.h"
#include "RecordListPage.h"
#include "RecordTableModel.h"
#include "io/RecordFiles.h"
#include "reports/Printer.h"
#include "reports/ReportRegistry.h"
#include "storage/Database.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>

namespace houqin::gui {

namespace {
// A wait cursor and a busy dialog for work that gives no progress of its own.
class BusyIndicator {
public:
    BusyIndicator(QWidget* parent, const QString& text) : m_dialog(text, QString(), 0, 0, parent) {
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setMinimumDuration(0);
        m_dialog.setCancelButton(nullptr);
        m_dialog.show();
        QApplication::setOverrideCursor(Qt::WaitCursor);
        QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    }
    ~BusyIndicator() { QApplication::restoreOverrideCursor(); }

private:
    QProgressDialog m_dialog;
};

// A file with record IDs: shows what importing it would do and asks how. Empty = cancelled.
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
    {
        BusyIndicator busy(this, tr("Preparing the print…"));
        doc = reports::recordTable(m_db, m_kind, currentQuery());
    }
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
    BusyIndicator busy(this, tr("Writing the PDF…"));
    auto doc = reports::recordTable(m_db, m_kind, currentQuery());
    if (!doc) {
        showError(this, tr("Could not export the PDF"), doc.error());
        return false;
    }
    auto pages = reports::writePdf(*doc, path);
    if (!pages) {
        showError(this, tr("Could not export the PDF"), pages.error());
        return false;
    }
    Q_EMIT statusMessage(tr("Saved %1 pages to %2.").arg(*pages).arg(QDir::toNativeSeparators(path)));
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
    BusyIndicator busy(this, tr("Exporting…"));
    RecordRepository repo(m_db, m_kind);
    if (Status s = io::exportFile(repo, options, path); !s) {
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
    RecordRepository repo(m_db, m_kind);
    io::ImportOptions options;
    // A file with record IDs stops after its plan, so that the user decides before anything is written.
    options.askIfIds = true;
    auto run = [&]() {
        QProgressDialog progress(tr("Importing %1…").arg(fileName), QString(), 0, 0, this);
        progress.setWindowModality(Qt::WindowModal);
        progress.setCancelButton(nullptr); // all or nothing: there is no half-way point to stop at
        progress.setMinimumDuration(300);
        options.progress = [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
        };
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto result = io::importFile(repo, path, Actor::systemUser(), options);
        QApplication::restoreOverrideCursor();
        progress.reset();
        options.progress = {};
        return result;
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
