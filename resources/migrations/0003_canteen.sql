-- Houqin schema version 3: the canteen and health module (食堂与卫生保健).
-- Append-only: never edit a migration that has shipped; add the next number instead.
-- Decimals are REAL, money whole fen in INTEGER, booleans INTEGER 0/1, dates ISO text.

-- 农药残留快检. The dashboard asks for today's tests and for positives without handling.
CREATE TABLE pesticide_tests (
    id             INTEGER PRIMARY KEY,
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    date           TEXT NOT NULL,
    sample         TEXT NOT NULL,
    supplier       TEXT,
    batch          TEXT,
    inhibition_pct REAL NOT NULL CHECK (inhibition_pct BETWEEN 0 AND 100),
    tester         TEXT NOT NULL,
    handling       TEXT,
    retest_pct     REAL CHECK (retest_pct BETWEEN 0 AND 100),
    notes          TEXT
) STRICT;
CREATE INDEX pesticide_tests_date ON pesticide_tests(date);
CREATE INDEX pesticide_tests_unhandled ON pesticide_tests(inhibition_pct) WHERE handling IS NULL;

-- 供应商. Deliveries will name suppliers, so a name is used once (case-insensitively).
CREATE TABLE suppliers (
    id             INTEGER PRIMARY KEY,
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    name           TEXT NOT NULL,
    licence_no     TEXT,
    licence_expiry TEXT,
    supplies       TEXT,
    contact        TEXT,
    phone          TEXT,
    in_use         INTEGER NOT NULL DEFAULT 1 CHECK (in_use IN (0, 1)),
    notes          TEXT
) STRICT;
CREATE UNIQUE INDEX suppliers_name ON suppliers(name COLLATE NOCASE);
CREATE INDEX suppliers_licence_expiry ON suppliers(licence_expiry) WHERE in_use = 1;
CREATE TRIGGER suppliers_name_insert BEFORE INSERT ON suppliers
WHEN EXISTS (SELECT 1 FROM suppliers WHERE name = NEW.name COLLATE NOCASE)
BEGIN
    SELECT RAISE(ABORT, 'A supplier of this name already exists; edit that record instead.');
END;
CREATE TRIGGER suppliers_name_update BEFORE UPDATE OF name ON suppliers
WHEN EXISTS (SELECT 1 FROM suppliers WHERE name = NEW.name COLLATE NOCASE AND id <> NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'A supplier of this name already exists; edit that record instead.');
END;

-- 健康证. Without an entered expiry date a certificate runs out one year after its issue date (29 February
-- gives 28 February, as canteen::certificateExpiry computes); the triggers store that date so the expiry
-- filters and the dashboard compare one column. A newer certificate of the same person supersedes the
-- older ones, so a renewed certificate's predecessor stops raising "expired".
CREATE TABLE health_certificates (
    id             INTEGER PRIMARY KEY,
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    person         TEXT NOT NULL,
    certificate_no TEXT NOT NULL,
    issue_date     TEXT NOT NULL,
    expiry_date    TEXT,
    issuer         TEXT,
    superseded     INTEGER NOT NULL DEFAULT 0 CHECK (superseded IN (0, 1)),
    notes          TEXT
) STRICT;
CREATE INDEX health_certificates_person ON health_certificates(person, issue_date);
CREATE INDEX health_certificates_current_expiry ON health_certificates(expiry_date) WHERE superseded = 0;
CREATE TRIGGER health_certificates_expiry_insert AFTER INSERT ON health_certificates
WHEN NEW.expiry_date IS NULL
BEGIN
    UPDATE health_certificates
    SET expiry_date = CASE WHEN substr(NEW.issue_date, 6, 5) = '02-29'
                           THEN date(NEW.issue_date, '-1 day', '+1 year')
                           ELSE date(NEW.issue_date, '+1 year') END
    WHERE id = NEW.id;
