#include "AuditLog.h"

#include "Database.h"
#include "Query.h"

#include <QJsonDocument>

namespace houqin::AuditLog {

namespace {
QString json(const QJsonObject& o) {
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
Action actionFromKey(const QString& k) {
    if (k == QStringLiteral("update"))
        return Action::Update;
    if (k == QStringLiteral("delete"))
        return Action::Delete;
    return Action::Insert;
}
} // namespace

QString actionKey(Action a) {
    switch (a) {
    case Action::Insert:
        return QStringLiteral("insert");
    case Action::Update:
        return QStringLiteral("update");
    case Action::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

Status write(Database& db, const Actor& who, const QString& kind, qint64 recordId, Action action,
             const QJsonObject& before, const QJsonObject& after) {
    Query q(db, QStringLiteral(
                    "INSERT INTO audit_log(at, actor, kind, record_id, action, before_json, after_json) "
                    "VALUES(:at, :actor, :kind, :id, :action, :before, :after)"));
    q.bind(QStringLiteral(":at"), db.now().toString(Qt::ISODate))
        .bind(QStringLiteral(":actor"), who.name)
        .bind(QStringLiteral(":kind"), kind)
        .bind(QStringLiteral(":id"), recordId)
        .bind(QStringLiteral(":action"), actionKey(action))
        .bind(QStringLiteral(":before"), json(before))
        .bind(QStringLiteral(":after"), json(after));
    return q.exec();
}

Result<QList<Entry>> forRecord(Database& db, const QString& kind, qint64 recordId) {
    Query q(db, QStringLiteral(
                    "SELECT id, at, actor, kind, record_id, action, before_json, after_json FROM audit_log "
                    "WHERE kind = :kind AND record_id = :id ORDER BY id DESC"));
    q.bind(QStringLiteral(":kind"), kind).bind(QStringLiteral(":id"), recordId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Entry> out;
    while (q.next()) {
        Entry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
        e.actor = q.value(2).toString();
        e.kind = q.value(3).toString();
        e.recordId = q.value(4).toLongLong();
        e.action = actionFromKey(q.value(5).toString());
        e.before = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        e.after = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
        out << e;
    }
    if (Status s = q.finish(); !s)
        return s.error();
    return out;
}

} // namespace houqin::AuditLog
