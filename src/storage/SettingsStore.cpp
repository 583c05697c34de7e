#include "SettingsStore.h"

#include "AuditLog.h"
#include "Database.h"
#include "Query.h"
#include "Transaction.h"

#include <QJsonObject>

namespace houqin::SettingsStore {

namespace {
Result<QMap<QString, QString>> readAll(Database& db) {
    QMap<QString, QString> map;
    Query q(db, QStringLiteral("SELECT key, value FROM settings"));
    if (Status s = q.exec(); !s)
        return s.error();
    while (q.next())
        map.insert(q.value(0).toString(), q.value(1).toString());
    if (Status s = q.finish(); !s)
        return s.error();
    return map;
}

QJsonObject toJson(const QMap<QString, QString>& m) {
    QJsonObject o;
    for (auto it = m.begin(); it != m.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}
} // namespace

Result<KindergartenSettings> load(Database& db) {
    auto map = readAll(db);
    if (!map)
        return map.error();
    return KindergartenSettings::fromMap(*map);
}

Status save(Database& db, const KindergartenSettings& s, const Actor& who) {
    if (Issues issues = s.validate(); hasErrors(issues))
        return Error::validation(issues);
    Transaction tx(db);
    if (Status st = tx.begin(); !st)
        return st;
    auto before = readAll(db);
    if (!before)
        return before.error();
    const QMap<QString, QString> values = s.toMap();
    // Keys the settings do not know (the database's identity) stay as they are, in the table and the audit.
    QMap<QString, QString> after = *before;
    after.insert(values);
    for (auto it = values.begin(); it != values.end(); ++it) {
        Query q(db, QStringLiteral("INSERT INTO settings(key, value) VALUES(:k, :v) "
                                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        // An unset value (no semester start yet) is stored as empty text: the column is NOT NULL.
        q.bind(QStringLiteral(":k"), it.key())
            .bind(QStringLiteral(":v"), it.value().isNull() ? QStringLiteral("") : it.value());
        if (Status st = q.exec(); !st)
            return st;
    }
    if (Status st = AuditLog::write(db, who, QStringLiteral("settings"), 0, AuditLog::Action::Update,
                                    toJson(*before), toJson(after));
        !st)
        return st;
    if (Status st = tx.commit(); !st)
        return st;
    db.cacheSettings(s);
    return {};
}

} // namespace houqin::SettingsStore
