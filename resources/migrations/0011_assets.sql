-- The assets module, part 1: the register, loans, repair requests and disposals.

-- 资产台账. Money in fen. One asset per code. Lists are by code (the default order), by campus, room or
-- department (the register report and its filters), by status and by unit price (the class filters).
CREATE TABLE assets (
    id          INTEGER PRIMARY KEY,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    code        TEXT NOT NULL,
    name        TEXT NOT NULL,
    category    TEXT NOT NULL,
    model       TEXT,
    unit        TEXT,
    quantity    INTEGER NOT NULL CHECK (quantity >= 1),
    unit_price  INTEGER NOT NULL CHECK (unit_price >= 0),
    acquired_on TEXT NOT NULL,
    source      TEXT,
    campus      TEXT NOT NULL,
    location    TEXT,
    department  TEXT,
    custodian   TEXT,
    status      TEXT NOT NULL CHECK (status IN ('in-use', 'idle', 'repairing', 'lent', 'disposed')),
    note        TEXT
) STRICT;
CREATE UNIQUE INDEX assets_code ON assets(code);
CREATE INDEX assets_acquired_on ON assets(acquired_on);
CREATE INDEX assets_campus_location ON assets(campus, location);
CREATE INDEX assets_campus_department ON assets(campus, department);
CREATE INDEX assets_status ON assets(status);
CREATE INDEX assets_unit_price ON assets(unit_price);

-- 出借与归还. The dashboard asks for loans not returned (all of them late in the term, the overdue ones
-- any day); the partial index keeps that to the loans still out. Partial indexes exist in PostgreSQL too.
CREATE TABLE loans (
    id               INTEGER PRIMARY KEY,
    created_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    asset_code       TEXT,
    item             TEXT NOT NULL,
    quantity         INTEGER NOT NULL CHECK (quantity >= 1),
    campus           TEXT,
    borrower_type    TEXT NOT NULL,
    borrower         TEXT NOT NULL,
    lent_on          TEXT NOT NULL,
    due_on           TEXT NOT NULL,
    returned_on      TEXT,
    return_condition TEXT,
    note             TEXT
) STRICT;
CREATE INDEX loans_lent_on ON loans(lent_on);
CREATE INDEX loans_out_due_on ON loans(due_on) WHERE returned_on IS NULL;
CREATE INDEX loans_asset_code ON loans(asset_code);

-- 维修申报单, a declared workflow (state). The dashboard asks for urgent requests not dispatched and for
-- requests not repaired, both by state and the day they were reported.
CREATE TABLE repairs (
    id           INTEGER PRIMARY KEY,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    reported_on  TEXT NOT NULL,
    reporter     TEXT NOT NULL,
    campus       TEXT,
    place        TEXT NOT NULL,
    asset_code   TEXT,
    description  TEXT NOT NULL,
    priority     TEXT NOT NULL CHECK (priority IN ('urgent', 'normal', 'low')),
    state        TEXT NOT NULL CHECK (state IN ('waiting', 'repairing', 'done', 'accepted')),
    repair_by    TEXT,
    assignee     TEXT,
    completed_on TEXT,
    cost         INTEGER CHECK (cost >= 0),
    work_done    TEXT,
    accepted_by  TEXT
) STRICT;
CREATE INDEX repairs_reported_on ON repairs(reported_on);
CREATE INDEX repairs_state_priority_reported ON repairs(state, priority, reported_on);
CREATE INDEX repairs_asset_code ON repairs(asset_code);
CREATE TRIGGER repairs_photos_delete AFTER DELETE ON repairs
BEGIN
    DELETE FROM attachments WHERE kind = 'repairs' AND record_id = OLD.id;
END;

-- 报废, with one line per asset disposed of.
CREATE TABLE disposals (
    id           INTEGER PRIMARY KEY,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    disposed_on  TEXT NOT NULL,
    campus       TEXT,
    reason       TEXT NOT NULL,
    method       TEXT NOT NULL,
    approved_by  TEXT NOT NULL,
    approval_ref TEXT,
    handled_by   TEXT
) STRICT;
CREATE INDEX disposals_disposed_on ON disposals(disposed_on);
CREATE TABLE disposal_lines (
    id          INTEGER PRIMARY KEY,
    disposal_id INTEGER NOT NULL REFERENCES disposals(id) ON DELETE CASCADE,
    line_no     INTEGER NOT NULL,
    asset_code  TEXT NOT NULL,
    note        TEXT,
    UNIQUE (disposal_id, line_no)
) STRICT;
CREATE INDEX disposal_lines_asset_code ON disposal_lines(asset_code);
