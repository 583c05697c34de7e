#include "WorkflowBar.h"

#include "WorkflowStepDialog.h"
#include "access/Permissions.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace houqin::gui {

WorkflowBar::WorkflowBar(Database& db, const RecordKind& kind, QWidget* parent)
    : QWidget(parent), m_db(db), m_kind(kind) {
    setObjectName(QStringLiteral("workflowBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("workflowStateLabel"));
    layout->addWidget(m_state);
    layout->addStretch(1);
    setVisible(false);
}

void WorkflowBar::setRecord(const Record& record) {
    m_record = record;
    qDeleteAll(m_buttons);
    m_buttons.clear();
    const Workflow* wf = m_kind.workflow.get();
    const FieldDef* stateField = wf ? m_kind.field(wf->stateField) : nullptr;
    if (!stateField || record.id == 0) {
        setVisible(false);
        return;
    }
    const QString state = record.value(stateField->key).toString();
    const ChoiceDef* c = stateField->choice(state);
    m_state->setText(tr("State: <b>%1</b>").arg((c ? trLabel(c->label) : state).toHtmlEscaped()));
    auto* row = static_cast<QHBoxLayout*>(layout());
    for (const WorkflowStep* step : wf->stepsFrom(state)) {
        // Who may move it: only the steps the signed-in user's role may take are offered.
        if (!mayStep(m_db, m_kind.key, step->key))
            continue;
        auto* b = new QPushButton(step->displayLabel(), this);
        b->setObjectName(step->key + QStringLiteral("StepButton"));
        connect(b, &QPushButton::clicked, this, [this, key = step->key] { startStep(key); });
        row->addWidget(b);
        m_buttons << b;
    }
    setFormEdited(m_edited);
    setVisible(true);
}

void WorkflowBar::setFormEdited(bool edited) {
    m_edited = edited;
    for (QPushButton* b : m_buttons) {
        b->setEnabled(!edited);
        b->setToolTip(edited ? tr("Save or undo your changes first.") : QString());
    }
}

void WorkflowBar::startStep(const QString& stepKey) {
    const WorkflowStep* step = m_kind.workflow ? m_kind.workflow->step(stepKey) : nullptr;
    if (!step || m_edited)
        return;
    auto* dialog = new WorkflowStepDialog(m_db, m_kind, m_record, *step, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Record now = dialog->result();
        setRecord(now);
        Q_EMIT stepTaken(now);
    });
    dialog->open();
}

} // namespace houqin::gui
