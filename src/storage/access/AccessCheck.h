#pragma once

#include "domain/RecordKind.h"
#include "domain/Result.h"
#include "domain/access/Roles.h"

namespace houqin {

class Database;

// The permission matrix (domain/access/Roles.h) applied to the signed-in user of a database
// (Database::signedIn). The repository calls these on every read and write, so no entry path (a list,
// a form, CSV, print, the CLI) can go around them. Without a signed-in user everything is allowed.
namespace accesscheck {

// Error::Code::Denied naming the user, their role, the action and the kind; the refusal is written to the
// audit trail.
Status require(Database& db, const RecordKind& kind, access::Action action);
// Error::Code::ReadOnly, naming the file and the change, for a change (access::changes) to a file open
// read-only, whoever asks; require() includes it, the system's own repository calls only this.
Status requireWritable(Database& db, const RecordKind& kind, access::Action action);
// The refusal itself, audited: "%1 (%2) may not <what> <subject>", for what is not a kind's action (the
// director's commands). Needs a signed-in user.
Error refuse(Database& db, const QString& what, const QString& subject, const QString& auditKind);
Status requireStep(Database& db, const RecordKind& kind, const QString& stepKey);
// The conditions that keep a list to the user's own records (the staff role's own appraisals: person =
// their staff name; their own exams: a line naming them); empty when the role sees every record. A role
// whose own records are meant but whose account names no staff record sees none.
QList<Condition> ownRecords(const Database& db, const RecordKind& kind);
// An export or printout of a sensitive kind (access::isSensitive), written to the audit trail with how many
// records left the program and how ("csv", "pdf"); nothing for other kinds.
Status auditExport(Database& db, const RecordKind& kind, qsizetype records, const QString& how);
// For a record read alone: only the lines that name the user, when the role sees its own lines only.
void keepOwnLines(const Database& db, const RecordKind& kind, Record& record);

} // namespace accesscheck
} // namespace houqin
