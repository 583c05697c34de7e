-- 设施设备检查 (daily small check, weekly big check, monthly full check of appliances, play areas, large
-- toys, sports equipment, corridors, doors and windows) with checklist lines, and 水电抄表 (utility meter
-- readings). A failed line may open a hazard (hazard_id) or a repair request (repair_id).
-- Decimals are REAL, booleans INTEGER 0/1, dates ISO text.

CREATE TABLE facility_checks (
    id          INTEGER PRIMARY KEY,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    date            TEXT NOT NULL,
    campus          TEXT NOT NULL,
    level           TEXT NOT NULL CHECK (level IN ('daily', 'weekly', 'monthly')),
    checker         TEXT NOT NULL,
    area            TEXT,
    frost_protected INTEGER NOT NULL DEFAULT 0 CHECK (frost_protected IN (0, 1)),
    problems        TEXT
) STRICT;
CREATE INDEX facility_checks_date ON facility_checks(date);
CREATE INDEX facility_checks_campus_level_date ON facility_checks(campus, level, date);
CREATE TABLE facility_check_lines (
    id        INTEGER PRIMARY KEY,
    facility_check_id INTEGER NOT NULL REFERENCES facility_checks(id) ON DELETE CASCADE,
    line_no   INTEGER NOT NULL,
    area      TEXT NOT NULL,
    item      TEXT NOT NULL,
    result    TEXT NOT NULL CHECK (result IN ('pass', 'fail', 'na')),
    note      TEXT,
    hazard_id INTEGER,
    repair_id INTEGER,
    UNIQUE (facility_check_id, line_no)
) STRICT;
-- "A failed item not yet handled" looks for failed lines without a hazard or a repair.
CREATE INDEX facility_check_lines_result ON facility_check_lines(facility_check_id, result);
CREATE TRIGGER facility_checks_photos_delete AFTER DELETE ON facility_checks
BEGIN
    DELETE FROM attachments WHERE kind = 'facility-checks' AND record_id = OLD.id;
END;
CREATE TRIGGER facility_check_lines_photos_delete AFTER DELETE ON facility_check_lines
BEGIN
    DELETE FROM attachments WHERE kind = 'facility-check-lines' AND record_id = OLD.id;
END;

-- 水电抄表: one reading of one meter on one day. The use since the previous reading is derived.
CREATE TABLE utility_readings (
    id          INTEGER PRIMARY KEY,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    campus      TEXT NOT NULL,
    meter       TEXT NOT NULL,
    meter_type  TEXT NOT NULL CHECK (meter_type IN ('water', 'electricity')),
    date        TEXT NOT NULL,
    reading     REAL NOT NULL CHECK (reading >= 0),
    meter_reset INTEGER NOT NULL DEFAULT 0 CHECK (meter_reset IN (0, 1)),
    reader      TEXT,
    note        TEXT
) STRICT;
-- One reading per meter and day; also the index the previous reading of a meter is found by.
CREATE UNIQUE INDEX utility_readings_meter_date ON utility_readings(meter, campus, date);
CREATE INDEX utility_readings_date ON utility_readings(date);

-- The default checklists of the three levels (the plan: 每天一小检，每周一大检，每月一次全面巡视检修); the
-- office edits them as records of checklist-items.
INSERT INTO checklist_items (created_at, created_by, updated_at, updated_by, checklist, area, item, sort_order, active)
VALUES
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'facility-checks.daily', '电器设备', '教室电器（空调、电视、饮水机）运行正常，插座、开关无破损', 10, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'facility-checks.daily', '活动场所', '户外场地地面平整，无积水、碎石、尖锐物', 20, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'facility-checks.daily', '大型玩具', '大型玩具无松动、断裂、尖锐突起', 30, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'facility-checks.daily', '体育器材', '当日使用的体育器材完好，用后归位', 40, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'facility-checks.daily', '楼道', '楼道通畅，无杂物堆放，照明正常', 50, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'facility-checks.daily', '门窗', '班级门窗开关灵活，窗户限位器、护栏完好', 60, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'facility-checks.weekly', '电器设备', '电器线路、插座、漏电保护开关完好', 10, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'facility-checks.weekly', '电器设备', '消毒柜、紫外线灯、饮水机运行正常', 20, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'facility-checks.weekly', '活动场所', '户外活动场地、塑胶地面无破损、翘起', 30, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'facility-checks.weekly', '大型玩具', '大型玩具螺丝、连接件紧固，滑梯、攀爬架无开裂', 40, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'facility-checks.weekly', '体育器材', '体育器材完好、摆放整齐，无破损', 50, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'facility-checks.weekly', '楼道', '楼道扶手、防滑条牢固，应急照明、疏散指示正常', 60, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'facility-checks.weekly', '门窗', '门窗、门吸、防夹手装置完好，玻璃无裂缝', 70, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'facility-checks.monthly', '电器设备', '配电箱、电器线路全面检查，无老化、过载', 10, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'facility-checks.monthly', '电器设备', '空调、热水器、厨房电器检查保养', 20, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'facility-checks.monthly', '活动场所', '活动室、功能室设施设备完好', 30, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'facility-checks.monthly', '活动场所', '户外场地、围墙、栏杆牢固', 40, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'facility-checks.monthly', '大型玩具', '大型玩具全面检修，基础、焊点、防护垫完好', 50, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'facility-checks.monthly', '大型玩具', '冬季（12月—1月）户外大型器械防冻保护已落实', 60, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'facility-checks.monthly', '体育器材', '体育器材全面检查，损坏的登记维修或报废', 70, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'facility-checks.monthly', '楼道', '楼道、楼梯、扶手、栏杆全面检查', 80, 1),
    ('2026-01-01T00:00:00', 'houqin', '2026-01-01T00:00:00', 'houqin', 'facility-checks.monthly', '门窗', '全园门窗、锁具、纱窗、护栏全面检修', 90, 1);
