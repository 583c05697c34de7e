#include "SettingsDialog.h"

#include "CampusText.h"
#include "ErrorDisplay.h"
#include "domain/ListText.h"
#include "storage/BackupFolder.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"
#include "storage/plan/SemesterService.h"
#include "ui_SettingsDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTimeEdit>

namespace houqin::gui {

SettingsDialog::SettingsDialog(Database& db, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_db(db) {
    m_ui->setupUi(this);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    m_ui->messagesLabel->setVisible(false);
    // Empty is the default folder, shown as the placeholder.
    m_ui->backupFolderLineEdit->setPlaceholderText(
        QDir::toNativeSeparators(backupfolder::defaultFor(db.path())));
    connect(m_ui->backupFolderBrowseButton, &QPushButton::clicked, this, &SettingsDialog::browseBackupFolder);
    setSettings(db.settings());
    m_ui->backupFolderLineEdit->setText(QDir::toNativeSeparators(backupfolder::setting(db)));
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setSettings(const KindergartenSettings& s) {
    m_ui->nameLineEdit->setText(s.name);
    m_ui->campusesPlainTextEdit->setPlainText(campusesToText(s.campuses));
    // The current semester is the source of the semester start (SemesterService mirrors it here); it is
    // changed under Work plan → Semesters, not here.
    const auto current = houqin::plan::SemesterService(m_db).current();
    QString semester;
    if (current && current->has_value())
        semester = tr("%1, %2 to %3")
                       .arg((*current)->name, (*current)->start.toString(Qt::ISODate),
                            (*current)->end.toString(Qt::ISODate));
    else if (s.semesterStart.isValid())
        semester = tr("Starts %1").arg(s.semesterStart.toString(Qt::ISODate));
    else
        semester = tr("None yet");
    m_ui->semesterValueLabel->setText(
        semester + QLatin1Char('\n') +
        tr("Semesters are created and made current under Work plan → Semesters."));
    m_ui->minWeightDoubleSpinBox->setValue(s.minSampleWeightG);
    m_ui->holdHoursSpinBox->setValue(s.sampleHoldHours);
    m_ui->fridgeMinDoubleSpinBox->setValue(s.fridgeMinC);
    m_ui->fridgeMaxDoubleSpinBox->setValue(s.fridgeMaxC);
    m_ui->pesticideDoubleSpinBox->setValue(s.pesticideThresholdPct);
    m_ui->certificateDaysSpinBox->setValue(s.certificateWarningDays);
    m_ui->licenceDaysSpinBox->setValue(s.licenceWarningDays);
    m_ui->feverDoubleSpinBox->setValue(s.feverThresholdC);
    m_ui->toleranceDoubleSpinBox->setValue(s.accountsTolerancePct);
    m_ui->earliestYearSpinBox->setValue(s.earliestYear);
    m_ui->yearsAheadSpinBox->setValue(s.latestYearsAhead);
    m_ui->visitorChecksLineEdit->setText(s.visitorChecks.join(QStringLiteral("、")));
    m_ui->fixedThresholdDoubleSpinBox->setValue(double(s.fixedAssetThresholdFen) / 100.0);
    m_ui->specialThresholdDoubleSpinBox->setValue(double(s.specialEquipmentThresholdFen) / 100.0);
    m_ui->codePrefixesLineEdit->setText(s.assetCodePrefixes.join(QStringLiteral("、")));
    m_ui->stocktakeWeeksLineEdit->setText(KindergartenSettings::weeksText(s.stocktakeWeeks));
    const QList<QTimeEdit*> rounds = roundTimeEdits();
    for (int i = 0; i < rounds.size() && i < s.patrolRoundTimes.size(); ++i)
        rounds.at(i)->setTime(s.patrolRoundTimes.at(i));
    m_ui->passMarkDoubleSpinBox->setValue(s.examPassMark);
    QStringList rubric;
    for (const RubricItem& item : s.appraisalRubric)
        rubric << item.name + QLatin1Char(' ') + QString::number(item.weight);
    m_ui->rubricLineEdit->setText(rubric.join(QStringLiteral("、")));
    m_ui->excellentDoubleSpinBox->setValue(s.gradeExcellent);
    m_ui->goodDoubleSpinBox->setValue(s.gradeGood);
    m_ui->passGradeDoubleSpinBox->setValue(s.gradePass);
    m_ui->menuWeekdayComboBox->setCurrentIndex(s.menuRemindFromWeekday - 1);
    for (const auto& [box, member] : windowSpinBoxes())
        box->setValue(s.*member);
}

void SettingsDialog::browseBackupFolder() {
    const QString start =
        backupfolder::resolve(m_db.path(), QDir::fromNativeSeparators(m_ui->backupFolderLineEdit->text()));
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Backup folder"), start);
    if (!folder.isEmpty())
        m_ui->backupFolderLineEdit->setText(QDir::toNativeSeparators(folder));
}

// The reminder windows typed as whole numbers, each with the setting it edits.
QList<QPair<QSpinBox*, int KindergartenSettings::*>> SettingsDialog::windowSpinBoxes() const {
    using K = KindergartenSettings;
    return {{m_ui->accountsDaySpinBox, &K::accountsRemindFromDay},
            {m_ui->drillMonthSpinBox, &K::drillRemindFromQuarterMonth},
            {m_ui->agreementsWeekSpinBox, &K::agreementsRemindFromWeek},
            {m_ui->educationDaySpinBox, &K::educationRemindFromDay},
            {m_ui->studyIntervalSpinBox, &K::studyIntervalDays},
            {m_ui->examLastDaysSpinBox, &K::examRemindLastDays},
            {m_ui->appraisalDaySpinBox, &K::appraisalRemindFromDay},
            {m_ui->urgentWaitSpinBox, &K::urgentRepairWaitDays},
            {m_ui->repairOpenSpinBox, &K::repairOpenDays},
            {m_ui->loansWeekSpinBox, &K::loansReturnFromWeek},
            {m_ui->lockMinutesSpinBox, &K::lockAfterMinutes}};
}

QList<QTimeEdit*> SettingsDialog::roundTimeEdits() const {
    return {m_ui->patrolRound1TimeEdit, m_ui->patrolRound2TimeEdit, m_ui->patrolRound3TimeEdit};
}

// "出勤纪律 20、岗位职责 30" as typed: items separated like visitor checks, each ending in its weight.
QList<RubricItem> SettingsDialog::rubric(Issues* problems) const {
    static const QRegularExpression weight(
        QStringLiteral(R"(^(.*?)\s*[=＝:：]?\s*([0-9]+(?:\.[0-9]+)?)\s*[%％]?$)"));
    QStringList lines;
    for (const QString& p : splitListText(m_ui->rubricLineEdit->text())) {
        const auto m = weight.match(p);
        lines << (m.hasMatch() ? m.captured(1) + QLatin1Char('=') + m.captured(2) : p);
    }
    return KindergartenSettings::parseRubric(lines.join(QLatin1Char('\n')), problems);
}

KindergartenSettings SettingsDialog::settings() const {
    KindergartenSettings s = m_db.settings();
    s.name = m_ui->nameLineEdit->text().trimmed();
    s.campuses = campusesFromText(m_ui->campusesPlainTextEdit->toPlainText());
    s.minSampleWeightG = m_ui->minWeightDoubleSpinBox->value();
    s.sampleHoldHours = m_ui->holdHoursSpinBox->value();
    s.fridgeMinC = m_ui->fridgeMinDoubleSpinBox->value();
    s.fridgeMaxC = m_ui->fridgeMaxDoubleSpinBox->value();
    s.pesticideThresholdPct = m_ui->pesticideDoubleSpinBox->value();
    s.certificateWarningDays = m_ui->certificateDaysSpinBox->value();
    s.licenceWarningDays = m_ui->licenceDaysSpinBox->value();
    s.feverThresholdC = m_ui->feverDoubleSpinBox->value();
    s.accountsTolerancePct = m_ui->toleranceDoubleSpinBox->value();
    s.earliestYear = m_ui->earliestYearSpinBox->value();
    s.latestYearsAhead = m_ui->yearsAheadSpinBox->value();
    s.visitorChecks = splitListText(m_ui->visitorChecksLineEdit->text());
    s.patrolRoundTimes.clear();
    for (const QTimeEdit* edit : roundTimeEdits())
        s.patrolRoundTimes << edit->time();
    // Yuan with two decimals in the dialog, fen in the settings.
    s.fixedAssetThresholdFen = qRound64(m_ui->fixedThresholdDoubleSpinBox->value() * 100.0);
    s.specialEquipmentThresholdFen = qRound64(m_ui->specialThresholdDoubleSpinBox->value() * 100.0);
    s.assetCodePrefixes = splitListText(m_ui->codePrefixesLineEdit->text());
    // Unreadable text keeps the weeks as loaded; save() names it.
    if (auto weeks = KindergartenSettings::parseWeeks(m_ui->stocktakeWeeksLineEdit->text()))
        s.stocktakeWeeks = *weeks;
    s.examPassMark = m_ui->passMarkDoubleSpinBox->value();
    s.appraisalRubric = rubric(nullptr);
    s.gradeExcellent = m_ui->excellentDoubleSpinBox->value();
    s.gradeGood = m_ui->goodDoubleSpinBox->value();
    s.gradePass = m_ui->passGradeDoubleSpinBox->value();
    s.menuRemindFromWeekday = m_ui->menuWeekdayComboBox->currentIndex() + 1;
    for (const auto& [box, member] : windowSpinBoxes())
        s.*member = box->value();
    return s;
}

bool SettingsDialog::save() {
    const KindergartenSettings s = settings();
    Issues issues;
    (void)rubric(&issues); // an item without a weight is named, not dropped silently
    if (!KindergartenSettings::parseWeeks(m_ui->stocktakeWeeksLineEdit->text()))
        issues << Issue::error(settingkey::kStocktakeWeeks,
                               //: zh_CN "资产清点周次应写成以逗号分隔的周次，如 5,20：“%1”。"
                               tr("Write the stocktake weeks as week numbers separated by commas, such as "
                                  "5,20: \"%1\".")
                                   .arg(m_ui->stocktakeWeeksLineEdit->text()));
    issues << s.validate();
    const QString folder = QDir::fromNativeSeparators(m_ui->backupFolderLineEdit->text().trimmed());
    if (const QString why = backupfolder::problem(folder); !why.isEmpty())
        issues << Issue::error(QStringLiteral("backup.folder"), why);
    QStringList lines;
    for (const Issue& i : issues)
        lines << QStringLiteral("• ") + i.message;
    m_ui->messagesLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->messagesLabel->setVisible(!lines.isEmpty());
    if (hasErrors(issues))
        return false;
    if (Status st = SettingsStore::save(m_db, s, Actor::systemUser()); !st) {
        showError(this, tr("Could not save the settings"), st.error());
        return false;
    }
    if (Status st = backupfolder::save(m_db, folder, Actor::systemUser()); !st) {
        showError(this, tr("Could not save the settings"), st.error());
        return false;
    }
    return true;
}

void SettingsDialog::accept() {
    if (save())
        QDialog::accept();
}

} // namespace houqin::gui
