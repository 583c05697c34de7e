#pragma once

#include "domain/Actor.h"
#include "domain/RecordKind.h"
#include "domain/Result.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>
#include <functional>

namespace houqin {

class Database;

// What a list asks for. Everything is optional.
struct ListQuery {
    QString search;                         // words looked for in the kind's search fields
    QDate from, to;                         // inclusive, on the kind's dateField
    QString filter;                         // a FilterDef key of the kind
    QList<QPair<QString, QVariant>> equals; // field == canonical value
    // field == canonical value, or the field is empty: a campus's list also shows the records that name no
    // campus (kept before campuses were recorded), so that choosing a campus never hides them.
    QList<QPair<QString, QVariant>> equalsOrEmpty;
    QString sortField;                  // a stored field; empty = the kind's default sort
    std::optional<bool> sortDescending; // empty = the kind's default
    int limit = -1;                     // -1 = all
    int offset = 0;
};

// The one repository, generic over record kinds: CRUD, filtered and sorted lists, counts. Every write is
// validated against the kind's rules and audited in the same transaction.
class RecordRepository {
public:
    // Checked against the signed-in user's role (Database::signedIn, accesscheck): a read needs View, an
    // insert Create, an update Edit, a removal Delete, and the staff role sees only its own records.
    RecordRepository(Database& db, const RecordKind& kind);
    // Unchecked, for what the system does on its own behalf whoever is signed in: a rule's lookup of
    // another kind, a linked update a permitted write implies, a picker's names.
    static RecordRepository forSystem(Database& db, const RecordKind& kind);
    const RecordKind& kind() const { return m_kind; }
    Database& database() const { return m_db; }

    // One record, with its item lines when the kind has lines.
    Result<Record> get(qint64 id) const;
    // Records with their lines (one more query per page of a kind with lines).
    Result<QList<Record>> list(const ListQuery& q = {}) const;
    Result<qint64> count(const ListQuery& q = {}) const;
    // The record entered last (highest id), for carrying values over into the next one.
    Result<std::optional<Record>> latest() const;

    // Validation with the database's settings and clock. Warnings do not block saving.
    Issues validate(const Record& r) const;

    Result<qint64> insert(const Record& r, const Actor& who);
    Status update(const Record& r, const Actor& who);
    Status remove(qint64 id, const Actor& who);
    // All or nothing, in one transaction. Every record is validated first; on any error nothing is written
    // and the error's issues name the failing record by its index (field "#index:field").
    Result<QList<qint64>> insertAll(const QList<Record>& records, const Actor& who);
    Status updateAll(const QList<Record>& records, const Actor& who);

    // One record at a time, for a stream of records too large to hold (an import): the caller has
    // validated the record (validate()) and holds the transaction. Nothing is validated again and no
    // savepoint is taken, so after a failure the caller must roll its transaction back. A refusal by the
    // database comes back as a validation error on the field concerned, like insertAll's.
    Result<qint64> insertValidated(const Record& r, const Actor& who);
    Status updateValidated(const Record& r, const Actor& who);

    // Calls `each` with every record of the query in its order, reading them in chunks (lines attached per
    // chunk), so that an export of any size holds one chunk at a time. `each` returns false to stop early
    // (no error).
    Status forEach(const ListQuery& q, const std::function<bool(const Record&)>& each) const;

private:
    Status attachLines(QList<Record>& records) const;
    QString selectColumns() const;
    QString whereClause(const ListQuery& lq, QVariantMap& binds) const;
    QString listSql(const ListQuery& lq, QVariantMap& binds) const;
    Status insertOne(const Record& r, const Actor& who, qint64* id);
    Status updateOne(const Record& r, const Actor& who);

    Status check(int action) const; // an access::Action; no-op for forSystem()
    Database& m_db;
    const RecordKind& m_kind;
    bool m_checked = true;
};

} // namespace houqin
