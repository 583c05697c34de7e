-- Houqin schema version 16: indexes that keep two dashboard items flat as years of records accumulate
-- (issue #15, docs/performance.md "Growth: 1, 10 and 30 years"). Indexes only: no table or row changes.
-- Append-only: never edit a migration that has shipped; add the next number instead.
-- Partial indexes (CREATE INDEX … WHERE) exist in PostgreSQL with the same syntax and meaning.

-- "Failed facility check items not yet handled" (assets.facility-failed-unhandled): storage/ConditionSql
-- writes the filter as facility_checks.id IN (SELECT facility_check_id FROM facility_check_lines WHERE
-- result = 'fail' AND hazard_id IS NULL AND repair_id IS NULL). This index holds only those open failures,
-- a handful at any time, so the list is read from it instead of from every check ever made.
CREATE INDEX facility_check_lines_open_failures ON facility_check_lines(facility_check_id)
    WHERE result = 'fail' AND hazard_id IS NULL AND repair_id IS NULL;

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
