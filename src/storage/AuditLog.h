#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace houqin {

class Database;

// The audit trail: one row per insert, update and delete, written in the same transaction as the change,
// each chained to the one before it (AuditChain.h).
namespace AuditLog {
enum class Action { Insert, Update, Delete };

struct Entry {
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString kind;
    qint64 recordId = 0;
    Action action = Action::Insert;
    QJsonObject before, after;
};

Status write(Database& db, const Actor& who, const QString& kind, qint64 recordId, Action action,
             const QJsonObject& before, const QJsonObject& after);
// An event that is not a record change (a sign-in, a refusal, an export of a sensitive kind), chained like
// every row. action is one of the keys the audit_log CHECK allows.
Status writeEvent(Database& db, const Actor& who, const QString& kind, qint64 recordId, const QString& action,
                  const QJsonObject& before, const QJsonObject& after);
// Newest first.
Result<QList<Entry>> forRecord(Database& db, const QString& kind, qint64 recordId);
QString actionKey(Action a);
} // namespace AuditLog

} // namespace houqin
