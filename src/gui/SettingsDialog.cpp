#include "SettingsDialog.h"

#include "CampusText.h"
#include "ErrorDisplay.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"
#include "ui_SettingsDialog.h"

#include <QPushButton>

namespace houqin::gui {

SettingsDialog::SettingsDialog(Database& db, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_db(db) {
    m_ui->setupUi(this);
    connect(m_ui->semesterStartCheckBox, &QCheckBox::toggled, m_ui->semesterStartDateEdit,
            &QWidget::setEnabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    m_ui->messagesLabel->setVisible(false);
    setSettings(db.settings());
    resize(width(), sizeHint().height());
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setSettings(const KindergartenSettings& s) {
    m_ui->nameLineEdit->setText(s.name);
    m_ui->campusesPlainTextEdit->setPlainText(campusesToText(s.campuses));
    m_ui->semesterStartCheckBox->setChecked(s.semesterStart.isValid());
    m_ui->semesterStartDateEdit->setEnabled(s.semesterStart.isValid());
    m_ui->semesterStartDateEdit->setDate(s.semesterStart.isValid() ? s.semesterStart : m_db.now().date());
    m_ui->minWeightDoubleSpinBox->setValue(s.minSampleWeightG);
    m_ui->holdHoursSpinBox->setValue(s.sampleHoldHours);
    m_ui->fridgeMinDoubleSpinBox->setValue(s.fridgeMinC);
    m_ui->fridgeMaxDoubleSpinBox->setValue(s.fridgeMaxC);
}

KindergartenSettings SettingsDialog::settings() const {
    KindergartenSettings s = m_db.settings();
    s.name = m_ui->nameLineEdit->text().trimmed();
    s.campuses = campusesFromText(m_ui->campusesPlainTextEdit->toPlainText());
    s.semesterStart =
        m_ui->semesterStartCheckBox->isChecked() ? m_ui->semesterStartDateEdit->date() : QDate();
    s.minSampleWeightG = m_ui->minWeightDoubleSpinBox->value();
    s.sampleHoldHours = m_ui->holdHoursSpinBox->value();
    s.fridgeMinC = m_ui->fridgeMinDoubleSpinBox->value();
    s.fridgeMaxC = m_ui->fridgeMaxDoubleSpinBox->value();
    return s;
}

bool SettingsDialog::save() {
    const KindergartenSettings s = settings();
    const Issues issues = s.validate();
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
    return true;
}

void SettingsDialog::accept() {
    if (save())
        QDialog::accept();
}

} // namespace houqin::gui
