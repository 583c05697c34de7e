-- Houqin schema version 15: users and roles (issue #13), and the audit trail's hash chain.
-- Append-only: never edit a migration that has shipped; add the next number instead.
-- STRICT (SQLite-only, as in every table here) makes SQLite keep the declared column types; PostgreSQL keeps
-- them anyway, so the keyword is simply dropped there.

-- The people who sign in. name is what they type and what the audit trail and created_by/updated_by
-- record, so it never changes and a disabled user's rows keep it. role is a key of domain/access/Roles.h.
-- staff_name links the account to a staff record (their own training, exams and appraisals). password_hash
-- is libsodium's crypto_pwhash_str output: the algorithm (Argon2id), its parameters and the salt travel with
-- the hash. failed_logins and locked_until make the lock outlive a restart.
CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 40),
    role          TEXT NOT NULL,
    staff_name    TEXT,
    password_hash TEXT NOT NULL,
    disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until  TEXT,
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL
) STRICT;

-- The audit trail gains the events that are not record changes (sign-ins, failed sign-ins, locked
-- accounts, permission refusals, exports of sensitive kinds) and a hash chain: hash is SHA-256 over the
-- row's canonical form and prev_hash, the hash of the row before it (storage/AuditChain.h). Rows written
-- before this version have none; Houqin chains them when it first opens the file. A CHECK constraint cannot
-- be altered in SQLite, so the table is rebuilt (the portable way; PostgreSQL would ALTER the constraint).
CREATE TABLE audit_log_v15 (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    kind        TEXT NOT NULL,
    record_id   INTEGER NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'login', 'login-failed',
                                                'locked', 'refused', 'export')),
    before_json TEXT,
    after_json  TEXT,
    prev_hash   TEXT,
    hash        TEXT
) STRICT;
INSERT INTO audit_log_v15(id, at, actor, kind, record_id, action, before_json, after_json)
    SELECT id, at, actor, kind, record_id, action, before_json, after_json FROM audit_log;
DROP TABLE audit_log;
ALTER TABLE audit_log_v15 RENAME TO audit_log;
CREATE INDEX audit_log_record ON audit_log(kind, record_id);
-- The audit viewer filters by person and by date.
CREATE INDEX audit_log_actor ON audit_log(actor, id);
CREATE INDEX audit_log_at ON audit_log(at);
