#include "ReportDialog.h"

#include "ErrorDisplay.h"
#include "Icons.h"
#include "Preferences.h"
#include "reports/HtmlExport.h"
#include "reports/Printer.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace houqin::gui {

using reports::Period;

ReportDialog::ReportDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db) {
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Print report"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_report = new QComboBox(this);
    m_report->setObjectName(QStringLiteral("reportComboBox"));
    // Only what the signed-in user may print (the print permission on each kind a report prints).
    for (const reports::ReportDef& r : reports::allReports())
        if (r.mayPrint(db))
            m_report->addItem(r.displayLabel(), r.key);
    form->addRow(tr("&Report:"), m_report);

    auto* dateRow = new QHBoxLayout;
    m_useDate = new QCheckBox(tr("For the day"), this);
    m_useDate->setObjectName(QStringLiteral("useDateCheckBox"));
    m_date = new QDateEdit(db.now().date(), this);
    m_date->setObjectName(QStringLiteral("periodDateEdit"));
    m_date->setCalendarPopup(true);
    m_periodKind = new QComboBox(this);
    m_periodKind->setObjectName(QStringLiteral("periodKindComboBox"));
    dateRow->addWidget(m_useDate);
    dateRow->addWidget(m_periodKind);
    dateRow->addWidget(m_date);
    dateRow->addStretch(1);
    m_dateCaption = new QLabel(tr("&Period:"), this);
    m_dateCaption->setBuddy(m_date);
    form->addRow(m_dateCaption, dateRow);
    m_periodLabel = new QLabel(this);
    m_periodLabel->setObjectName(QStringLiteral("periodLabel"));
    m_periodLabel->setWordWrap(true);
    form->addRow(QString(), m_periodLabel);
    m_blank = new QCheckBox(tr("&Blank form (to fill in by hand)"), this);
    m_blank->setObjectName(QStringLiteral("blankCheckBox"));
    form->addRow(QString(), m_blank);
    layout->addLayout(form);
    m_optionsForm = new QFormLayout;
    layout->addLayout(m_optionsForm);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* preview = buttons->addButton(tr("Print pre&view…"), QDialogButtonBox::ActionRole);
    preview->setObjectName(QStringLiteral("previewButton"));
    preview->setIcon(icon(QStringLiteral("print")));
    preview->setDefault(true);
    QPushButton* pdf = buttons->addButton(tr("Save P&DF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("pdfButton"));
    pdf->setIcon(icon(QStringLiteral("pdf")));
    QPushButton* html = buttons->addButton(tr("Save &HTML…"), QDialogButtonBox::ActionRole);
    html->setObjectName(QStringLiteral("htmlButton"));
    html->setToolTip(tr("A web page of the report, for the kindergarten's website"));
    connect(html, &QPushButton::clicked, this, &ReportDialog::saveHtml);
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(preview, &QPushButton::clicked, this, &ReportDialog::printPreview);
    connect(pdf, &QPushButton::clicked, this, &ReportDialog::savePdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_report, &QComboBox::currentIndexChanged, this, &ReportDialog::reportChanged);
    connect(m_date, &QDateEdit::dateChanged, this, &ReportDialog::updatePeriodLabel);
    connect(m_periodKind, &QComboBox::currentIndexChanged, this, &ReportDialog::updatePeriodLabel);
    connect(m_useDate, &QCheckBox::toggled, this, [this](bool on) {
        m_date->setEnabled(on);
        updatePeriodLabel();
    });
    reportChanged();
    resize(520, sizeHint().height());
}

const reports::ReportDef* ReportDialog::currentReport() const {
    return reports::findReport(m_report->currentData().toString());
}

bool ReportDialog::setReport(const QString& key) {
    const int i = m_report->findData(key);
    if (i < 0)
        return false;
    m_report->setCurrentIndex(i);
    return true;
}

void ReportDialog::setPeriodDate(QDate day) {
    if (!day.isValid())
        return;
    m_date->setDate(day);
    if (const reports::ReportDef* r = currentReport(); r && r->period == Period::Kind::None)
        m_useDate->setChecked(true);
}

QLineEdit* ReportDialog::optionEdit(const QString& key) const {
    return m_optionEdits.value(key);
}

reports::ReportOptions ReportDialog::options() const {
    reports::ReportOptions out;
    for (auto it = m_optionEdits.cbegin(); it != m_optionEdits.cend(); ++it)
        if (!(*it)->text().trimmed().isEmpty())
            out.insert(it.key(), (*it)->text().trimmed());
    return out;
}

void ReportDialog::reportChanged() {
    const reports::ReportDef* r = currentReport();
    while (m_optionsForm->rowCount() > 0)
        m_optionsForm->removeRow(0);
    m_optionEdits.clear();
    for (const reports::ReportOption& o : r ? r->options : QList<reports::ReportOption>{}) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(o.key + QStringLiteral("OptionEdit"));
        edit->setPlaceholderText(QCoreApplication::translate("Reports", o.description));
        m_optionsForm->addRow(QCoreApplication::translate("Reports", o.label) + QLatin1Char(':'), edit);
        m_optionEdits.insert(o.key, edit);
    }
    const Period::Kind kind = r ? r->period : Period::Kind::None;
    // A month is picked as a month; a day, or any day of a week, as a date.
    m_date->setDisplayFormat(kind == Period::Kind::Month ? QStringLiteral("yyyy-MM")
                                                         : QStringLiteral("yyyy-MM-dd"));
    m_useDate->setVisible(kind == Period::Kind::None);
    // Only a report with a blank form offers one; another report is printed filled.
    const bool blankable = r && r->blankable();
    m_blank->setVisible(blankable);
    if (!blankable)
        m_blank->setChecked(false);
    // Reports printed for more than one kind of period offer the choice ("Day" or "Week").
    const QSignalBlocker block(m_periodKind);
    m_periodKind->clear();
    if (r && !r->alsoFor.isEmpty())
        for (const Period::Kind k : QList<Period::Kind>{r->period} + r->alsoFor)
            m_periodKind->addItem(k == Period::Kind::Day     ? tr("Day")
                                  : k == Period::Kind::Week  ? tr("Week")
                                  : k == Period::Kind::Month ? tr("Month")
                                                             : QString(),
                                  int(k));
    m_periodKind->setVisible(m_periodKind->count() > 0);
    m_date->setEnabled(kind != Period::Kind::None || m_useDate->isChecked());
    switch (kind) {
    case Period::Kind::Day:
        m_dateCaption->setText(tr("&Day:"));
        break;
    case Period::Kind::Week:
        m_dateCaption->setText(tr("&Week of:"));
        break;
    case Period::Kind::Month:
        m_dateCaption->setText(tr("&Month:"));
        break;
    case Period::Kind::None:
        m_dateCaption->setText(tr("&Period:"));
        break;
    }
    updatePeriodLabel();
}

Period ReportDialog::period() const {
    const reports::ReportDef* r = currentReport();
    const QDate d = m_date->date();
    Period::Kind kind = r ? r->period : Period::Kind::None;
    if (m_periodKind->count() > 0)
        kind = Period::Kind(m_periodKind->currentData().toInt());
    switch (kind) {
    case Period::Kind::Day:
        return Period::day(d);
    case Period::Kind::Week:
        return Period::isoWeek(d);
    case Period::Kind::Month:
        return Period::month(d.year(), d.month());
    case Period::Kind::None:
        break;
    }
    return m_useDate->isChecked() ? Period::day(d) : Period();
}

void ReportDialog::updatePeriodLabel() {
    const Period p = period();
    m_periodLabel->setText(p.kind == Period::Kind::None ? tr("The report needs no period.")
                                                        : tr("Prints: %1").arg(p.label()));
}

Result<reports::TableDocument> ReportDialog::buildDocument() const {
    const reports::ReportDef* r = currentReport();
    if (!r)
        return Error::make(Error::Code::Usage, tr("Choose a report."));
    return r->make(m_db, period(), m_blank->isChecked(), options());
}

Result<int> ReportDialog::writePdfTo(const QString& path) const {
    auto doc = buildDocument();
    if (!doc)
        return doc.error();
    return reports::writePdf(*doc, path);
}

QString ReportDialog::suggestedFileName() const {
    const reports::ReportDef* r = currentReport();
    const Period p = period();
    QString name = r ? r->displayLabel() : QStringLiteral("report");
    // A blank form is saved beside the filled one, not over it.
    if (m_blank->isChecked())
        name += QLatin1Char('-') + tr("blank");
    if (p.from.isValid())
        name +=
            QLatin1Char('-') + p.from.toString(p.kind == Period::Kind::Month ? QStringLiteral("yyyyMM")
                                                                             : QStringLiteral("yyyyMMdd"));
    return QStringLiteral("%1/%2.pdf").arg(prefs::lastDirectory(), name);
}

Status ReportDialog::writeHtmlTo(const QString& path) const {
    auto doc = buildDocument();
    if (!doc)
        return doc.error();
    return reports::writeHtml(*doc, path);
}

void ReportDialog::saveHtml() {
    QString suggested = suggestedFileName();
    suggested.chop(4);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save HTML"), suggested + QStringLiteral(".html"), tr("Web pages (*.html)"));
    if (path.isEmpty())
        return;
    prefs::setLastDirectoryFromFile(path);
    if (Status s = writeHtmlTo(path); !s) {
        showError(this, tr("Could not save the web page"), s.error());
        return;
    }
    m_periodLabel->setText(tr("Saved the web page %1.").arg(QDir::toNativeSeparators(path)));
}

void ReportDialog::printPreview() {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto doc = buildDocument();
    QApplication::restoreOverrideCursor();
    if (!doc) {
        showError(this, tr("Could not prepare the report"), doc.error());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print preview — %1").arg(currentReport()->displayLabel()));
    std::optional<Error> failed;
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter* p) {
        auto pages = reports::render(doc.value(), *p);
        if (!pages)
            failed = pages.error();
    });
    preview.resize(1000, 700);
    preview.exec();
    if (failed)
        showError(this, tr("Could not print"), *failed);
}

void ReportDialog::savePdf() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save PDF"), suggestedFileName(), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    prefs::setLastDirectoryFromFile(path);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto pages = writePdfTo(path);
    QApplication::restoreOverrideCursor();
    if (!pages) {
        showError(this, tr("Could not save the PDF"), pages.error());
        return;
    }
    m_periodLabel->setText(
        tr("Saved %n page(s) to %1.", nullptr, *pages).arg(QDir::toNativeSeparators(path)));
}

} // namespace houqin::gui
