#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"

#include <QDate>
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
    QString actionKey; // as stored: insert, update, delete, login, login-failed, locked, refused, export
    QJsonObject before, after;
};

// What the audit viewer asks for; every part is optional. Newest first, at most limit rows.
struct Filter {
    QString actor;
    QString kind;
    qint64 recordId = 0;
    QString action;
    QDate from, to; // inclusive, on the day of `at`
    int limit = 1000;
};
Result<QList<Entry>> search(Database& db, const Filter& query);

Status write(Database& db, const Actor& who, const QString& kind, qint64 recordId, Action action,
             const QJsonObject& before, const QJsonObject& after);
// An event that is not a record change (a sign-in, a refusal, an export of a sensitive kind), chained like
// every row. action is one of the keys the audit_log CHECK allows.
Status writeEvent(Database& db, const Actor& who, const QString& kind, qint64 recordId, const QString& action,
                  const QJsonObject& before, const QJsonObject& after);
// The same with before and after already compact JSON text in UTF-8 (RecordJson.h; a null QByteArray is
// NULL): a record's change, whose JSON is written without a QJsonObject.
Status writeJson(Database& db, const Actor& who, const QString& kind, qint64 recordId, const QString& action,
                 const QByteArray& before, const QByteArray& after);
// Newest first.
Result<QList<Entry>> forRecord(Database& db, const QString& kind, qint64 recordId);
QString actionKey(Action a);
} // namespace AuditLog

} // namespace houqin
