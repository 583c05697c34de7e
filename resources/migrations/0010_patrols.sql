-- Houqin schema: the staff-and-training module's walk-throughs, mentors, competitions and awards
-- (队伍建设: 一日三巡, 师徒结对, 技能竞赛, 评优评先).
-- Append-only: never edit a migration that has shipped; add the next number instead.
-- STRICT is SQLite-only (PostgreSQL keeps declared types anyway and the keyword is dropped there); the rest
-- is plain SQL both understand. Dates are ISO text.

-- 一日三巡: one patrol per date, round and administrator. The unique index also serves the dashboard's
-- "administrator without round n today" (NOT EXISTS on administrator, date, round) and the weekly form.
CREATE TABLE patrols (
    id            INTEGER PRIMARY KEY,
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    date          TEXT NOT NULL,
    round         TEXT NOT NULL CHECK (round IN ('1', '2', '3')),
    administrator TEXT NOT NULL,
    campus        TEXT NOT NULL,
    areas         TEXT NOT NULL,
    notes         TEXT
) STRICT;
CREATE UNIQUE INDEX patrols_administrator_date_round ON patrols(administrator, date, round);
CREATE INDEX patrols_date ON patrols(date);
-- What was found on a round: a problem or a merit; a problem keeps the hazard it opened.
CREATE TABLE patrol_findings (
    id        INTEGER PRIMARY KEY,
    patrol_id INTEGER NOT NULL REFERENCES patrols(id) ON DELETE CASCADE,
    line_no   INTEGER NOT NULL,
    finding   TEXT NOT NULL CHECK (finding IN ('problem', 'merit')),
    area      TEXT NOT NULL,
    note      TEXT NOT NULL,
    hazard_id INTEGER,
    UNIQUE (patrol_id, line_no)
) STRICT;
CREATE TRIGGER patrols_photos_delete AFTER DELETE ON patrols
BEGIN
    DELETE FROM attachments WHERE kind = 'patrols' AND record_id = OLD.id;
END;
-- A finding's own photos (what the administrator saw), as a checklist item's (migration 0008).
CREATE TRIGGER patrol_findings_photos_delete AFTER DELETE ON patrol_findings
BEGIN
    DELETE FROM attachments WHERE kind = 'patrol-findings' AND record_id = OLD.id;
END;

-- 师徒结对, with a review note a month. The dashboard asks for active pairs (start_date, end_date) without a review
-- this month (NOT EXISTS on pair_id, month).
CREATE TABLE mentor_pairs (
    id          INTEGER PRIMARY KEY,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    mentor      TEXT NOT NULL,
    apprentice  TEXT NOT NULL,
    start_date  TEXT NOT NULL,
    goals       TEXT,
    end_date    TEXT,
    CHECK (mentor <> apprentice),
    CHECK (end_date IS NULL OR end_date >= start_date)
) STRICT;
CREATE INDEX mentor_pairs_start_date ON mentor_pairs(start_date);
CREATE TABLE mentor_reviews (
    id       INTEGER PRIMARY KEY,
    pair_id  INTEGER NOT NULL REFERENCES mentor_pairs(id) ON DELETE CASCADE,
    line_no  INTEGER NOT NULL,
    month    TEXT NOT NULL,
    note     TEXT NOT NULL,
    reviewer TEXT,
    UNIQUE (pair_id, line_no)
) STRICT;
CREATE INDEX mentor_reviews_pair_month ON mentor_reviews(pair_id, month);

-- 技能竞赛 and 评优评先.
CREATE TABLE competitions (
    id           INTEGER PRIMARY KEY,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    date         TEXT NOT NULL,
    title        TEXT NOT NULL,
    participants TEXT NOT NULL,
    result       TEXT
) STRICT;
CREATE INDEX competitions_date ON competitions(date);
CREATE TABLE awards (
    id          INTEGER PRIMARY KEY,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    date        TEXT NOT NULL,
    title       TEXT NOT NULL,
    winner      TEXT NOT NULL,
    result      TEXT
) STRICT;
CREATE INDEX awards_date ON awards(date);
