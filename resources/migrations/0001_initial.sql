-- Houqin schema version 1: settings, audit trail, staff and food samples.
-- Append-only: never edit a migration that has shipped; add the next number instead.
-- Every record table carries id, created_at, created_by, updated_at, updated_by.
-- Dates are ISO text (yyyy-MM-dd), date-times ISO text (yyyy-MM-ddTHH:mm:ss, local time),
-- money whole fen in INTEGER.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    kind        TEXT NOT NULL,
    record_id   INTEGER NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    before_json TEXT,
    after_json  TEXT
) STRICT;
CREATE INDEX audit_log_record ON audit_log(kind, record_id);

CREATE TABLE staff (
    id         INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    name       TEXT NOT NULL,
    post       TEXT NOT NULL,
    campus     TEXT NOT NULL,
    phone      TEXT,
    status     TEXT NOT NULL DEFAULT 'active',
    notes      TEXT
) STRICT;
CREATE INDEX staff_name ON staff(name);

CREATE TABLE food_samples (
    id            INTEGER PRIMARY KEY,
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    date          TEXT NOT NULL,
    meal          TEXT NOT NULL,
    dish          TEXT NOT NULL,
    weight_g      REAL NOT NULL,
    stored_at     TEXT NOT NULL,
    fridge_temp_c REAL,
    sampled_by    TEXT NOT NULL,
    disposed_at   TEXT,
    disposed_by   TEXT,
    notes         TEXT
) STRICT;
CREATE INDEX food_samples_date ON food_samples(date, meal);
CREATE INDEX food_samples_stored_at ON food_samples(stored_at);
-- Samples still in the fridge: what the status filters and the dashboard ask for.
CREATE INDEX food_samples_undisposed ON food_samples(stored_at) WHERE disposed_at IS NULL;
