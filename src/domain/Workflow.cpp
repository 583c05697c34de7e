#include "Workflow.h"

#include <QCoreApplication>

namespace houqin {

const WorkflowStep* Workflow::step(const QString& key) const {
    for (const WorkflowStep& s : steps)
        if (s.key == key)
            return &s;
    return nullptr;
}

QList<const WorkflowStep*> Workflow::stepsFrom(const QString& state) const {
    QList<const WorkflowStep*> out;
    for (const WorkflowStep& s : steps)
        if (s.from.contains(state))
            out << &s;
    return out;
}

QList<FilterDef> stateFilters(const RecordKind& kind) {
    QList<FilterDef> out;
    if (!kind.workflow)
        return out;
    const FieldDef* state = kind.field(kind.workflow->stateField);
    if (!state)
        return out;
    for (const ChoiceDef& c : state->choices) {
        const QString key = c.key;
        out << FilterDef{
            QStringLiteral("state-") + key,
            c.label,
            {Condition(state->key, Condition::Op::Eq, [key](const RuleContext&) { return key; })}};
    }
    return out;
}

StepOutcome applyStep(const RecordKind& kind, const Record& current, const WorkflowStep& step,
                      const QVariantMap& filled, const QString& actor, const QString& note,
                      const RuleContext& ctx) {
    StepOutcome out;
    const Workflow* wf = kind.workflow.get();
    const FieldDef* stateField = wf ? kind.field(wf->stateField) : nullptr;
    if (!stateField) {
        out.issues << Issue::error(
            QString(),
            QCoreApplication::translate("Workflow", "%1 has no workflow.").arg(kind.displayLabel()));
        return out;
    }
    const QString state = current.value(stateField->key).toString();
    if (!step.from.contains(state)) {
        const ChoiceDef* c = stateField->choice(state);
        out.issues << Issue::error(
            stateField->key,
            QCoreApplication::translate("Workflow", "\"%1\" cannot be done while the record is \"%2\".")
                .arg(step.displayLabel(), c ? trLabel(c->label) : state));
        return out;
    }
    Record after = current;
    for (auto it = filled.begin(); it != filled.end(); ++it) {
        if (!kind.field(it.key()) || it.key() == stateField->key) {
            out.issues << Issue::error(
                it.key(), QCoreApplication::translate("Workflow", "\"%1\" is not a field this step can fill.")
                              .arg(it.key()));
            continue;
        }
        after.set(it.key(), it.value());
    }
    if (!step.actorField.isEmpty())
        after.set(step.actorField, actor);
    after.set(stateField->key, step.to);

    for (const QString& key : step.needs)
        if (after.isEmpty(key))
            if (const FieldDef* f = kind.field(key))
                out.issues << Issue::error(key, QCoreApplication::translate("Workflow", "\"%1\" needs %2.")
                                                    .arg(step.displayLabel(), f->displayLabel()));
    if (step.noteRequired && note.trimmed().isEmpty())
        out.issues << Issue::error(kStepNoteIssueField,
                                   QCoreApplication::translate("Workflow", "\"%1\" needs a note saying why.")
                                       .arg(step.displayLabel()));
    for (const QString& key : step.notSameAs) {
        const QString other = after.value(key).toString().trimmed();
        if (other.isEmpty() || other.compare(actor.trimmed(), Qt::CaseInsensitive) != 0)
            continue;
        const FieldDef* f = kind.field(key);
        out.issues << Issue::error(
            // Beside the field when this step fills it (the second signer), else beside the person taking it.
            step.needs.contains(key) || step.actorField.isEmpty() ? key : step.actorField,
            QCoreApplication::translate("Workflow", "%1 cannot do \"%2\": that must be someone other than "
                                                    "the %3.")
                .arg(actor, step.displayLabel(), f ? f->displayLabel() : key));
    }
    for (const Issue& i : validateRecord(kind, after, ctx))
        out.issues << i;
    if (!hasErrors(out.issues))
        out.record = after;
    return out;
}

} // namespace houqin
