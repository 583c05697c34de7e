-- Houqin schema version 7: the safety module (安全): the hazard register with its rectification workflow,
-- checklists (template and filled lines), inspections, the gate, duty, drills, education and hygiene.
-- Append-only: never edit a migration that has shipped; add the next number instead.
-- STRICT is SQLite-only (PostgreSQL keeps declared types anyway and the keyword is dropped there); the rest
-- is plain SQL both understand. Dates are ISO text, decimals REAL, booleans INTEGER 0/1.
-- 隐患排查整改台账. The dashboard asks for open hazards past their deadline and for those waiting for verification.
CREATE TABLE hazards (
    id          INTEGER PRIMARY KEY,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    found_on    TEXT NOT NULL,
    campus      TEXT,
    place       TEXT NOT NULL,
    category    TEXT NOT NULL,
    description TEXT NOT NULL,
    severity    TEXT NOT NULL,
    reported_by TEXT,
    state       TEXT NOT NULL,
    owner       TEXT,
    deadline    TEXT,
    measures    TEXT,
    verified_by TEXT,
    source      TEXT
) STRICT;
CREATE INDEX hazards_found_on ON hazards(found_on);
CREATE INDEX hazards_state_deadline ON hazards(state, deadline);
-- The open hazards by deadline: "overdue" (state <> 'closed' AND deadline < today) seeks here instead of
-- scanning the register. Partial indexes exist in PostgreSQL too.
CREATE INDEX hazards_open_deadline ON hazards(deadline) WHERE state <> 'closed';

