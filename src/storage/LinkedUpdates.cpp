// What writing a record changes in other records (RecordKind::linkedUpdates), and what deleting it or
// rewriting it changes back; the repository calls these inside its own transaction.
#include "LinkedUpdates.h"

#include "RecordRepository.h"
#include "domain/KindRegistry.h"
#include "domain/ValueFormat.h"

#include <QSet>

namespace houqin {

namespace {

Error unknownKindUse(const QString& what) {
    return Error::make(Error::Code::Usage, what, QStringLiteral("LinkedUpdates"));
}

// The records of another kind that a linked update reaches, read whole (with their lines) for updating.
Result<QList<Record>> linkedTargets(Database& db, const LinkedUpdate& u, const RecordKind** other) {
    *other = findKind(u.kindKey);
    if (!*other || !(*other)->field(u.matchField))
        return unknownKindUse(QStringLiteral("linked update of %1.%2").arg(u.kindKey, u.matchField));
    // Implied by a write the user was allowed to make: the other kind is read and changed on the system's
    // behalf (still validated and audited), whoever is signed in.
    RecordRepository repo = RecordRepository::forSystem(db, **other);
    ListQuery q;
    q.equals = {{u.matchField, u.matchValue}};
    auto found = repo.list(q);
    if (!found)
        return found.error();
    QList<Record> out;
    for (const Record& listed : *found) {
        auto target = repo.get(listed.id);
        if (!target)
            return target.error();
        out << *target;
    }
    return out;
}

// Whether every value of `values` is what `r` holds (compared canonically).
bool holds(const RecordKind& kind, const Record& r, const QVariantMap& values) {
    for (auto it = values.begin(); it != values.end(); ++it) {
        const FieldDef* f = kind.field(it.key());
        if (!f || valuefmt::canonical(*f, r.value(it.key())) != valuefmt::canonical(*f, it.value()))
            return false;
    }
    return true;
}

// `values` written into the records that `u` reaches (only those where `only` holds, when given), through
// their repository: validated, audited, inside the caller's transaction. A record already holding the
// values is left alone, so that saving twice writes no second audit entry.
Status setLinked(Database& db, const LinkedUpdate& u, const QVariantMap& values, const QVariantMap* only,
                 const Actor& who) {
    const RecordKind* other = nullptr;
    auto targets = linkedTargets(db, u, &other);
    if (!targets)
        return targets.error();
    for (auto it = values.begin(); it != values.end(); ++it)
        if (!other->field(it.key()))
            return unknownKindUse(QStringLiteral("linked update of %1.%2").arg(u.kindKey, it.key()));
    RecordRepository repo = RecordRepository::forSystem(db, *other);
    for (Record target : *targets) {
        if ((only && !holds(*other, target, *only)) || holds(*other, target, values))
            continue;
        for (auto it = values.begin(); it != values.end(); ++it)
            target.set(it.key(), it.value());
        if (Status s = repo.update(target, who); !s)
            return s;
    }
    return {};
}

QString linkKey(const LinkedUpdate& u) {
    return u.kindKey + QLatin1Char('\n') + u.matchField + QLatin1Char('\n') + u.matchValue.toString();
}

// The kind's declared changes to other records (RecordKind::linkedUpdates) for the record as written, after
// undoing those that the record as it was (`before`, null for an insert) caused and no longer does (a
// disposal line removed): what writing a record changed, rewriting it changes back.
} // namespace

Status applyLinkedUpdates(Database& db, const RecordKind& kind, const Record& r, const Record* before,
                          const Actor& who) {
    if (!kind.linkedUpdates)
        return {};
    const QList<LinkedUpdate> now = kind.linkedUpdates(r);
    if (before) {
        QSet<QString> kept;
        for (const LinkedUpdate& u : now)
            kept.insert(linkKey(u));
        for (const LinkedUpdate& u : kind.linkedUpdates(*before))
            if (!u.undo.isEmpty() && !kept.contains(linkKey(u)))
                if (Status s = setLinked(db, u, u.undo, &u.set, who); !s)
                    return s;
    }
    for (const LinkedUpdate& u : now)
        if (Status s = setLinked(db, u, u.set, nullptr, who); !s)
            return s;
    return {};
}

// Deleting a record undoes its linked updates (LinkedUpdate::undo) in the records that still hold them.
Status undoLinkedUpdates(Database& db, const RecordKind& kind, const Record& deleted, const Actor& who) {
    if (!kind.linkedUpdates)
        return {};
    for (const LinkedUpdate& u : kind.linkedUpdates(deleted))
        if (!u.undo.isEmpty())
            if (Status s = setLinked(db, u, u.undo, &u.set, who); !s)
                return s;
    return {};
}

} // namespace houqin