END;
CREATE TRIGGER health_certificates_expiry_update AFTER UPDATE OF issue_date, expiry_date ON health_certificates
WHEN NEW.expiry_date IS NULL
BEGIN
    UPDATE health_certificates
    SET expiry_date = CASE WHEN substr(NEW.issue_date, 6, 5) = '02-29'
                           THEN date(NEW.issue_date, '-1 day', '+1 year')
                           ELSE date(NEW.issue_date, '+1 year') END
    WHERE id = NEW.id;
END;
CREATE TRIGGER health_certificates_supersede AFTER INSERT ON health_certificates
BEGIN
    UPDATE health_certificates SET superseded = 1
    WHERE person = NEW.person AND id <> NEW.id AND superseded = 0 AND issue_date < NEW.issue_date;
    -- Entered out of order: an older certificate than one already on file is superseded at once.
    UPDATE health_certificates SET superseded = 1
    WHERE id = NEW.id AND EXISTS (SELECT 1 FROM health_certificates o
                                  WHERE o.person = NEW.person AND o.id <> NEW.id
                                    AND o.issue_date > NEW.issue_date);
END;

-- 晨检: one check per worker per day.
CREATE TABLE morning_checks (
    id            INTEGER PRIMARY KEY,
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    date          TEXT NOT NULL,
    person        TEXT NOT NULL,
    temperature_c REAL NOT NULL,
    diarrhoea     INTEGER NOT NULL DEFAULT 0 CHECK (diarrhoea IN (0, 1)),
    skin_wound    INTEGER NOT NULL DEFAULT 0 CHECK (skin_wound IN (0, 1)),
    sore_throat   INTEGER NOT NULL DEFAULT 0 CHECK (sore_throat IN (0, 1)),
    nails_ok      INTEGER NOT NULL DEFAULT 1 CHECK (nails_ok IN (0, 1)),
    no_rings      INTEGER NOT NULL DEFAULT 1 CHECK (no_rings IN (0, 1)),
    uniform_ok    INTEGER NOT NULL DEFAULT 1 CHECK (uniform_ok IN (0, 1)),
    checked_by    TEXT NOT NULL,
    action        TEXT
) STRICT;
CREATE UNIQUE INDEX morning_checks_day_person ON morning_checks(date, person);
CREATE TRIGGER morning_checks_once_insert BEFORE INSERT ON morning_checks
WHEN EXISTS (SELECT 1 FROM morning_checks WHERE date = NEW.date AND person = NEW.person)
BEGIN
    SELECT RAISE(ABORT, 'This worker''s morning check for that day is already recorded; edit it instead.');
END;
CREATE TRIGGER morning_checks_once_update BEFORE UPDATE OF date, person ON morning_checks
WHEN EXISTS (SELECT 1 FROM morning_checks WHERE date = NEW.date AND person = NEW.person AND id <> NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'This worker''s morning check for that day is already recorded; edit it instead.');
END;

-- 陪餐.
CREATE TABLE meal_accompaniments (
    id          INTEGER PRIMARY KEY,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    date        TEXT NOT NULL,
    meal        TEXT NOT NULL,
    person      TEXT NOT NULL,
    role        TEXT NOT NULL,
    taste       INTEGER NOT NULL CHECK (taste BETWEEN 1 AND 5),
    portion     INTEGER NOT NULL CHECK (portion BETWEEN 1 AND 5),
    temperature INTEGER NOT NULL CHECK (temperature BETWEEN 1 AND 5),
    hygiene     INTEGER NOT NULL CHECK (hygiene BETWEEN 1 AND 5),
    problems    TEXT,
    follow_up   TEXT
) STRICT;
CREATE INDEX meal_accompaniments_date ON meal_accompaniments(date, meal);

