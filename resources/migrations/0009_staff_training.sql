-- Houqin schema version 9: staff and training (队伍建设): the staff register gains department, hire date and
-- mentor; study and skills sessions with their attendance, the monthly exam with its scores, and the monthly
-- appraisal with one line per rubric item.
-- Append-only: never edit a migration that has shipped; add the next number instead.
-- STRICT is SQLite-only (PostgreSQL keeps declared types anyway and the keyword is dropped there); the rest
-- is plain SQL both understand. Dates are ISO text, decimals REAL.
ALTER TABLE staff ADD COLUMN department TEXT;
ALTER TABLE staff ADD COLUMN hire_date TEXT;
ALTER TABLE staff ADD COLUMN mentor TEXT;
-- Pickers and the staff filters ask for the active staff by name (status = 'active' ORDER BY name).
CREATE INDEX staff_status_name ON staff(status, name);

-- 业务学习与技能培训. The attention item asks for the latest study session (kind, date); the semester report
-- for the semester's sessions by date.
CREATE TABLE training_sessions (
    id          INTEGER PRIMARY KEY,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    date       TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('theory', 'skills', 'canteen-theory')),
    topic      TEXT NOT NULL,
    presenter  TEXT,
    campus     TEXT,
    notes      TEXT
) STRICT;
CREATE INDEX training_sessions_date ON training_sessions(date);
CREATE INDEX training_sessions_kind_date ON training_sessions(kind, date);
CREATE TABLE training_attendance (
    id         INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES training_sessions(id) ON DELETE CASCADE,
    line_no    INTEGER NOT NULL,
    person     TEXT NOT NULL,
    attendance TEXT NOT NULL CHECK (attendance IN ('present', 'leave', 'absent')),
    note       TEXT,
    UNIQUE (session_id, line_no)
) STRICT;
CREATE INDEX training_attendance_person ON training_attendance(person);

-- 应知应会理论考试: one a month; month is its first day. A line without a score is a person who did not sit it.
CREATE TABLE exams (
    id          INTEGER PRIMARY KEY,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    month      TEXT NOT NULL CHECK (substr(month, 9, 2) = '01'),
    date       TEXT NOT NULL,
    subject    TEXT NOT NULL,
    pass_mark  REAL NOT NULL CHECK (pass_mark >= 0 AND pass_mark <= 100),
    notes      TEXT
) STRICT;
CREATE INDEX exams_month ON exams(month);
CREATE INDEX exams_date ON exams(date);
CREATE TABLE exam_scores (
    id        INTEGER PRIMARY KEY,
    exam_id   INTEGER NOT NULL REFERENCES exams(id) ON DELETE CASCADE,
    line_no   INTEGER NOT NULL,
    person    TEXT NOT NULL,
    score     REAL CHECK (score >= 0 AND score <= 100),
    note      TEXT,
    UNIQUE (exam_id, line_no)
) STRICT;
CREATE INDEX exam_scores_person ON exam_scores(person);

-- 月考核: one per person and month (month is its first day); the rubric's items as lines, each with the
-- weight it had when the appraisal was made, so a later change of the rubric leaves old totals alone.
-- The staff filter "without an appraisal this month" seeks (month, person) here.
CREATE TABLE appraisals (
    id          INTEGER PRIMARY KEY,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    month      TEXT NOT NULL CHECK (substr(month, 9, 2) = '01'),
    person     TEXT NOT NULL,
    feedback   TEXT,
    UNIQUE (month, person)
) STRICT;
CREATE INDEX appraisals_person ON appraisals(person);
CREATE TABLE appraisal_items (
    id           INTEGER PRIMARY KEY,
    appraisal_id INTEGER NOT NULL REFERENCES appraisals(id) ON DELETE CASCADE,
    line_no      INTEGER NOT NULL,
    item         TEXT NOT NULL,
    weight       REAL NOT NULL CHECK (weight > 0 AND weight <= 100),
    score        REAL NOT NULL CHECK (score >= 0 AND score <= 100),
    UNIQUE (appraisal_id, line_no)
) STRICT;
