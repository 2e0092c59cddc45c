-- A report sent by the public waits for moderation and is not on the map: its insert, and every
-- change staff make before it is published, must not make every reports tile stale (009 bumped the
-- layer on any write to the table). The reports layer now changes only when a statement writes a
-- report, or a report's photo, that is public before or after it. The statuses must be the public ones of
-- server/reports/report-visibility.ts, as in 004 (tests/api/migration-upgrade.test.ts compares them).

-- 009's version bump as a plain function, so that a trigger can decide first whether to call it.
CREATE FUNCTION bump_tile_layers(VARIADIC layers text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  bumped text;
BEGIN
  FOR bumped IN SELECT DISTINCT unnest(layers) ORDER BY 1 LOOP
    INSERT INTO tile_layer_version AS current (layer, version, changed_at)
    VALUES (bumped, (floor(extract(epoch FROM clock_timestamp()) / 3600) * 3600000)::bigint, clock_timestamp())
    ON CONFLICT (layer) DO UPDATE
      SET version = greatest(current.version + 1, EXCLUDED.version), changed_at = EXCLUDED.changed_at;
  END LOOP;
END
$$;

CREATE OR REPLACE FUNCTION bump_tile_layer_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM bump_tile_layers(VARIADIC TG_ARGV);
  RETURN NULL;
END
$$;

-- The one list of public statuses in SQL besides 004's index.
CREATE FUNCTION is_public_report_status(status text) RETURNS boolean LANGUAGE sql IMMUTABLE
  RETURN status IN ('published', 'under_review', 'measure_planned', 'fixed', 'not_actionable');

-- Whether the statement wrote a public report, before or after, or a photo of one. A transition
-- table exists only for the events that have it, and a statement naming a missing one fails even in
-- a branch not taken: hence one statement per event and table.
CREATE FUNCTION bump_report_tiles_if_public() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  touched boolean := false;
BEGIN
  IF TG_TABLE_NAME = 'report' THEN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      touched := EXISTS (SELECT 1 FROM new_rows WHERE is_public_report_status(status));
    END IF;
    IF NOT touched AND TG_OP IN ('UPDATE', 'DELETE') THEN
      touched := EXISTS (SELECT 1 FROM old_rows WHERE is_public_report_status(status));
    END IF;
  ELSE
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      touched := EXISTS (SELECT 1 FROM new_rows p JOIN report r ON r.id = p.report_id WHERE is_public_report_status(r.status));
    END IF;
    IF NOT touched AND TG_OP IN ('UPDATE', 'DELETE') THEN
      touched := EXISTS (SELECT 1 FROM old_rows p JOIN report r ON r.id = p.report_id WHERE is_public_report_status(r.status));
    END IF;
  END IF;
  IF touched THEN
    PERFORM bump_tile_layers('reports');
  END IF;
  RETURN NULL;
END
$$;

DROP TRIGGER report_tile_version ON report;
DROP TRIGGER report_photo_tile_version ON report_photo;
CREATE TRIGGER report_insert_tile_version AFTER INSERT ON report REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_report_tiles_if_public();
CREATE TRIGGER report_update_tile_version AFTER UPDATE ON report REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_report_tiles_if_public();
CREATE TRIGGER report_delete_tile_version AFTER DELETE ON report REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_report_tiles_if_public();
CREATE TRIGGER report_truncate_tile_version AFTER TRUNCATE ON report
  FOR EACH STATEMENT EXECUTE FUNCTION bump_tile_layer_version('reports');
CREATE TRIGGER report_photo_insert_tile_version AFTER INSERT ON report_photo REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_report_tiles_if_public();
CREATE TRIGGER report_photo_update_tile_version AFTER UPDATE ON report_photo REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_report_tiles_if_public();
CREATE TRIGGER report_photo_delete_tile_version AFTER DELETE ON report_photo REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION bump_report_tiles_if_public();
CREATE TRIGGER report_photo_truncate_tile_version AFTER TRUNCATE ON report_photo
  FOR EACH STATEMENT EXECUTE FUNCTION bump_tile_layer_version('reports');
