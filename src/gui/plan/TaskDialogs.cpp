#include "TaskDialogs.h"

#include "PlanText.h"
#include "domain/plan/PlanTasks.h"
#include "storage/Database.h"
#include "storage/plan/PlanService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace houqin::gui::plan {

namespace tf = houqin::plan::taskfield;

namespace {
QLabel* problemLabel(QWidget* parent) {
    auto* l = new QLabel(parent);
    l->setObjectName(QStringLiteral("problemLabel"));
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #c0392b;"));
    l->setVisible(false);
    return l;
}

QLabel* taskHeading(const Record& task, QWidget* parent) {
    auto* l = new QLabel(QStringLiteral("<b>%1</b><br>%2")
                             .arg(task.value(tf::kTitle).toString().toHtmlEscaped(),
                                  SemesterCalendar::weekLabel(int(task.value(tf::kWeek).toLongLong()))),
                         parent);
    l->setWordWrap(true);
    return l;
}

void showProblem(QLabel* label, const Error& e) {
    QStringList lines;
    for (const Issue& i : e.issues)
        if (i.isError())
            lines << i.message;
    label->setText(lines.isEmpty() ? e.message : lines.join(QLatin1Char('\n')));
    label->setVisible(true);
}
} // namespace

MarkDoneDialog::MarkDoneDialog(Database& db, const Record& task, QWidget* parent)
    : QDialog(parent), m_db(db), m_id(task.id) {
    setObjectName(QStringLiteral("markDoneDialog"));
    setWindowTitle(tr("Mark task done"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(taskHeading(task, this));

    auto* form = new QFormLayout;
    const QDate today = db.now().date();
    m_date = new QDateEdit(today, this);
    m_date->setObjectName(QStringLiteral("doneOnDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(today);
    form->addRow(tr("Done on:"), m_date);
    m_outcome = new QPlainTextEdit(this);
    m_outcome->setObjectName(QStringLiteral("outcomePlainTextEdit"));
    m_outcome->setTabChangesFocus(true);
    m_outcome->setPlaceholderText(
        tr("What was done, e.g. \"Held on 9/10, 32 staff attended, minutes filed\""));
    // Notes made earlier (a postponement's reason) stay unless the director rewrites them.
    m_outcome->setPlainText(task.value(tf::kOutcome).toString());
    m_outcome->setMinimumHeight(90);
    form->addRow(tr("Outcome:"), m_outcome);
    layout->addLayout(form);
    m_problem = problemLabel(this);
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark done"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MarkDoneDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MarkDoneDialog::reject);
    auto updateOk = [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_outcome->toPlainText().trimmed().isEmpty());
    };
    connect(m_outcome, &QPlainTextEdit::textChanged, this, updateOk);
    updateOk();
    m_outcome->setFocus();
    resize(460, sizeHint().height());
}

Status MarkDoneDialog::apply() {
    const QString outcome = m_outcome->toPlainText().trimmed();
    if (outcome.isEmpty())
        return Error::validation({Issue::error(tf::kOutcome, tr("Write a short note of the outcome."))});
    return houqin::plan::PlanService(m_db).markDone(m_id, m_date->date(), outcome, Actor::systemUser());
}

void MarkDoneDialog::accept() {
    if (Status s = apply(); !s) {
        showProblem(m_problem, s.error());
        return;
    }
    QDialog::accept();
}

PostponeDialog::PostponeDialog(Database& db, const Record& task, const houqin::plan::Semester& semester,
                               QWidget* parent)
    : QDialog(parent), m_db(db), m_id(task.id) {
    setObjectName(QStringLiteral("postponeDialog"));
    setWindowTitle(tr("Postpone task"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(taskHeading(task, this));

    auto* form = new QFormLayout;
    m_week = new QComboBox(this);
    m_week->setObjectName(QStringLiteral("weekComboBox"));
    const SemesterCalendar calendar = semester.calendar();
    // Later than the task's week, and not a week already gone (an overdue task moves to this week or later).
    const int from = qMax(int(task.value(tf::kWeek).toLongLong()) + 1, calendar.weekOf(db.now().date()));
    for (int w = qMax(1, from); w <= semester.weekCount(); ++w)
        m_week->addItem(weekSpanText(calendar, w), w);
    form->addRow(tr("Move to:"), m_week);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("noteLineEdit"));
    m_note->setPlaceholderText(tr("Why (optional), e.g. \"inspection moved by the district\""));
    form->addRow(tr("Reason:"), m_note);
    layout->addLayout(form);
    m_problem = problemLabel(this);
    layout->addWidget(m_problem);
    if (m_week->count() == 0) {
        m_problem->setText(tr("The task is already in the semester's last week."));
        m_problem->setVisible(true);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Postpone"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_week->count() > 0);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PostponeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PostponeDialog::reject);
    resize(460, sizeHint().height());
}

Status PostponeDialog::postponeTo(int week, const QString& note) {
    return houqin::plan::PlanService(m_db).postpone(m_id, week, note, Actor::systemUser());
}

void PostponeDialog::accept() {
    if (m_week->currentIndex() < 0)
        return;
    if (Status s = postponeTo(m_week->currentData().toInt(), m_note->text()); !s) {
        showProblem(m_problem, s.error());
        return;
    }
    QDialog::accept();
}

} // namespace houqin::gui::plan
