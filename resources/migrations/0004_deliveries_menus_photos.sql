-- Houqin schema version 4: deliveries and menus (records with item lines), and photos of any record.
-- Append-only: never edit a migration that has shipped; add the next number instead.
-- Decimals are REAL, money whole fen in INTEGER, booleans INTEGER 0/1, dates ISO text.
--
-- Lines belong to their record: they have no audit columns of their own (the record's audit entry holds
-- them), they are written and deleted with it, and line_no keeps the order the user typed them in.

-- 出入库验收. An incoming delivery names its supplier; the two signers are different people.
CREATE TABLE deliveries (
    id                INTEGER PRIMARY KEY,
    created_at        TEXT NOT NULL,
    created_by        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by        TEXT NOT NULL,
    date              TEXT NOT NULL,
    direction         TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    supplier          TEXT,
    campus            TEXT,
    documents_checked INTEGER NOT NULL DEFAULT 0 CHECK (documents_checked IN (0, 1)),
    received_by       TEXT NOT NULL,
    checked_by        TEXT NOT NULL,
    notes             TEXT,
    CHECK (received_by <> checked_by)
) STRICT;
CREATE INDEX deliveries_date ON deliveries(date);
CREATE INDEX deliveries_supplier ON deliveries(supplier, date);

CREATE TABLE delivery_lines (
    id              INTEGER PRIMARY KEY,
    delivery_id     INTEGER NOT NULL REFERENCES deliveries(id) ON DELETE CASCADE,
    line_no         INTEGER NOT NULL,
    item            TEXT NOT NULL,
    quantity        REAL NOT NULL CHECK (quantity > 0),
    unit            TEXT NOT NULL,
    unit_price_fen  INTEGER CHECK (unit_price_fen >= 0),
    shelf_life_date TEXT,
    UNIQUE (delivery_id, line_no)
) STRICT;

-- 每周食谱. One menu per week and campus (an empty campus means the whole kindergarten); week_start is
-- the Monday. Each line is one meal of one weekday (1 = Monday ... 7 = Sunday) with its dishes.
CREATE TABLE menus (
    id           INTEGER PRIMARY KEY,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    week_start   TEXT NOT NULL,
    campus       TEXT,
    published_on TEXT,
    notes        TEXT
) STRICT;
CREATE UNIQUE INDEX menus_week ON menus(week_start, IFNULL(campus, ''));
CREATE TRIGGER menus_week_insert BEFORE INSERT ON menus
WHEN EXISTS (SELECT 1 FROM menus WHERE week_start = NEW.week_start AND IFNULL(campus, '') = IFNULL(NEW.campus, ''))
BEGIN
    SELECT RAISE(ABORT, 'This week already has a menu for this campus; edit that menu instead.');
END;
CREATE TRIGGER menus_week_update BEFORE UPDATE OF week_start, campus ON menus
WHEN EXISTS (SELECT 1 FROM menus WHERE week_start = NEW.week_start AND IFNULL(campus, '') = IFNULL(NEW.campus, '')
             AND id <> NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'This week already has a menu for this campus; edit that menu instead.');
END;

CREATE TABLE menu_lines (
    id      INTEGER PRIMARY KEY,
    menu_id INTEGER NOT NULL REFERENCES menus(id) ON DELETE CASCADE,
    line_no INTEGER NOT NULL,
    weekday TEXT NOT NULL CHECK (weekday IN ('1', '2', '3', '4', '5', '6', '7')),
    meal    TEXT NOT NULL,
    dishes  TEXT NOT NULL,
    UNIQUE (menu_id, line_no),
    UNIQUE (menu_id, weekday, meal)
) STRICT;

-- Photos of any record (delivery, dish, hazard), stored in the database so that a backup is one file.
-- image is a JPEG or PNG scaled to at most 1600 px on its long side; thumbnail at most 160 px.
-- kind is the record kind's key; a record's photos go when the record goes (triggers below, per table).
CREATE TABLE attachments (
    id         INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    kind       TEXT NOT NULL,
    record_id  INTEGER NOT NULL,
    position   INTEGER NOT NULL,
    file_name  TEXT NOT NULL,
    mime_type  TEXT NOT NULL CHECK (mime_type IN ('image/jpeg', 'image/png')),
    width      INTEGER NOT NULL CHECK (width BETWEEN 1 AND 1600),
    height     INTEGER NOT NULL CHECK (height BETWEEN 1 AND 1600),
    image      BLOB NOT NULL,
    thumbnail  BLOB NOT NULL,
    caption    TEXT
) STRICT;
CREATE INDEX attachments_record ON attachments(kind, record_id, position);

CREATE TRIGGER deliveries_photos_delete AFTER DELETE ON deliveries
BEGIN
    DELETE FROM attachments WHERE kind = 'deliveries' AND record_id = OLD.id;
END;
CREATE TRIGGER seasonal_dishes_photos_delete AFTER DELETE ON seasonal_dishes
BEGIN
    DELETE FROM attachments WHERE kind = 'seasonal-dishes' AND record_id = OLD.id;
END;
