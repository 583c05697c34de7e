#pragma once

#include "RecordKind.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace houqin {

// A kind's declared workflow: the states a record moves through and the steps between them, such as the
// one rectification workflow (整改) of hazards, repairs and failed checks:
//   待指派 -assign-> 整改中 -submit-> 待验收 -verify-> 已关闭, and 待验收 -send back-> 整改中.
// The states are the choices of one Choice field of the kind (stateField), so lists, filters, CSV and print
// carry the state as any other value. A step says what it needs: fields that must be filled once it is
// taken (an owner and a deadline to assign), a note (to close or to send back), and who may not take it (the
// verifier is not the owner). The domain holds the declaration and decides every step (applyStep); storage
// records the steps taken (WorkflowService), the GUI offers the steps allowed from the current state as
// buttons. No module writes its own state code.
struct WorkflowStep {
    QString key;            // stable name: "assign"; stored in the history, used by the CLI
    const char* label = ""; // English source in the context "Fields": the button's text
    QStringList from;       // the states it leaves
    QString to;             // the state it enters
    QStringList needs;      // fields that must hold a value once the step is taken
    bool noteRequired = false;
    QString actorField;    // filled with the person taking the step (verified_by), when set
    QStringList notSameAs; // the person taking the step must be none of the people these fields name
                           // (the owner; the other signer of a two-person acceptance)
    // Records of other kinds that taking the step creates (入库 puts what was bought in the register),
    // computed from the record as it is after the step. storage/WorkflowService inserts them through the
    // other kinds' repositories in the step's own transaction (validated, audited); one refused entry
    // refuses the step and nothing of it is written. Null = the step creates nothing.
    std::function<QList<LinkedInsert>(const Record& after, const RuleContext&)> creates;

    QString displayLabel() const { return trLabel(label); }
};

struct Workflow {
    QString stateField; // a Choice field of the kind; its choices are the states
    QList<WorkflowStep> steps;

    const WorkflowStep* step(const QString& key) const;
    // The steps that may be taken from a state, in declaration order.
    QList<const WorkflowStep*> stepsFrom(const QString& state) const;
};

// One status filter per state ("state-<key>", labelled as the state), for a kind's declaration to append to
// its filters, so that every list can show the records in one state.
QList<FilterDef> stateFilters(const RecordKind& kind);

// The record as it is after `step`, taken by `actor` with `filled` (field key -> canonical value) written
// into it, or the issues that refuse the step: a step that does not leave the record's current state, a
// required field left empty, a missing note, a person whom one of notSameAs's fields names, and every rule of
// the kind on the record that would result. `filled` may only name fields of the kind; the state field is set
// by the step itself.
struct StepOutcome {
    Record record; // valid when issues has no error
    Issues issues;
};
StepOutcome applyStep(const RecordKind& kind, const Record& current, const WorkflowStep& step,
                      const QVariantMap& filled, const QString& actor, const QString& note,
                      const RuleContext& ctx);

// The field of a step's note in issues (not a field of the kind).
inline const QString kStepNoteIssueField = QStringLiteral("note");

} // namespace houqin
