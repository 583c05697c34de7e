-- The assets module: stocktakes (资产清点). One record per count of a campus's rooms (rooms empty = the whole
-- campus), one line per code counted or per registered asset not counted, with its result. The lines keep
-- where a moved asset was registered, so the result still reads the same after the register is corrected.
CREATE TABLE stocktakes (
    id         INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    counted_on TEXT NOT NULL,
    campus     TEXT NOT NULL,
    rooms      TEXT,
    counter    TEXT NOT NULL,
    note       TEXT
) STRICT;
-- The dashboard asks, per campus, for a stocktake since the teaching week began; lists go by date.
CREATE INDEX stocktakes_campus_counted_on ON stocktakes(campus, counted_on);
CREATE INDEX stocktakes_counted_on ON stocktakes(counted_on);
CREATE TABLE stocktake_lines (
    id                  INTEGER PRIMARY KEY,
    stocktake_id        INTEGER NOT NULL REFERENCES stocktakes(id) ON DELETE CASCADE,
    line_no             INTEGER NOT NULL,
    code                TEXT NOT NULL,
    scanned_at          TEXT,
    counted_room        TEXT,
    result              TEXT NOT NULL CHECK (result IN ('found', 'missing', 'extra')),
    extra_kind          TEXT CHECK (extra_kind IN ('moved', 'unknown')),
    registered_campus   TEXT,
    registered_location TEXT,
    corrected_on        TEXT,
    note                TEXT,
    UNIQUE (stocktake_id, line_no)
) STRICT;
-- An asset's stocktakes (its history), and the one-code-once check of a stocktake.
CREATE INDEX stocktake_lines_code ON stocktake_lines(code);
