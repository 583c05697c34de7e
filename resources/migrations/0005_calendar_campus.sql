-- Houqin schema version 5: the school calendar's holidays and make-up working days, and a campus on
-- food samples and pesticide tests.
-- Append-only: never edit a migration that has shipped; add the next number instead.

-- 节假日与调休. One entry per date: a holiday (放假) or a make-up working day on a weekend (调休上班).
-- With the semesters' term dates they decide which days are school days (domain/SchoolCalendar.h).
CREATE TABLE calendar_days (
    id         INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    date       TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
    name       TEXT,
    notes      TEXT
) STRICT;
CREATE UNIQUE INDEX calendar_days_date ON calendar_days(date);
CREATE TRIGGER calendar_days_date_insert BEFORE INSERT ON calendar_days
WHEN EXISTS (SELECT 1 FROM calendar_days WHERE date = NEW.date)
BEGIN
    SELECT RAISE(ABORT, 'This date is already in the calendar; edit that entry instead.');
END;
CREATE TRIGGER calendar_days_date_update BEFORE UPDATE OF date ON calendar_days
WHEN EXISTS (SELECT 1 FROM calendar_days WHERE date = NEW.date AND id <> NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'This date is already in the calendar; edit that entry instead.');
END;

-- Food samples and pesticide tests belong to a campus's kitchen, as menus do. Existing rows get the
-- kindergarten's campus when it has exactly one (campuses are stored newline-separated in settings);
-- with two or more nobody can tell which kitchen a row came from, so they stay empty (shown as 未指定).
ALTER TABLE food_samples ADD COLUMN campus TEXT;
ALTER TABLE pesticide_tests ADD COLUMN campus TEXT;
CREATE INDEX food_samples_campus ON food_samples(campus, date);
CREATE INDEX pesticide_tests_campus ON pesticide_tests(campus, date);

-- char() and instr() are SQLite's spellings; PostgreSQL would use chr() and strpos(). The trim removes
-- blank lines around the list as Settings::fromMap() does.
UPDATE food_samples SET campus = (SELECT trim(value, ' ' || char(9) || char(10) || char(13)) FROM settings WHERE key = 'kindergarten.campuses')
WHERE EXISTS (SELECT 1 FROM settings WHERE key = 'kindergarten.campuses'
              AND trim(value, ' ' || char(9) || char(10) || char(13)) <> '' AND instr(trim(value, ' ' || char(9) || char(10) || char(13)), char(10)) = 0);
UPDATE pesticide_tests SET campus = (SELECT trim(value, ' ' || char(9) || char(10) || char(13)) FROM settings WHERE key = 'kindergarten.campuses')
WHERE EXISTS (SELECT 1 FROM settings WHERE key = 'kindergarten.campuses'
              AND trim(value, ' ' || char(9) || char(10) || char(13)) <> '' AND instr(trim(value, ' ' || char(9) || char(10) || char(13)), char(10)) = 0);
