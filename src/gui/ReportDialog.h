#pragma once

#include "domain/Result.h"
#include "reports/ReportRegistry.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QFormLayout;
class QDateEdit;
class QLabel;
class QPushButton;

namespace houqin {
class Database;
}

namespace houqin::gui {

// File → Print report…: any report of reports::allReports() (each module's registers and notices, listed
// without the dialog knowing them), for a period picked the way the report is printed: a day, any day of a
// week (the ISO week is shown), or a month. A report printed without a period may still be given a date
// (the plan of the semester holding it). Then print preview or PDF.
class ReportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ReportDialog(Database& db, QWidget* parent = nullptr);

    QComboBox* reportCombo() const { return m_report; }
    QDateEdit* dateEdit() const { return m_date; }
    QLabel* periodLabel() const { return m_periodLabel; }
    QCheckBox* useDateBox() const { return m_useDate; }
    // "Blank form": shown only for a report that has one (ReportDef::blankable).
    QCheckBox* blankBox() const { return m_blank; }

    // The text field of the current report's option `key` (ReportDef::options), or null.
    QLineEdit* optionEdit(const QString& key) const;
    // The options typed, empty ones left out.
    reports::ReportOptions options() const;

    // Chooses a report by key; false when there is none.
    bool setReport(const QString& key);
    const reports::ReportDef* currentReport() const;
    // Sets the period's day (any day of the week or month); for a report without a period, prints it for
    // that day.
    void setPeriodDate(QDate day);
    // The period the dialog describes now.
    reports::Period period() const;

    Result<reports::TableDocument> buildDocument() const;
    // Writes the report to path (reports::writePdf). Errors are returned, not shown.
    Result<int> writePdfTo(const QString& path) const;
    // The report as a standalone web page (the weekly menu for the website).
    Status writeHtmlTo(const QString& path) const;
    // What Save PDF offers: the report's name and period ("-blank" for a blank form) in the last folder.
    QString suggestedFileName() const;

public Q_SLOTS:
    void printPreview();
    void savePdf();
    void saveHtml();

private:
    void reportChanged();
    void updatePeriodLabel();

    Database& m_db;
    QComboBox* m_report = nullptr;
    QLabel* m_dateCaption = nullptr;
    QDateEdit* m_date = nullptr;
    QCheckBox* m_useDate = nullptr;
    QCheckBox* m_blank = nullptr;
    QComboBox* m_periodKind = nullptr; // for reports printed for more than one kind of period
    QLabel* m_periodLabel = nullptr;
    QFormLayout* m_optionsForm = nullptr; // one row per option of the current report
    QMap<QString, QLineEdit*> m_optionEdits;
};

} // namespace houqin::gui
