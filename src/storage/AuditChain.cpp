#include "AuditChain.h"

#include "Database.h"
#include "JsonText.h"
#include "Query.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <sodium.h>

namespace houqin::AuditChain {

namespace {

// One element of the canonical array, as QJsonDocument writes the QJsonValue the chain is defined by.
void appendJson(QByteArray& out, const QVariant& v) {
    // SQL NULL reads back as an invalid, a null or a null-string variant depending on the driver.
    if (!v.isValid() || v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isNull()))
        out.append("null");
    else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
        out.append(QByteArray::number(v.toLongLong()));
    else
        jsontext::appendString(out, v.toString());
}

// SHA-256 in lower-case hex. libsodium's SHA-256 (linked already for the password hashes) gives the same
// digest as QCryptographicHash in about half the time; an import hashes one audit row per record (issue #15).
QString hashOf(const QByteArray& canonical) {
    static const bool ready = sodium_init() >= 0; // idempotent; SHA-256 itself needs no initialisation
    Q_UNUSED(ready);
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(canonical.constData()),
                       static_cast<unsigned long long>(canonical.size()));
    static constexpr char kHex[] = "0123456789abcdef";
    QString out(2 * int(sizeof digest), Qt::Uninitialized);
    QChar* p = out.data();
    for (const unsigned char b : digest) {
        *p++ = QLatin1Char(kHex[b >> 4]);
        *p++ = QLatin1Char(kHex[b & 0xf]);
    }
    return out;
}

const QString kRowColumns =
    QStringLiteral("id, at, actor, kind, record_id, action, before_json, after_json, prev_hash, hash");

Row readRow(const Query& q) {
    Row r;
    r.id = q.value(0).toLongLong();
    r.at = q.value(1);
    r.actor = q.value(2);
    r.kind = q.value(3);
    r.recordId = q.value(4);
    r.action = q.value(5);
    r.before = q.value(6);
    r.after = q.value(7);
    return r;
}

Result<QPair<qint64, QString>> checkpoint(Database& db) {
    Query q(db, QStringLiteral("SELECT value FROM settings WHERE key = :k"));
    q.bind(QStringLiteral(":k"), kCheckpointKey);
    if (Status s = q.exec(); !s)
        return s.error();
    QString text;
    if (q.next())
        text = q.value(0).toString();
    if (Status s = q.finish(); !s)
        return s.error();
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return qMakePair(qint64(0), QString());
    return qMakePair(text.left(colon).toLongLong(), text.mid(colon + 1));
}

