#include "WorkflowService.h"

#include "Database.h"
#include "Query.h"
#include "RecordRepository.h"
#include "Transaction.h"
#include "access/AccessCheck.h"

#include <QCoreApplication>

namespace houqin {

WorkflowService::WorkflowService(Database& db) : m_db(db) {}

Result<Record> WorkflowService::take(const RecordKind& kind, qint64 recordId, const QString& stepKey,
                                     const QVariantMap& filled, const QString& note, const Actor& who) {
    const WorkflowStep* step = kind.workflow ? kind.workflow->step(stepKey) : nullptr;
    if (!step)
        return Error::make(Error::Code::Usage,
                           QCoreApplication::translate("Workflow", "%1 has no step \"%2\".")
                               .arg(kind.displayLabel(), stepKey),
                           QStringLiteral("WorkflowService::take"));
    // Who may move it: the role's steps in the permission matrix (domain/access/Roles.h).
    if (Status s = accesscheck::requireStep(m_db, kind, stepKey); !s)
        return s.error();
    RecordRepository repo(m_db, kind);
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto current = repo.get(recordId);
    if (!current)
        return current.error();
    const QString from = current->value(kind.workflow->stateField).toString();
    StepOutcome outcome = applyStep(kind, *current, *step, filled, who.name, note, m_db.ruleContext());
    if (hasErrors(outcome.issues))
        return Error::validation(outcome.issues);
    if (Status s = repo.update(outcome.record, who); !s)
        return s.error();
    Query q(m_db,
            QStringLiteral("INSERT INTO workflow_steps(at, actor, kind, record_id, step, from_state, "
                           "to_state, note) VALUES(:at, :actor, :kind, :id, :step, :from, :to, :note)"));
    q.bind(QStringLiteral(":at"), m_db.now().toString(Qt::ISODate))
        .bind(QStringLiteral(":actor"), who.name)
        .bind(QStringLiteral(":kind"), kind.key)
        .bind(QStringLiteral(":id"), recordId)
        .bind(QStringLiteral(":step"), step->key)
        .bind(QStringLiteral(":from"), from)
        .bind(QStringLiteral(":to"), step->to)
        .bind(QStringLiteral(":note"), note.trimmed().isEmpty() ? QVariant() : QVariant(note.trimmed()));
    if (Status s = q.exec(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return outcome.record;
}

Result<QList<WorkflowService::Entry>> WorkflowService::history(const RecordKind& kind,
                                                               qint64 recordId) const {
    Query q(m_db, QStringLiteral("SELECT at, actor, step, from_state, to_state, note FROM workflow_steps "
                                 "WHERE kind = :kind AND record_id = :id ORDER BY id"));
    q.bind(QStringLiteral(":kind"), kind.key).bind(QStringLiteral(":id"), recordId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Entry> out;
    while (q.next())
        out << Entry{QDateTime::fromString(q.value(0).toString(), Qt::ISODate),
                     q.value(1).toString(),
                     q.value(2).toString(),
                     q.value(3).toString(),
                     q.value(4).toString(),
                     q.value(5).toString()};
    if (Status s = q.finish(); !s)
        return s.error();
    return out;
}

} // namespace houqin
