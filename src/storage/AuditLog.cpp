#include "AuditLog.h"

#include "AuditChain.h"
#include "Database.h"
#include "Query.h"
#include "Statement.h"
#include "domain/IsoTime.h"

#include <QJsonDocument>

namespace houqin::AuditLog {

namespace {
QByteArray json(const QJsonObject& o) {
    return o.isEmpty() ? QByteArray() : QJsonDocument(o).toJson(QJsonDocument::Compact);
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
    return writeJson(db, who, kind, recordId, action, json(before), json(after));
}

Status writeJson(Database& db, const Actor& who, const QString& kind, qint64 recordId, const QString& action,
                 const QByteArray& before, const QByteArray& after) {
    // The row is chained to the newest one (AuditChain): both are read and written in the caller's
    // transaction, so two writers cannot chain to the same head. Inside a transaction the head this
    // connection wrote last is kept (Database::auditHeadCache), so a batch reads it once.
    const bool inTransaction = db.transactionDepth() > 0;
    std::optional<QString>& cached = db.auditHeadCache();
    Result<QString> prev = inTransaction && cached ? Result<QString>(*cached) : AuditChain::head(db);
    if (!prev)
        return prev.error();
    const QString at = valuefmt::isoText(db.now());
    const QString hash = AuditChain::rowHash(*prev, at, who.name, kind, recordId, action, before, after);
    Statement q(db,
                QStringLiteral("INSERT INTO audit_log(at, actor, kind, record_id, action, before_json, "
                               "after_json, prev_hash, hash) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
    q.bind(1, at).bind(2, who.name).bind(3, kind).bind(4, recordId).bind(5, action);
    q.bindUtf8(6, before).bindUtf8(7, after).bind(8, *prev).bind(9, hash);
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
