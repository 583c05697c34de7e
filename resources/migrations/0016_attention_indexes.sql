-- Houqin schema version 16: indexes that keep the dashboard's items, and the filters that look into a
-- record's own lines, flat as years of records accumulate (issue #15, docs/performance.md "Growth: 1, 10
-- and 30 years"). Indexes only: no table or row changes.
-- Append-only: never edit a migration that has shipped; add the next number instead.
-- Partial indexes (CREATE INDEX … WHERE) exist in PostgreSQL with the same syntax and meaning.

-- Filters that look for a record's own lines: storage/ConditionSql writes "a check with a failed item"
-- as checks.id IN (SELECT check_id FROM lines WHERE result = 'fail' ...), so the lines matching the
-- conditions are read first, and these partial indexes hold only those lines (failures are a few in a
-- hundred), instead of every line of every check ever made. Each index also holds the columns the filters
-- test, so SQLite reads no line itself (an index with fewer columns loses to the wider
-- UNIQUE (check_id, line_no) and (facility_check_id, result) indexes).
--
-- "Failed facility check items not yet handled" (the dashboard's assets.facility-failed-unhandled) searches
-- hazard_id IS NULL AND repair_id IS NULL here, which reads only the open failures, a handful at any time;
-- "with failed items" reads the whole (small) index.
CREATE INDEX facility_check_lines_failed
    ON facility_check_lines(hazard_id, repair_id, facility_check_id, result) WHERE result = 'fail';
CREATE INDEX inspection_lines_failed ON inspection_lines(inspection_id, result) WHERE result = 'fail';
CREATE INDEX closing_check_lines_failed ON closing_check_lines(closing_check_id, result) WHERE result = 'fail';
CREATE INDEX hygiene_check_lines_failed ON hygiene_check_lines(hygiene_check_id, result) WHERE result = 'fail';
-- Walk-throughs "with problems" and "problems not yet registered as hazards" (hazard_id IS NULL searched).
CREATE INDEX patrol_findings_problems
    ON patrol_findings(hazard_id, patrol_id, finding) WHERE finding = 'problem';
-- Exams "with people who did not sit" (no score).
CREATE INDEX exam_scores_absent ON exam_scores(exam_id, score) WHERE score IS NULL;

-- "Staff unfit for duty at the morning check, no measure recorded" (canteen.unfit-without-measure):
--   (temperature_c >= :fever OR diarrhoea = 1 OR skin_wound = 1 OR sore_throat = 1 OR nails_ok = 0
--    OR no_rings = 0 OR uniform_ok = 0) AND action IS NULL
-- Nearly every check has no action (it was fit: 99 % in the demo data), so an index WHERE action IS NULL
-- would hold them all, and SQLite then scans it; an index leading with action is searched for action IS
-- NULL as a whole, which reads every fit check too. The OR is answered instead as a union of index searches
-- (SQLite's multi-index OR; PostgreSQL's bitmap OR), one per term, then action IS NULL is checked on the
-- few rows found. The fever term searches temperature_c >= :fever here, whatever the threshold setting is:
-- it reads the checks ever taken at or above it (a few a year), not the fit ones;
CREATE INDEX morning_checks_temperature ON morning_checks(temperature_c);
-- the six symptom terms each search action IS NULL in this index of the checks that found a symptom (each
-- term implies its WHERE), so they read only the open ones.
CREATE INDEX morning_checks_symptoms_action ON morning_checks(action)
    WHERE diarrhoea = 1 OR skin_wound = 1 OR sore_throat = 1 OR nails_ok = 0 OR no_rings = 0
       OR uniform_ok = 0;