-- 伙食收支: one row per month, the month stored as its first day.
CREATE TABLE canteen_accounts (
    id             INTEGER PRIMARY KEY,
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    month          TEXT NOT NULL CHECK (substr(month, 9, 2) = '01'),
    income         INTEGER NOT NULL CHECK (income >= 0),
    staple_food    INTEGER NOT NULL DEFAULT 0 CHECK (staple_food >= 0),
    vegetables     INTEGER NOT NULL DEFAULT 0 CHECK (vegetables >= 0),
    meat_eggs_fish INTEGER NOT NULL DEFAULT 0 CHECK (meat_eggs_fish >= 0),
    dairy_fruit    INTEGER NOT NULL DEFAULT 0 CHECK (dairy_fruit >= 0),
    oil_seasoning  INTEGER NOT NULL DEFAULT 0 CHECK (oil_seasoning >= 0),
    fuel           INTEGER NOT NULL DEFAULT 0 CHECK (fuel >= 0),
    other_expenses INTEGER NOT NULL DEFAULT 0 CHECK (other_expenses >= 0),
    published_on   TEXT,
    notes          TEXT
) STRICT;
CREATE UNIQUE INDEX canteen_accounts_month ON canteen_accounts(month);
CREATE TRIGGER canteen_accounts_month_insert BEFORE INSERT ON canteen_accounts
WHEN EXISTS (SELECT 1 FROM canteen_accounts WHERE month = NEW.month)
BEGIN
    SELECT RAISE(ABORT, 'The account of that month is already recorded; edit it instead.');
END;
CREATE TRIGGER canteen_accounts_month_update BEFORE UPDATE OF month ON canteen_accounts
WHEN EXISTS (SELECT 1 FROM canteen_accounts WHERE month = NEW.month AND id <> NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'The account of that month is already recorded; edit it instead.');
END;

-- 节气美食.
CREATE TABLE seasonal_dishes (
    id          INTEGER PRIMARY KEY,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    month       TEXT NOT NULL,
    solar_term  TEXT NOT NULL,
    dish        TEXT NOT NULL,
    description TEXT
) STRICT;
CREATE INDEX seasonal_dishes_month ON seasonal_dishes(month);

-- 膳委会: meetings, and parents' visits.
CREATE TABLE meal_committee_meetings (
    id         INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    date       TEXT NOT NULL,
    attendees  TEXT NOT NULL,
    minutes    TEXT,
    decisions  TEXT
) STRICT;
CREATE INDEX meal_committee_meetings_date ON meal_committee_meetings(date);

CREATE TABLE meal_committee_visits (
    id                INTEGER PRIMARY KEY,
    created_at        TEXT NOT NULL,
    created_by        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by        TEXT NOT NULL,
    date              TEXT NOT NULL,
    parent            TEXT NOT NULL,
    child_class       TEXT NOT NULL,
    booked_on         TEXT,
    inspect_food      INTEGER NOT NULL DEFAULT 1 CHECK (inspect_food IN (0, 1)),
    eat_with_children INTEGER NOT NULL DEFAULT 1 CHECK (eat_with_children IN (0, 1)),
    feedback          TEXT,
    response          TEXT
) STRICT;
CREATE INDEX meal_committee_visits_date ON meal_committee_visits(date);

-- 食堂卫生检查.
CREATE TABLE kitchen_hygiene_checks (
    id                   INTEGER PRIMARY KEY,
    created_at           TEXT NOT NULL,
    created_by           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    updated_by           TEXT NOT NULL,
    date                 TEXT NOT NULL,
    area                 TEXT NOT NULL,
    surfaces_clean       INTEGER NOT NULL DEFAULT 1 CHECK (surfaces_clean IN (0, 1)),
    raw_cooked_separate  INTEGER NOT NULL DEFAULT 1 CHECK (raw_cooked_separate IN (0, 1)),
    disinfection_records INTEGER NOT NULL DEFAULT 1 CHECK (disinfection_records IN (0, 1)),
    pest_control         INTEGER NOT NULL DEFAULT 1 CHECK (pest_control IN (0, 1)),
    waste_covered        INTEGER NOT NULL DEFAULT 1 CHECK (waste_covered IN (0, 1)),
    inspector            TEXT NOT NULL,
    problems             TEXT
) STRICT;
CREATE INDEX kitchen_hygiene_checks_date ON kitchen_hygiene_checks(date, area);
