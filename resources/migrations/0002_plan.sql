-- Houqin schema version 2: semesters and their work plans (工作计划).
-- Append-only: never edit a migration that has shipped; add the next number instead.

CREATE TABLE semesters (
    id         INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    name       TEXT NOT NULL UNIQUE,
    start_date TEXT NOT NULL,
    end_date   TEXT NOT NULL,
    is_current INTEGER NOT NULL DEFAULT 0 CHECK (is_current IN (0, 1)),
    notes      TEXT
) STRICT;
-- At most one current semester. SemesterService moves the mark from one semester to another; any other
-- write that would make a second one current is refused with a message instead of a bare constraint name.
CREATE UNIQUE INDEX semesters_one_current ON semesters(is_current) WHERE is_current = 1;
CREATE TRIGGER semesters_one_current_insert BEFORE INSERT ON semesters
WHEN NEW.is_current = 1 AND EXISTS (SELECT 1 FROM semesters WHERE is_current = 1)
BEGIN
    SELECT RAISE(ABORT, 'Another semester is already the current one; make this one current with "houqin semester current NAME" or the work plan''s "make current" action.');
END;
CREATE TRIGGER semesters_one_current_update BEFORE UPDATE OF is_current ON semesters
WHEN NEW.is_current = 1 AND EXISTS (SELECT 1 FROM semesters WHERE is_current = 1 AND id <> NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'Another semester is already the current one; make this one current with "houqin semester current NAME" or the work plan''s "make current" action.');
END;

-- A task refers to its semester by name: exports show the name and imports accept it, and renaming a
-- semester carries its tasks along. A semester that still has tasks cannot be deleted.
CREATE TABLE plan_tasks (
    id         INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    semester   TEXT NOT NULL REFERENCES semesters(name) ON UPDATE CASCADE ON DELETE RESTRICT,
    month      INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
    week       INTEGER NOT NULL CHECK (week BETWEEN 0 AND 30),
    title      TEXT NOT NULL,
    category   TEXT NOT NULL DEFAULT 'other',
    owner      TEXT,
    status     TEXT NOT NULL DEFAULT 'not-started',
    done_on    TEXT,
    outcome    TEXT,
    link       TEXT,
    due_date   TEXT
) STRICT;
CREATE INDEX plan_tasks_semester ON plan_tasks(semester, month, week);
-- The foreign key alone would say only "FOREIGN KEY constraint failed"; these say what to do. (SQLite
-- cannot translate them; the services check first and give translated messages.)
CREATE TRIGGER plan_tasks_semester_exists_insert BEFORE INSERT ON plan_tasks
WHEN NOT EXISTS (SELECT 1 FROM semesters WHERE name = NEW.semester)
BEGIN
    SELECT RAISE(ABORT, 'A plan task names a semester that does not exist. Create the semester first ("houqin semester new", or import semesters before plan-tasks).');
END;
CREATE TRIGGER plan_tasks_semester_exists_update BEFORE UPDATE OF semester ON plan_tasks
WHEN NOT EXISTS (SELECT 1 FROM semesters WHERE name = NEW.semester)
BEGIN
    SELECT RAISE(ABORT, 'A plan task names a semester that does not exist. Create the semester first ("houqin semester new", or import semesters before plan-tasks).');
END;
CREATE TRIGGER semesters_keep_tasks BEFORE DELETE ON semesters
WHEN EXISTS (SELECT 1 FROM plan_tasks WHERE semester = OLD.name)
BEGIN
    SELECT RAISE(ABORT, 'This semester still has plan tasks; delete them first.');
END;
-- The overdue and this-week filters (lists and the dashboard) compare due_date.
CREATE INDEX plan_tasks_due ON plan_tasks(due_date);

-- due_date is the Sunday ending the task's teaching week: week 1 starts on the Monday of the week holding
-- the semester's start date, so week N ends 7N - 1 days after that Monday (week 0, before term, on the
-- Sunday before week 1). The database keeps it for every write path (forms, imports, services) and
-- whenever a semester's start date moves; plan::placeInSemester computes the same value in memory.
CREATE TRIGGER plan_tasks_due_insert AFTER INSERT ON plan_tasks
WHEN NEW.due_date IS NOT (SELECT date(s.start_date, '-6 days', 'weekday 1', (7 * NEW.week - 1) || ' days')
                          FROM semesters s WHERE s.name = NEW.semester)
BEGIN
    UPDATE plan_tasks
    SET due_date = (SELECT date(s.start_date, '-6 days', 'weekday 1', (7 * NEW.week - 1) || ' days')
                    FROM semesters s WHERE s.name = NEW.semester)
    WHERE id = NEW.id;
END;
CREATE TRIGGER plan_tasks_due_update AFTER UPDATE OF semester, week, due_date ON plan_tasks
WHEN NEW.due_date IS NOT (SELECT date(s.start_date, '-6 days', 'weekday 1', (7 * NEW.week - 1) || ' days')
                          FROM semesters s WHERE s.name = NEW.semester)
BEGIN
    UPDATE plan_tasks
    SET due_date = (SELECT date(s.start_date, '-6 days', 'weekday 1', (7 * NEW.week - 1) || ' days')
                    FROM semesters s WHERE s.name = NEW.semester)
    WHERE id = NEW.id;
END;
CREATE TRIGGER semesters_start_moves_due_dates AFTER UPDATE OF start_date ON semesters
BEGIN
    UPDATE plan_tasks
    SET due_date = date(NEW.start_date, '-6 days', 'weekday 1', (7 * week - 1) || ' days')
    WHERE semester = NEW.name;
END;
