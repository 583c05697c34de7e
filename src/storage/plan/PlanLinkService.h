#pragma once

#include "domain/Actor.h"
#include "domain/RecordKind.h"
#include "domain/Result.h"

#include <QList>

namespace houqin {
class Database;
}

namespace houqin::plan {

// The semester plan's tasks a saved record completes (domain/plan/PlanLinks), and marking them done with a
// link to the record: a study session recorded in week 6 completes the plan's week-6 study task.
class PlanLinkService {
public:
    explicit PlanLinkService(Database& db) : m_db(db) {}

    // The open tasks record `recordId` of `kind` would complete, best first; none for a kind without a rule.
    Result<QList<Record>> tasksCompletedBy(const RecordKind& kind, qint64 recordId) const;
    // Marks these tasks done by the record, all or none, audited as any edit.
    Status markDone(const RecordKind& kind, qint64 recordId, const QList<qint64>& taskIds, const Actor& who);

private:
    Database& m_db;
};

} // namespace houqin::plan
