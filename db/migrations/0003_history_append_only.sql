-- History is append-only: the database itself refuses to change or remove an event.
CREATE TRIGGER history_events_no_update BEFORE UPDATE ON history_events
BEGIN
  SELECT RAISE(ABORT, 'history is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER history_events_no_delete BEFORE DELETE ON history_events
BEGIN
  SELECT RAISE(ABORT, 'history is append-only');
END;