Status setCheckpoint(Database& db, qint64 id, const QString& hash) {
    // In a transaction of its own (a savepoint inside another), so that the window, signing the director in,
    // waits for another program's write as a save does (storage/WriteWait.h) instead of freezing.
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    Query q(db, QStringLiteral("INSERT INTO settings(key, value) VALUES(:k, :v) "
                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.bind(QStringLiteral(":k"), kCheckpointKey)
        .bind(QStringLiteral(":v"), QStringLiteral("%1:%2").arg(id).arg(hash));
    if (Status s = q.exec(); !s)
        return s;
    return tx.commit();
}

Verdict broken(qint64 rows, qint64 id, const QString& reason) {
    Verdict v;
    v.rowsChecked = rows;
    v.brokenAt = id;
    v.reason = reason;
    return v;
}

} // namespace

QString rowHash(const QString& prevHash, const Row& row) {
    QByteArray out;
    out.reserve(512);
    out.append('[');
    jsontext::appendString(out, prevHash);
    for (const QVariant* v :
         {&row.at, &row.actor, &row.kind, &row.recordId, &row.action, &row.before, &row.after}) {
        out.append(',');
        appendJson(out, *v);
    }
    out.append(']');
    return hashOf(out);
}

QString rowHash(const QString& prevHash, const QString& at, const QString& actor, const QString& kind,
                qint64 recordId, const QString& action, const QByteArray& before, const QByteArray& after) {
    QByteArray out;
    out.reserve(256 + 2 * (before.size() + after.size()));
    out.append('[');
    jsontext::appendString(out, prevHash);
    for (const QString* s : {&at, &actor, &kind}) {
        out.append(',');
        if (s->isNull())
            out.append("null");
        else
            jsontext::appendString(out, *s);
    }
    out.append(',').append(QByteArray::number(recordId)).append(',');
    if (action.isNull())
        out.append("null");
    else
        jsontext::appendString(out, action);
    for (const QByteArray* json : {&before, &after}) {
        out.append(',');
        if (json->isNull())
            out.append("null");
        else
            jsontext::appendUtf8String(out, *json);
    }
    out.append(']');
    return hashOf(out);
}

Result<QString> head(Database& db) {
    Query q(db, QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (Status s = q.exec(); !s)
        return s.error();
    QString h;
    if (q.next())
        h = q.value(0).toString();
    if (Status s = q.finish(); !s)
        return s.error();
    return h;
}

QString shortForm(const QString& hash) {
    return hash.size() < 16 ? hash : hash.left(8) + QStringLiteral("…") + hash.right(8);
}

Result<Verdict> verify(Database& db, bool fromCheckpoint) {
    auto cp = checkpoint(db);
    if (!cp)
        return cp.error();
    if (cp->first > 0) {
        // The row verified last time must still be there with the hash it had: a chain cut short at its
        // end is intact from the start, and only this finds it.
        Query q(db, QStringLiteral("SELECT hash FROM audit_log WHERE id = :id"));
        q.bind(QStringLiteral(":id"), cp->first);
        if (Status s = q.exec(); !s)
            return s.error();
        const bool found = q.next();
        const QString stored = found ? q.value(0).toString() : QString();
        if (Status s = q.finish(); !s)
            return s.error();
        if (!found || stored != cp->second)
            return broken(0, cp->first,
                          QCoreApplication::translate(
                              "Audit", "Audit row %1, checked before, has been changed or deleted.")
                              .arg(cp->first));
    }
    const qint64 fromId = fromCheckpoint ? cp->first : 0;
    QString prev = fromCheckpoint ? cp->second : QString();
    Query q(db, QStringLiteral("SELECT %1 FROM audit_log WHERE id > :from ORDER BY id").arg(kRowColumns));
    q.bind(QStringLiteral(":from"), fromId);
    if (Status s = q.exec(); !s)
        return s.error();
    Verdict v;
    qint64 lastId = fromId;
    while (q.next()) {
        const Row row = readRow(q);
        const QString storedPrev = q.value(8).toString();
        const QString stored = q.value(9).toString();
        ++v.rowsChecked;
        if (storedPrev != prev) {
            (void)q.finish();
            return broken(v.rowsChecked, row.id,
                          QCoreApplication::translate("Audit",
                                                      "Audit row %1 does not follow the row before it: "
                                                      "a row was deleted or inserted there.")
                              .arg(row.id));
        }
        if (stored != rowHash(prev, row)) {
            (void)q.finish();
            return broken(v.rowsChecked, row.id,
                          QCoreApplication::translate("Audit", "Audit row %1 has been changed since it was "
                                                               "written.")
                              .arg(row.id));
        }
        prev = stored;
        lastId = row.id;
    }
    if (Status s = q.finish(); !s)
        return s.error();
    // A file open read-only (a backup opened in place of a damaged file) cannot remember how far it was
    // checked: it is checked again from the same place next time.
    if (lastId > cp->first && !db.readOnly())
        if (Status s = setCheckpoint(db, lastId, prev); !s)
            return s.error();
    return v;
}

Status chainUnchained(Database& db) {
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    // The rows before the first unchained one are chained already (or there are none).
    Query first(db, QStringLiteral("SELECT min(id) FROM audit_log WHERE hash IS NULL"));
    if (Status s = first.exec(); !s)
        return s;
    const qint64 start = first.next() ? first.value(0).toLongLong() : 0;
    if (Status s = first.finish(); !s)
        return s;
    if (start == 0)
        return tx.commit();
    QString prev;
    {
        Query q(db, QStringLiteral("SELECT hash FROM audit_log WHERE id < :id ORDER BY id DESC LIMIT 1"));
        q.bind(QStringLiteral(":id"), start);
        if (Status s = q.exec(); !s)
            return s;
        if (q.next())
            prev = q.value(0).toString();
        if (Status s = q.finish(); !s)
            return s;
    }
    Query rows(db, QStringLiteral("SELECT %1 FROM audit_log WHERE id >= :id ORDER BY id").arg(kRowColumns));
    rows.bind(QStringLiteral(":id"), start);
    if (Status s = rows.exec(); !s)
        return s;
    QList<QPair<qint64, QPair<QString, QString>>> hashes; // id -> (prev, hash)
    while (rows.next()) {
        const Row row = readRow(rows);
        const QString h = rowHash(prev, row);
        hashes.append({row.id, {prev, h}});
        prev = h;
    }
    if (Status s = rows.finish(); !s)
        return s;
    Query update(db, QStringLiteral("UPDATE audit_log SET prev_hash = :prev, hash = :hash WHERE id = :id"));
    for (const auto& [id, ph] : hashes) {
        update.bind(QStringLiteral(":prev"), ph.first)
            .bind(QStringLiteral(":hash"), ph.second)
            .bind(QStringLiteral(":id"), id);
        if (Status s = update.exec(); !s)
            return s;
    }
    return tx.commit();
}

} // namespace houqin::AuditChain
