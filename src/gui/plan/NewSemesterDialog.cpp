#include "NewSemesterDialog.h"

#include "PlanText.h"
#include "domain/SemesterCalendar.h"
#include "storage/Database.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace houqin::gui::plan {

using houqin::plan::NewSemester;
using houqin::plan::SemesterService;

NewSemesterDialog::NewSemesterDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db) {
    setObjectName(QStringLiteral("newSemesterDialog"));
    setWindowTitle(tr("New semester"));
    SemesterService service(db);
    auto listed = service.list();
    const QList<houqin::plan::Semester> existing = listed ? *listed : QList<houqin::plan::Semester>();
    QDate start = likelyTermStart(db.now().date());
    for (const houqin::plan::Semester& s : existing) {
        if (s.current)
            m_currentStart = s.start;
        if (s.end >= start)
            start = nextTermStart(s.end); // after the latest semester
    }

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_name->setMaxLength(50);
    form->addRow(tr("&Name:"), m_name);
    m_start = new QDateEdit(this);
    m_start->setObjectName(QStringLiteral("startDateEdit"));
    m_end = new QDateEdit(this);
    m_end->setObjectName(QStringLiteral("endDateEdit"));
    for (QDateEdit* e : {m_start, m_end}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto* startRow = new QHBoxLayout;
    startRow->addWidget(m_start);
    startRow->addStretch(1);
    auto* startLabel = new QLabel(tr("&First day:"), this);
    startLabel->setBuddy(m_start);
    form->addRow(startLabel, startRow);
    auto* endRow = new QHBoxLayout;
    endRow->addWidget(m_end);
    m_weeks = new QLabel(this);
    m_weeks->setObjectName(QStringLiteral("weeksLabel"));
    endRow->addWidget(m_weeks, 1);
    auto* endLabel = new QLabel(tr("&Last day:"), this);
    endLabel->setBuddy(m_end);
    form->addRow(endLabel, endRow);
    layout->addLayout(form);

    auto* tasksBox = new QGroupBox(tr("Plan tasks"), this);
    auto* tasksLayout = new QVBoxLayout(tasksBox);
    m_fromTemplate =
        new QRadioButton(tr("From the built-in plan template (chapter 5 of the work plan)"), tasksBox);
    m_fromTemplate->setObjectName(QStringLiteral("fromTemplateRadioButton"));
    m_copy = new QRadioButton(tr("Copied from an earlier semester:"), tasksBox);
    m_copy->setObjectName(QStringLiteral("copyRadioButton"));
    m_copyFrom = new QComboBox(tasksBox);
    m_copyFrom->setObjectName(QStringLiteral("copyFromComboBox"));
    for (const houqin::plan::Semester& s : existing)
        m_copyFrom->addItem(s.name, s.name);
    m_empty = new QRadioButton(tr("None (add tasks later)"), tasksBox);
    m_empty->setObjectName(QStringLiteral("emptyRadioButton"));
    auto* group = new QButtonGroup(this);
    for (QRadioButton* b : {m_fromTemplate, m_copy, m_empty})
        group->addButton(b);
    m_fromTemplate->setChecked(true);
    m_copy->setEnabled(!existing.isEmpty());
    m_copyFrom->setEnabled(false);
    connect(m_copy, &QRadioButton::toggled, m_copyFrom, &QWidget::setEnabled);
    tasksLayout->addWidget(m_fromTemplate);
    auto* copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copy);
    copyRow->addWidget(m_copyFrom, 1);
    tasksLayout->addLayout(copyRow);
    tasksLayout->addWidget(m_empty);
    // A semester entered after it began: its first weeks are over. Their tasks are left out unless asked
    // for, rather than opening on a page of overdue tasks nobody can do any more.
    m_trackPast = new QCheckBox(tasksBox);
    m_trackPast->setObjectName(QStringLiteral("trackPastCheckBox"));
    m_trackPast->setChecked(false);
    tasksLayout->addWidget(m_trackPast);
    layout->addWidget(tasksBox);
    for (QRadioButton* b : {m_fromTemplate, m_copy, m_empty})
        connect(b, &QRadioButton::toggled, this, &NewSemesterDialog::updatePastWeeks);

    m_makeCurrent =
        new QCheckBox(tr("Make it the &current semester (teaching weeks count from its first day)"), this);
    m_makeCurrent->setObjectName(QStringLiteral("makeCurrentCheckBox"));
    layout->addWidget(m_makeCurrent);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_problem->setVisible(false);
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewSemesterDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewSemesterDialog::reject);

    connect(m_start, &QDateEdit::dateChanged, this, &NewSemesterDialog::startChanged);
    connect(m_end, &QDateEdit::dateChanged, this, [this](QDate end) {
        const int weeks = SemesterCalendar(m_start->date(), end).weekCount();
        m_weeks->setText(tr("%n teaching week(s)", nullptr, weeks));
    });
    m_start->setDate(start);
    startChanged(); // also when setDate did not change the date
    m_name->setFocus();
    resize(520, sizeHint().height());
}

void NewSemesterDialog::startChanged() {
    const QDate start = m_start->date();
    // Name and end follow the start until the user changes them.
    if (m_name->text().trimmed().isEmpty() || m_name->text() == m_suggestedName) {
        m_suggestedName = suggestedSemesterName(start);
        m_name->setText(m_suggestedName);
    }
    if (!m_suggestedEnd.isValid() || m_end->date() == m_suggestedEnd) {
        m_suggestedEnd = SemesterCalendar::defaultEnd(start);
        m_end->setDate(m_suggestedEnd);
    }
    m_end->setMinimumDate(start);
    // A newer semester than the current one is usually the one about to run.
    m_makeCurrent->setChecked(!m_currentStart.isValid() || start > m_currentStart);
    updatePastWeeks();
}

void NewSemesterDialog::updatePastWeeks() {
    const int past = SemesterCalendar(m_start->date(), m_end->date()).weeksOver(m_db.now().date());
    m_trackPast->setText(trackPastWeeksText(past));
    m_trackPast->setVisible(past > 0 && !m_empty->isChecked());
}

NewSemester NewSemesterDialog::request() const {
    NewSemester r;
    r.name = m_name->text().trimmed();
    r.start = m_start->date();
    r.end = m_end->date();
    if (m_fromTemplate->isChecked()) {
        r.tasks = NewSemester::Tasks::FromTemplate;
    } else if (m_copy->isChecked()) {
        r.tasks = NewSemester::Tasks::CopyFrom;
        r.copyFrom = m_copyFrom->currentData().toString();
    }
    r.makeCurrent = m_makeCurrent->isChecked();
    r.trackPastWeeks = m_trackPast->isHidden() || m_trackPast->isChecked();
    return r;
}

Result<houqin::plan::CreatedSemester> NewSemesterDialog::create() {
    auto created = SemesterService(m_db).create(request(), Actor::systemUser());
    if (!created) {
        QStringList lines;
        for (const Issue& i : created.error().issues)
            if (i.isError())
                lines << i.message;
        m_problem->setText(lines.isEmpty() ? created.error().message : lines.join(QLatin1Char('\n')));
        m_problem->setVisible(true);
        return created.error();
    }
    m_problem->setVisible(false);
    m_created = *created;
    return created;
}

void NewSemesterDialog::accept() {
    if (create())
        QDialog::accept();
}

} // namespace houqin::gui::plan
