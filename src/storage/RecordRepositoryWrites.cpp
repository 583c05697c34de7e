// RecordRepository's writes: insert, update and delete of records with their lines, one transaction each
// (or one for a batch), the audit row written in it, linked updates applied, the database's refusals turned
// into the kind's declared messages. Reads are in RecordRepository.cpp.
#include "AuditLog.h"
#include "Database.h"
#include "LinkedUpdates.h"
#include "Query.h"
#include "RecordJson.h"
#include "RecordLines.h"
#include "RecordRepository.h"
#include "Statement.h"
#include "Transaction.h"
#include "access/AccessCheck.h"
#include "domain/IsoTime.h"
#include "domain/KindRegistry.h"
#include "domain/ValueFormat.h"
#include "logging/Log.h"

#include <QCoreApplication>

namespace houqin {

namespace {
Error unknownKindUse(const QString& what) {
    return Error::make(Error::Code::Usage, what, QStringLiteral("RecordRepository"));
}
} // namespace

Status RecordRepository::insertOne(const Record& r, const Actor& who, qint64* id) {
    // Bound by position: the meta columns, then the fields.
    QString sql;
    sql.reserve(64 + 24 * m_kind.fields.size());
    sql.append(QLatin1String("INSERT INTO ")).append(m_kind.table);
    sql.append(QLatin1String("(created_at, created_by, updated_at, updated_by"));
    for (const FieldDef& f : m_kind.fields)
        sql.append(QLatin1String(", ")).append(f.key);
    sql.append(QLatin1String(") VALUES(?1, ?2, ?3, ?4"));
    for (qsizetype i = 0; i < m_kind.fields.size(); ++i)
        sql.append(QLatin1String(", ?")).append(QString::number(i + 5));
    sql.append(QLatin1Char(')'));
    Statement q(m_db, sql);
    const QString now = valuefmt::isoText(m_db.now());
    q.bind(1, now).bind(2, who.name).bind(3, now).bind(4, who.name);
    int i = 5;
    for (const FieldDef& f : m_kind.fields)
        q.bind(i++, valuefmt::toSql(f, r.value(f.key)));
    if (Status s = q.exec(); !s)
        return s;
    *id = q.lastInsertId();
    if (Status s = recordlines::write(m_db, m_kind, *id, r.lines); !s)
        return s;
    if (Status s =
            AuditLog::writeJson(m_db, who, m_kind.key, *id, AuditLog::actionKey(AuditLog::Action::Insert), {},
                                recordJson(m_kind, r));
        !s)
        return s;
    return applyLinkedUpdates(m_db, m_kind, r, nullptr, who);
}

Status RecordRepository::updateOne(const Record& r, const Actor& who) {
    auto before = get(r.id);
    if (!before)
        return before.error();
    QStringList sets{QStringLiteral("updated_at = :updated_at"), QStringLiteral("updated_by = :updated_by")};
    for (const FieldDef& f : m_kind.fields)
        sets << f.key + QStringLiteral(" = :") + f.key;
    Query q(
        m_db,
        QStringLiteral("UPDATE %1 SET %2 WHERE id = :id").arg(m_kind.table, sets.join(QStringLiteral(", "))));
    q.bind(QStringLiteral(":updated_at"), m_db.now().toString(Qt::ISODate))
        .bind(QStringLiteral(":updated_by"), who.name)
        .bind(QStringLiteral(":id"), r.id);
    for (const FieldDef& f : m_kind.fields)
        q.bind(QLatin1Char(':') + f.key, valuefmt::toSql(f, r.value(f.key)));
    if (Status s = q.exec(); !s)
        return s;
    if (Status s = recordlines::write(m_db, m_kind, r.id, r.lines); !s)
        return s;
    if (Status s =
            AuditLog::writeJson(m_db, who, m_kind.key, r.id, AuditLog::actionKey(AuditLog::Action::Update),
                                recordJson(m_kind, *before), recordJson(m_kind, r));
        !s)
        return s;
    return applyLinkedUpdates(m_db, m_kind, r, &*before, who);
}

Result<qint64> RecordRepository::insert(const Record& r, const Actor& who) {
    auto ids = insertAll({r}, who);
    if (!ids)
        return ids.error();
    return ids->first();
}

Status RecordRepository::update(const Record& r, const Actor& who) {
    return updateAll({r}, who);
}

namespace {
// A statement the database refused (a trigger's RAISE, a UNIQUE index) becomes the kind's declared,
// translated issue on the field it concerns, named like a validation issue ("#3:month" in a batch), so the
// form marks the field and an import names the row. An undeclared refusal still reaches people translated,
// with the database's text kept for the log. Other errors pass unchanged.
Error refusal(const RecordKind& kind, Error e, qsizetype index, qsizetype batchSize) {
    if (e.code != Error::Code::Sql || !e.constraint)
        return e;
    const StoredConstraint* c = kind.constraintFor(e.detail);
    const QString field = c ? c->field : QString();
    const QString message =
        c ? c->displayMessage()
          : QCoreApplication::translate("Storage", "The database refused this change (%1).").arg(e.detail);
    Error v = Error::validation(
        {Issue::error(batchSize > 1 ? QStringLiteral("#%1:%2").arg(index).arg(field) : field, message)});
    v.detail = e.detail;
    v.sql = e.sql;
    v.where = e.where;
    return v;
}

// In a batch, prefixes each issue's field with the record's index ("#3:weight_g") so the caller can say
// which record broke; a single record's issues keep plain field keys.
Issues validateAll(const RecordRepository& repo, const QList<Record>& records) {
    Issues all;
    for (qsizetype i = 0; i < records.size(); ++i)
        for (Issue issue : repo.validate(records[i]))
            if (issue.isError()) {
                if (records.size() > 1)
                    issue.field = QStringLiteral("#%1:%2").arg(i).arg(issue.field);
                all << issue;
            }
    return all;
}
} // namespace

Result<QList<qint64>> RecordRepository::insertAll(const QList<Record>& records, const Actor& who) {
    if (Status s = check(int(access::Action::Create)); !s)
        return s.error();
    if (Issues issues = validateAll(*this, records); hasErrors(issues))
        return Error::validation(issues);
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    QList<qint64> ids;
    ids.reserve(records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        qint64 id = 0;
        if (Status s = insertOne(records[i], who, &id); !s)
            return refusal(m_kind, s.error(), i, records.size());
        ids << id;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return ids;
}

Status RecordRepository::updateAll(const QList<Record>& records, const Actor& who) {
    for (const Record& r : records)
        if (r.id <= 0)
            return unknownKindUse(QStringLiteral("update of a record that was never stored"));
    if (Status s = check(int(access::Action::Edit)); !s)
        return s;
    if (Issues issues = validateAll(*this, records); hasErrors(issues))
        return Error::validation(issues);
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    for (qsizetype i = 0; i < records.size(); ++i)
        if (Status s = updateOne(records[i], who); !s)
            return refusal(m_kind, s.error(), i, records.size());
    return tx.commit();
}

Result<qint64> RecordRepository::insertValidated(const Record& r, const Actor& who) {
    if (Status s = check(int(access::Action::Create)); !s)
        return s.error();
    qint64 id = 0;
    if (Status s = insertOne(r, who, &id); !s)
        return refusal(m_kind, s.error(), 0, 1);
    return id;
}

Status RecordRepository::updateValidated(const Record& r, const Actor& who) {
    if (r.id <= 0)
        return unknownKindUse(QStringLiteral("update of a record that was never stored"));
    if (Status s = check(int(access::Action::Edit)); !s)
        return s;
    if (Status s = updateOne(r, who); !s)
        return refusal(m_kind, s.error(), 0, 1);
    return {};
}

Status RecordRepository::remove(qint64 id, const Actor& who) {
    if (Status s = check(int(access::Action::Delete)); !s)
        return s;
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto before = get(id);
    if (!before)
        return before.error();
    Query q(m_db, QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(m_kind.table));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.exec(); !s)
        return refusal(m_kind, s.error(), 0, 1);
    if (Status s =
            AuditLog::writeJson(m_db, who, m_kind.key, id, AuditLog::actionKey(AuditLog::Action::Delete),
                                recordJson(m_kind, *before), {});
        !s)
        return s;
    if (Status s = undoLinkedUpdates(m_db, m_kind, *before, who); !s)
        return s;
    return tx.commit();
}

} // namespace houqin
