#include "PlanLinkService.h"

#include "domain/plan/PlanLinks.h"
#include "domain/plan/PlanTasks.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/Transaction.h"

namespace houqin::plan {

namespace tf = taskfield;

namespace {
QDate dayOf(const RecordKind& kind, const Record& r) {
    return kind.dateField.isEmpty() ? QDate() : r.value(kind.dateField).toDate();
}
} // namespace

Result<QList<Record>> PlanLinkService::tasksCompletedBy(const RecordKind& kind, qint64 recordId) const {
    const PlanLinkRule* rule = planLinkRule(kind.key);
    if (!rule)
        return QList<Record>();
    auto record = RecordRepository(m_db, kind).get(recordId);
    if (!record)
        return record.error();
    const QDate day = dayOf(kind, *record);
    if (!day.isValid())
        return QList<Record>();
    // The tasks of the category due within a month of the record (index on due_date); matchingTasks picks.
    ListQuery q;
    q.from = day.addDays(-31);
    q.to = day.addDays(31);
    q.equals = {{tf::kCategory, rule->category}};
    auto tasks = RecordRepository(m_db, planTasksKind()).list(q);
    if (!tasks)
        return tasks.error();
    return matchingTasks(*rule, *record, day, *tasks);
}

Status PlanLinkService::markDone(const RecordKind& kind, qint64 recordId, const QList<qint64>& taskIds,
                                 const Actor& who) {
    auto record = RecordRepository(m_db, kind).get(recordId);
    if (!record)
        return record.error();
    const QDate day = dayOf(kind, *record);
    const QString what = kind.displayLabel() + QStringLiteral(" · ") + kind.describe(*record);
    RecordRepository tasks(m_db, planTasksKind());
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    for (qint64 id : taskIds) {
        auto task = tasks.get(id);
        if (!task)
            return task.error();
        if (Status s = tasks.update(
                completedBy(*task, kind.key, recordId, what, day.isValid() ? day : m_db.now().date()), who);
            !s)
            return s;
    }
    return tx.commit();
}

} // namespace houqin::plan
