-- Houqin schema version 6: the steps taken in declared workflows (整改 and the like; domain/Workflow.h).
-- Append-only: never edit a migration that has shipped; add the next number instead.
-- STRICT (SQLite-only, as in every table here) makes SQLite keep the declared column types; PostgreSQL keeps
-- them anyway, so the keyword is simply dropped there.

-- One row per step taken: who took which step of which record, when, from and to which state, and the note.
-- The record's own change (the state and the fields the step filled) is in audit_log as an update; this
-- table is the workflow's history, so a record's list of steps is one indexed query.
CREATE TABLE workflow_steps (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    kind       TEXT NOT NULL,
    record_id  INTEGER NOT NULL,
    step       TEXT NOT NULL,
    from_state TEXT NOT NULL,
    to_state   TEXT NOT NULL,
    note       TEXT
) STRICT;
CREATE INDEX workflow_steps_record ON workflow_steps(kind, record_id, id);
