#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"
#include "domain/Workflow.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace houqin {

class Database;

// Takes the steps of a kind's declared workflow (domain/Workflow.h) on stored records: the domain decides
// whether the step may be taken (applyStep); this writes the record's new state and the fields the step
// filled through the repository (validated and audited like every change) and one workflow_steps row, in
// one transaction, so a step is taken whole or not at all. A step that creates records
// (WorkflowStep::creates) inserts them in the same transaction through their kind's repository; one refused
// entry refuses the step.
class WorkflowService {
public:
    explicit WorkflowService(Database& db);

    struct Entry {
        QDateTime at;
        QString actor, step, fromState, toState, note;
    };

    // Error::Code::Validation with the issues of applyStep (a field's issue names the field; a missing note
    // names kStepNoteIssueField; a refused created record names the line it comes from), NotFound for an
    // unknown record, Usage for a kind without a workflow or an unknown step.
    Result<Record> take(const RecordKind& kind, qint64 recordId, const QString& stepKey,
                        const QVariantMap& filled, const QString& note, const Actor& who);
    // The steps taken on a record, oldest first.
    Result<QList<Entry>> history(const RecordKind& kind, qint64 recordId) const;

private:
    Status insertCreated(const RecordKind& kind, const QList<LinkedInsert>& created, const Actor& who);

    Database& m_db;
};

} // namespace houqin