-- The checklists' template: items by area, in order. A new inspection, closing check or hygiene check starts
-- with the active items of its checklist.
CREATE TABLE checklist_items (
    id          INTEGER PRIMARY KEY,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    checklist  TEXT NOT NULL,
    area       TEXT NOT NULL,
    item       TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;
CREATE INDEX checklist_items_order ON checklist_items(checklist, sort_order);

-- 安全检查, with its checklist lines.
CREATE TABLE inspections (
    id          INTEGER PRIMARY KEY,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    date            TEXT NOT NULL,
    inspection_type TEXT NOT NULL,
    campus          TEXT NOT NULL,
    focus_area      TEXT,
    inspectors      TEXT NOT NULL,
    problems        TEXT
) STRICT;
CREATE INDEX inspections_date ON inspections(date);
CREATE TABLE inspection_lines (
    id        INTEGER PRIMARY KEY,
    inspection_id INTEGER NOT NULL REFERENCES inspections(id) ON DELETE CASCADE,
    line_no   INTEGER NOT NULL,
    area      TEXT NOT NULL,
    item      TEXT NOT NULL,
    result    TEXT NOT NULL CHECK (result IN ('pass', 'fail', 'na')),
    note      TEXT,
    hazard_id INTEGER,
    UNIQUE (inspection_id, line_no)
) STRICT;

-- 放学后检查: water, electricity, gas, doors and windows.
CREATE TABLE closing_checks (
    id          INTEGER PRIMARY KEY,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    date     TEXT NOT NULL,
    campus   TEXT NOT NULL,
    checker  TEXT NOT NULL,
    problems TEXT
) STRICT;
CREATE INDEX closing_checks_date ON closing_checks(date);
CREATE TABLE closing_check_lines (
    id        INTEGER PRIMARY KEY,
    closing_check_id INTEGER NOT NULL REFERENCES closing_checks(id) ON DELETE CASCADE,
    line_no   INTEGER NOT NULL,
    area      TEXT NOT NULL,
    item      TEXT NOT NULL,
    result    TEXT NOT NULL CHECK (result IN ('pass', 'fail', 'na')),
    note      TEXT,
    hazard_id INTEGER,
    UNIQUE (closing_check_id, line_no)
) STRICT;

-- 卫生责任区.
CREATE TABLE hygiene_zones (
    id          INTEGER PRIMARY KEY,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    name        TEXT NOT NULL,
    campus      TEXT NOT NULL,
    responsible TEXT NOT NULL,
    description TEXT
) STRICT;
CREATE UNIQUE INDEX hygiene_zones_name ON hygiene_zones(name);

-- 卫生检查 of a zone, with its checklist lines.
CREATE TABLE hygiene_checks (
    id          INTEGER PRIMARY KEY,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    date      TEXT NOT NULL,
    zone      TEXT NOT NULL,
    inspector TEXT NOT NULL,
    problems  TEXT
) STRICT;
CREATE INDEX hygiene_checks_date ON hygiene_checks(date);
CREATE TABLE hygiene_check_lines (
    id        INTEGER PRIMARY KEY,
    hygiene_check_id INTEGER NOT NULL REFERENCES hygiene_checks(id) ON DELETE CASCADE,
    line_no   INTEGER NOT NULL,
    area      TEXT NOT NULL,
    item      TEXT NOT NULL,
    result    TEXT NOT NULL CHECK (result IN ('pass', 'fail', 'na')),
    note      TEXT,
    hazard_id INTEGER,
    UNIQUE (hygiene_check_id, line_no)
) STRICT;

-- 安全责任书 / 岗位责任书. The staff filter looks for each person's agreement signed since the semester began.
CREATE TABLE responsibility_agreements (
    id          INTEGER PRIMARY KEY,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    semester       TEXT,
    person         TEXT NOT NULL,
    agreement_kind TEXT NOT NULL,
    signed_on      TEXT NOT NULL,
    notes          TEXT
) STRICT;
CREATE INDEX responsibility_agreements_person ON responsibility_agreements(person, signed_on);

-- 应急预案.
CREATE TABLE emergency_plans (
    id          INTEGER PRIMARY KEY,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    title         TEXT NOT NULL,
    plan_kind     TEXT NOT NULL,
    owner         TEXT,
    last_reviewed TEXT,
    notes         TEXT
) STRICT;

-- 应急演练: at least one a quarter.
CREATE TABLE drills (
    id          INTEGER PRIMARY KEY,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    date               TEXT NOT NULL,
    drill_kind         TEXT NOT NULL,
    campus             TEXT NOT NULL,
    participants       INTEGER CHECK (participants >= 0),
    evacuation_seconds INTEGER CHECK (evacuation_seconds >= 0),
    problems           TEXT
) STRICT;
CREATE INDEX drills_date ON drills(date);

-- 值班: 领导带班, 24 小时值班, 寒假值班.
CREATE TABLE duty_rosters (
    id          INTEGER PRIMARY KEY,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    date      TEXT NOT NULL,
    duty_kind TEXT NOT NULL,
    person    TEXT NOT NULL,
    phone     TEXT,
    shift     TEXT,
    notes     TEXT
) STRICT;
CREATE INDEX duty_rosters_date ON duty_rosters(date);

-- 来访登记. A visit is kept whether the visitor was admitted or not; the dashboard asks for visitors of
-- earlier days never signed out.
CREATE TABLE visitors (
    id          INTEGER PRIMARY KEY,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    time_in       TEXT NOT NULL,
    name          TEXT NOT NULL,
    phone         TEXT,
    id_number     TEXT,
    unit          TEXT,
    purpose       TEXT NOT NULL,
    received_by   TEXT,
    temperature_c REAL CHECK (temperature_c BETWEEN 34 AND 43),
    checks        TEXT,
    time_out      TEXT,
    guard         TEXT
) STRICT;
CREATE INDEX visitors_time_in ON visitors(time_in);
CREATE INDEX visitors_not_signed_out ON visitors(time_in) WHERE time_out IS NULL;

-- 中途接园. No child leaves (left_at) without the class teacher's signature: the CHECK refuses it even when
-- a file bypasses the form.
CREATE TABLE early_pickups (
    id          INTEGER PRIMARY KEY,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    arrived_at        TEXT NOT NULL,
    child             TEXT NOT NULL,
    class_name        TEXT NOT NULL,
    collector         TEXT NOT NULL,
    relation          TEXT NOT NULL,
    reason            TEXT,
    teacher_signed_by TEXT,
    teacher_signed_at TEXT,
    guard             TEXT,
    left_at           TEXT,
    CHECK (left_at IS NULL OR teacher_signed_by IS NOT NULL)
) STRICT;
CREATE INDEX early_pickups_arrived_at ON early_pickups(arrived_at);

-- 门卫交接与巡视.
CREATE TABLE guard_logs (
    id          INTEGER PRIMARY KEY,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    date         TEXT NOT NULL,
    shift        TEXT NOT NULL,
    guard        TEXT NOT NULL,
    patrol_times TEXT,
    handover     TEXT,
    unusual      TEXT
) STRICT;
CREATE INDEX guard_logs_date ON guard_logs(date);

-- 班级: what safety education and early pickups are given to.
CREATE TABLE classes (
    id          INTEGER PRIMARY KEY,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    name         TEXT NOT NULL,
    campus       TEXT NOT NULL,
    head_teacher TEXT,
    children     INTEGER CHECK (children >= 0),
    in_use       INTEGER NOT NULL DEFAULT 1 CHECK (in_use IN (0, 1))
) STRICT;
CREATE UNIQUE INDEX classes_name ON classes(name);

-- 安全教育: one row per class and activity.
CREATE TABLE safety_education (
    id          INTEGER PRIMARY KEY,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    date       TEXT NOT NULL,
    theme      TEXT NOT NULL,
    class_name TEXT NOT NULL,
    form       TEXT NOT NULL,
    teacher    TEXT,
    notes      TEXT
) STRICT;
CREATE INDEX safety_education_date ON safety_education(date);
CREATE INDEX safety_education_class ON safety_education(class_name, date);

-- 绿化养护.
CREATE TABLE greenery (
    id          INTEGER PRIMARY KEY,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    date    TEXT NOT NULL,
    task    TEXT NOT NULL,
    area    TEXT NOT NULL,
    done_by TEXT NOT NULL,
    notes   TEXT
) STRICT;
CREATE INDEX greenery_date ON greenery(date);

-- Photos go with their record.
CREATE TRIGGER hazards_photos_delete AFTER DELETE ON hazards
BEGIN
    DELETE FROM attachments WHERE kind = 'hazards' AND record_id = OLD.id;
END;
CREATE TRIGGER inspections_photos_delete AFTER DELETE ON inspections
BEGIN
    DELETE FROM attachments WHERE kind = 'inspections' AND record_id = OLD.id;
END;
CREATE TRIGGER closing_checks_photos_delete AFTER DELETE ON closing_checks
BEGIN
    DELETE FROM attachments WHERE kind = 'closing-checks' AND record_id = OLD.id;
END;
CREATE TRIGGER hygiene_checks_photos_delete AFTER DELETE ON hygiene_checks
BEGIN
    DELETE FROM attachments WHERE kind = 'hygiene-checks' AND record_id = OLD.id;
END;
CREATE TRIGGER emergency_plans_photos_delete AFTER DELETE ON emergency_plans
BEGIN
    DELETE FROM attachments WHERE kind = 'emergency-plans' AND record_id = OLD.id;
END;
CREATE TRIGGER drills_photos_delete AFTER DELETE ON drills
BEGIN
    DELETE FROM attachments WHERE kind = 'drills' AND record_id = OLD.id;
END;
CREATE TRIGGER safety_education_photos_delete AFTER DELETE ON safety_education
BEGIN
    DELETE FROM attachments WHERE kind = 'safety-education' AND record_id = OLD.id;
END;

-- The default checklists (domain-rules: 消防器材, 疏散通道, 用电安全, 门窗, 大型玩具 and 食堂燃气 at least);
-- the office edits them as records of checklist-items.
INSERT INTO checklist_items (created_at, created_by, updated_at, updated_by, checklist, area, item, sort_order, active)
VALUES
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'inspections', '消防器材', '灭火器在有效期内，压力正常，摆放位置明显', 10, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'inspections', '消防器材', '消防栓、喷淋、烟感完好', 20, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'inspections', '疏散通道', '疏散通道、安全出口畅通，无杂物堆放', 30, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'inspections', '疏散通道', '应急照明和疏散指示标志完好', 40, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'inspections', '用电安全', '无私拉乱接电线，插座、开关完好无破损', 50, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'inspections', '用电安全', '电器设备使用规范，无超负荷用电', 60, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'inspections', '门窗', '门窗、防护栏牢固，无松动、无尖角', 70, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'inspections', '门窗', '大门门禁、监控运行正常', 80, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'inspections', '大型玩具', '大型玩具稳固，无破损、无松动螺丝', 90, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'inspections', '大型玩具', '活动场地地面平整，防护垫完好', 100, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'inspections', '食堂燃气', '燃气管道、阀门无泄漏，燃气报警器有效', 110, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'inspections', '食堂燃气', '操作间用火用气有人看管，下班关阀', 120, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'closing-checks', '水', '各处水龙头已关闭，无滴漏', 10, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'closing-checks', '电', '电器电源、空调、饮水机已关闭', 20, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'closing-checks', '电', '照明已关闭', 30, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'closing-checks', '燃气', '燃气总阀已关闭', 40, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'closing-checks', '门窗', '门窗已关好上锁', 50, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'closing-checks', '人员', '园内无滞留幼儿和外来人员', 60, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'hygiene-checks', '地面', '地面清洁，无积水、无垃圾', 10, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'hygiene-checks', '桌面', '桌面、柜面清洁，物品摆放整齐', 20, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'hygiene-checks', '卫生间', '卫生间清洁无异味，便池冲洗干净', 30, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'hygiene-checks', '垃圾', '垃圾桶加盖，及时清理', 40, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'hygiene-checks', '消毒', '按规定消毒，消毒记录完整', 50, 1);
