-- Houqin schema version 8: photos of a checklist's lines (an inspection's failed 消防器材 item shows what
-- was found). A line's photos are attachments with the lines kind's key and the line's id; lines keep their
-- ids when their record is saved again (RecordLines::write updates in place), so the photos stay with
-- their item. They go when the line goes: removed from its record, or with the record (ON DELETE CASCADE
-- fires these triggers too, in SQLite and in PostgreSQL).
-- Append-only: never edit a migration that has shipped; add the next number instead.
CREATE TRIGGER inspection_lines_photos_delete AFTER DELETE ON inspection_lines
BEGIN
    DELETE FROM attachments WHERE kind = 'inspection-lines' AND record_id = OLD.id;
END;
CREATE TRIGGER closing_check_lines_photos_delete AFTER DELETE ON closing_check_lines
BEGIN
    DELETE FROM attachments WHERE kind = 'closing-check-lines' AND record_id = OLD.id;
END;
CREATE TRIGGER hygiene_check_lines_photos_delete AFTER DELETE ON hygiene_check_lines
BEGIN
    DELETE FROM attachments WHERE kind = 'hygiene-check-lines' AND record_id = OLD.id;
END;
