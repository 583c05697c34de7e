#include "WorkflowService.h"

#include "Database.h"
#include "Query.h"
#include "RecordRepository.h"
#include "Transaction.h"
#include "access/AccessCheck.h"
#include "domain/KindRegistry.h"

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
    if (step->creates)
        if (Status s = insertCreated(kind, step->creates(outcome.record, m_db.ruleContext()), who); !s)
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

Status WorkflowService::insertCreated(const RecordKind& kind, const QList<LinkedInsert>& created,
                                      const Actor& who) {
    // One batch per kind, in the order declared, so that each batch is all or nothing and names its entry.
    QStringList kindKeys;
    for (const LinkedInsert& c : created)
        if (!kindKeys.contains(c.kindKey))
            kindKeys << c.kindKey;
    for (const QString& key : kindKeys) {
        const RecordKind* other = findKind(key);
        if (!other)
            return Error::make(Error::Code::Usage,
                               QStringLiteral("a step creates records of unknown kind %1").arg(key),
                               QStringLiteral("WorkflowService::take"));
        QList<Record> records;
        QList<const LinkedInsert*> sources;
        for (const LinkedInsert& c : created)
            if (c.kindKey == key) {
                records << c.record;
                sources << &c;
            }
        auto ids = RecordRepository(m_db, *other).insertAll(records, who);
        if (ids)
            continue;
        if (ids.error().code != Error::Code::Validation)
            return ids.error();
        // The entries' issues, said of the line each entry comes from: "lines/2/campus" when the line has
        // that field too, else the lines as a whole.
        Issues issues;
        for (const Issue& i : ids.error().issues) {
            qsizetype index = 0;
            QString field = i.field;
            if (records.size() > 1 && field.startsWith(QLatin1Char('#'))) {
                const qsizetype colon = field.indexOf(QLatin1Char(':'));
                index = field.mid(1, colon - 1).toLongLong();
                field = field.mid(colon + 1);
            }
            const LinkedInsert* source = sources.value(index);
            const qsizetype line = source ? source->line : -1;
            const QString lineField = source ? source->lineFields.value(field, field) : field;
            const QString where = line < 0 ? field
                                  : kind.lines && kind.lines->field(lineField)
                                      ? lineIssueField(line, lineField)
                                      : kLinesIssueField;
            const FieldDef* f = other->field(field);
            issues << Issue::error(
                where, QCoreApplication::translate("Workflow", "%1 entry %2 (%3): %4")
                           .arg(other->displayLabel())
                           .arg(index + 1)
                           .arg(f ? f->displayLabel() : other->describe(records.value(index)), i.message));
        }
        return Error::validation(issues);
    }
    return {};
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
