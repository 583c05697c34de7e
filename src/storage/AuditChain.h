#pragma once

#include "domain/Result.h"

#include <QString>
#include <QVariant>

namespace houqin {

class Database;

// The audit trail's hash chain (issue #13): every row of audit_log carries prev_hash, the hash of the row
// before it, and hash, SHA-256 over its own canonical form including prev_hash. Changing a past row breaks
// its own hash; deleting or inserting one breaks the next row's prev_hash. Someone who has the file can
// recompute the whole chain, which is why the head is also printed on every report (paper already signed
// and filed contradicts a rewritten history) and kept as a checkpoint the app checks from.
namespace AuditChain {

// One row as stored; a NULL column is an invalid QVariant.
struct Row {
    qint64 id = 0;
    QVariant at, actor, kind, recordId, action, before, after;
};

// Hex SHA-256 of the canonical form: the compact JSON array
// [prevHash, at, actor, kind, record_id, action, before_json, after_json], NULL as JSON null, as
// QJsonDocument::Compact writes it (written directly, jsontext; tests/storage compare it with
// QJsonDocument's).
QString rowHash(const QString& prevHash, const Row& row);
// The same for a row about to be written, its JSON columns already UTF-8 text (a null QByteArray = NULL):
// the form a batch of writes computes once per record without a QVariant or a second UTF-16 copy.
QString rowHash(const QString& prevHash, const QString& at, const QString& actor, const QString& kind,
                qint64 recordId, const QString& action, const QByteArray& before, const QByteArray& after);

// The newest row's hash; empty for an empty trail.
Result<QString> head(Database& db);
// "3f9a…c21e" (the first and last eight hex digits): how reports print the head.
QString shortForm(const QString& hash);

struct Verdict {
    qint64 rowsChecked = 0;
    qint64 brokenAt = 0; // the id of the first row that breaks the chain; 0 = intact
    QString reason;      // in the reader's language, when broken
    bool intact() const { return brokenAt == 0; }
};
// Walks the chain from the first row (or, with fromCheckpoint, from the last verified row kept in the
// settings table) to the newest, and on success moves the checkpoint there (not in a file open read-only).
Result<Verdict> verify(Database& db, bool fromCheckpoint = false);

// Gives the rows written before the chain existed (hash NULL) their hashes, in id order, in one
// transaction. Run once when a file is upgraded to the version that added the chain.
Status chainUnchained(Database& db);

// The settings-table key of the checkpoint, "id:hash".
inline const QString kCheckpointKey = QStringLiteral("audit.verified_through");

} // namespace AuditChain
} // namespace houqin
