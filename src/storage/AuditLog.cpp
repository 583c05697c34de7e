#include "AuditLog.h"

#include "AuditChain.h"
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
    return writeEvent(db, who, kind, recordId, actionKey(action), before, after);
}

Status writeEvent(Database& db, const Actor& who, const QString& kind, qint64 recordId, const QString& action,
                  const QJsonObject& before, const QJsonObject& after) {
    // The row is chained to the newest one (AuditChain): both are read and written in the caller's
    // transaction, so two writers cannot chain to the same head. Inside a transaction the head this
    // connection wrote last is kept (Database::auditHeadCache), so a batch reads it once.
    const bool inTransaction = db.transactionDepth() > 0;
    std::optional<QString>& cached = db.auditHeadCache();
    Result<QString> prev = inTransaction && cached ? Result<QString>(*cached) : AuditChain::head(db);
    if (!prev)
        return prev.error();
    const QString beforeText = json(before), afterText = json(after);
    AuditChain::Row row;
    row.at = db.now().toString(Qt::ISODate);
    row.actor = who.name;
    row.kind = kind;
    row.recordId = recordId;
    row.action = action;
    row.before = beforeText.isNull() ? QVariant() : QVariant(beforeText);
    row.after = afterText.isNull() ? QVariant() : QVariant(afterText);
    Query q(db,
            QStringLiteral("INSERT INTO audit_log(at, actor, kind, record_id, action, before_json, "
                           "after_json, prev_hash, hash) "
                           "VALUES(:at, :actor, :kind, :id, :action, :before, :after, :prev, :hash)"),
            Query::Reuse);
    q.bind(QStringLiteral(":at"), row.at)
        .bind(QStringLiteral(":actor"), row.actor)
        .bind(QStringLiteral(":kind"), row.kind)
        .bind(QStringLiteral(":id"), recordId)
        .bind(QStringLiteral(":action"), row.action)
        .bind(QStringLiteral(":before"), beforeText)
        .bind(QStringLiteral(":after"), afterText)
        .bind(QStringLiteral(":prev"), *prev);
    const QString hash = AuditChain::rowHash(*prev, row);
    q.bind(QStringLiteral(":hash"), hash);
    if (Status s = q.exec(); !s) {
        cached.reset();
        return s;
    }
    if (inTransaction)
        cached = hash;
    return {};
}

Result<QList<Entry>> forRecord(Database& db, const QString& kind, qint64 recordId) {
    Filter f;
    f.kind = kind;
    f.recordId = recordId;
    f.limit = -1;
    return search(db, f);
}

Result<QList<Entry>> search(Database& db, const Filter& query) {
    QStringList where;
    QVariantMap binds;
    const auto add = [&](const QString& clause, const QString& name, const QVariant& value) {
        where << clause;
        binds.insert(name, value);
    };
    if (!query.actor.isEmpty())
        add(QStringLiteral("actor = :actor"), QStringLiteral(":actor"), query.actor);
    if (!query.kind.isEmpty())
        add(QStringLiteral("kind = :kind"), QStringLiteral(":kind"), query.kind);
    if (query.recordId > 0)
        add(QStringLiteral("record_id = :id"), QStringLiteral(":id"), query.recordId);
    if (!query.action.isEmpty())
        add(QStringLiteral("action = :action"), QStringLiteral(":action"), query.action);
    // `at` is ISO text, so a day's rows sort between the day and the next one.
    if (query.from.isValid())
        add(QStringLiteral("at >= :from"), QStringLiteral(":from"), query.from.toString(Qt::ISODate));
    if (query.to.isValid())
        add(QStringLiteral("at < :to"), QStringLiteral(":to"), query.to.addDays(1).toString(Qt::ISODate));
    QString sql = QStringLiteral("SELECT id, at, actor, kind, record_id, action, before_json, after_json "
                                 "FROM audit_log");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC");
    if (query.limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(query.limit);
    Query q(db, sql);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bind(it.key(), it.value());
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
        e.actionKey = q.value(5).toString();
        e.action = actionFromKey(e.actionKey);
        e.before = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        e.after = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
        out << e;
    }
    if (Status s = q.finish(); !s)
        return s.error();
    return out;
}

} // namespace houqin::AuditLog
