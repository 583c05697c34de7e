#include "WorkflowStepDialog.h"

#include "ErrorDisplay.h"
#include "FieldEditors.h"
#include "staff/StaffNames.h"
#include "storage/Database.h"
#include "storage/WorkflowService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace houqin::gui {

namespace {
QString stateLabel(const RecordKind& kind, const QString& state) {
    const FieldDef* f = kind.field(kind.workflow->stateField);
    const ChoiceDef* c = f ? f->choice(state) : nullptr;
    return c ? trLabel(c->label) : state;
}

QLabel* issueLabelFor(const QString& key, QWidget* parent) {
    auto* l = new QLabel(parent);
    l->setObjectName(key + QStringLiteral("IssueLabel"));
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #c0392b"));
    l->setVisible(false);
    return l;
}
} // namespace

WorkflowStepDialog::WorkflowStepDialog(Database& db, const RecordKind& kind, const Record& record,
                                       const WorkflowStep& step, QWidget* parent)
    : QDialog(parent), m_db(db), m_kind(kind), m_record(record), m_step(step) {
    setObjectName(QStringLiteral("workflowStepDialog"));
    setWindowTitle(tr("%1 — %2").arg(step.displayLabel(), kind.describe(record)));
    auto* layout = new QVBoxLayout(this);
    auto* what =
        new QLabel(tr("%1 → %2").arg(stateLabel(kind, record.value(kind.workflow->stateField).toString()),
                                     stateLabel(kind, step.to)),
                   this);
    what->setObjectName(QStringLiteral("stepStatesLabel"));
    layout->addWidget(what);

    auto* form = new QFormLayout;
    EditorContext ctx;
    ctx.campuses = db.settings().campuses;
    ctx.people = staff::activeStaffNames(db);
    for (const QString& key : step.needs) {
        const FieldDef* f = kind.field(key);
        if (!f)
            continue;
        FieldEditor* editor = FieldEditor::create(*f, ctx, this);
        editor->setValue(record.value(key));
        auto* cell = new QWidget(this);
        auto* cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->addWidget(editor);
        QLabel* issue = issueLabelFor(key, cell);
        cellLayout->addWidget(issue);
        form->addRow(f->displayLabel() + QStringLiteral(" *"), cell);
        m_editors.insert(key, editor);
        m_issues.insert(key, issue);
    }
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("stepNoteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    auto* noteCell = new QWidget(this);
    auto* noteLayout = new QVBoxLayout(noteCell);
    noteLayout->setContentsMargins(0, 0, 0, 0);
    noteLayout->addWidget(m_note);
    QLabel* noteIssue = issueLabelFor(kStepNoteIssueField, noteCell);
    noteLayout->addWidget(noteIssue);
    form->addRow(step.noteRequired ? tr("Note *") : tr("Note"), noteCell);
    m_issues.insert(kStepNoteIssueField, noteIssue);
    layout->addLayout(form);

    // Issues about other fields (the kind's rules, the state, the person taking the step).
    QLabel* general = issueLabelFor(QStringLiteral("general"), this);
    layout->addWidget(general);
    m_issues.insert(QString(), general);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(step.displayLabel());
    connect(buttons, &QDialogButtonBox::accepted, this, &WorkflowStepDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

WorkflowStepDialog::~WorkflowStepDialog() = default;

void WorkflowStepDialog::showIssues(const Issues& issues) {
    for (QLabel* l : m_issues)
        l->setVisible(false);
    QStringList general;
    for (const Issue& i : issues) {
        if (!i.isError())
            continue;
        if (QLabel* l = m_issues.value(i.field); l && !i.field.isEmpty()) {
            l->setText(i.message);
            l->setVisible(true);
        } else {
            general << i.message;
        }
    }
    if (!general.isEmpty()) {
        m_issues.value(QString())->setText(general.join(QLatin1Char('\n')));
        m_issues.value(QString())->setVisible(true);
    }
}

void WorkflowStepDialog::accept() {
    QVariantMap filled;
    Issues unreadable;
    for (auto it = m_editors.begin(); it != m_editors.end(); ++it) {
        const valuefmt::Parsed p = it.value()->value();
        if (!p.ok())
            unreadable << Issue::error(it.key(), p.error);
        else
            filled.insert(it.key(), p.value);
    }
    if (!unreadable.isEmpty()) {
        showIssues(unreadable);
        return;
    }
    auto taken = WorkflowService(m_db).take(m_kind, m_record.id, m_step.key, filled, m_note->toPlainText(),
                                            Actor::systemUser());
    if (!taken) {
        if (taken.error().code == Error::Code::Validation)
            showIssues(taken.error().issues);
        else
            showError(this, tr("Could not take the step"), taken.error());
        return;
    }
    m_result = *taken;
    QDialog::accept();
}

} // namespace houqin::gui
