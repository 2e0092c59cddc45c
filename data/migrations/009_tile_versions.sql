-- Vector tiles of the public map layers (issue 10) are cached by the layer's version: in the
-- server's memory, and in browsers through the ETag and the `?v=` in the tile address. Every
-- statement that writes a table behind a layer bumps that layer's version in the same
-- transaction, so every server process on the database sees the change once it is committed.

CREATE TABLE tile_layer_version (
  -- The layer, named as its OGC collection (server/ogc/collections.ts).
  layer       text PRIMARY KEY CHECK (layer ~ '^[a-z][a-z0-9-]*$'),
  -- Only ever grows: at least the last version plus one, and at least the start of the hour of the
  -- change in milliseconds, so a database restored from a backup never hands out a version again
  -- that browsers hold for other data. The hour, not the moment: the version is public, and must
  -- not tell when an unpublished report was sent or moderated.
  version     bigint NOT NULL CHECK (version > 0),
  changed_at  timestamptz NOT NULL DEFAULT now()
);

INSERT INTO tile_layer_version (layer, version)
SELECT layer, (floor(extract(epoch FROM clock_timestamp()) / 3600) * 3600000)::bigint
  FROM unnest(ARRAY['municipalities', 'urban-areas', 'focus-zones', 'watch-areas', 'safety-walks',
                    'walk-observations', 'reports', 'measures']) AS layer;

-- The trigger's arguments are the layers the table is behind. They are bumped one at a time in
-- name order, so two transactions that bump the same layers lock their rows in the same order
-- and never wait for each other in a circle. A layer without a row gets one.
CREATE FUNCTION bump_tile_layer_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  bumped text;
BEGIN
  FOR bumped IN SELECT DISTINCT unnest(TG_ARGV) ORDER BY 1 LOOP
    INSERT INTO tile_layer_version AS current (layer, version, changed_at)
    VALUES (bumped, (floor(extract(epoch FROM clock_timestamp()) / 3600) * 3600000)::bigint, clock_timestamp())
    ON CONFLICT (layer) DO UPDATE
      SET version = greatest(current.version + 1, EXCLUDED.version), changed_at = EXCLUDED.changed_at;
  END LOOP;
  RETURN NULL;
END
$$;

-- Once per statement, not per row: a bulk insert of 100,000 reports bumps the version once.
-- Which tables each layer reads: the collection's FROM and the subqueries of its properties.
CREATE TRIGGER municipality_tile_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON municipality
  FOR EACH STATEMENT EXECUTE FUNCTION bump_tile_layer_version('municipalities');
CREATE TRIGGER urban_area_tile_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON urban_area
  FOR EACH STATEMENT EXECUTE FUNCTION bump_tile_layer_version('urban-areas');
CREATE TRIGGER focus_zone_tile_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON focus_zone
  FOR EACH STATEMENT EXECUTE FUNCTION bump_tile_layer_version('focus-zones');
-- An area shows the date of its last meeting.
CREATE TRIGGER watch_area_tile_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON watch_area
  FOR EACH STATEMENT EXECUTE FUNCTION bump_tile_layer_version('watch-areas');
CREATE TRIGGER meeting_tile_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON meeting
  FOR EACH STATEMENT EXECUTE FUNCTION bump_tile_layer_version('watch-areas');
CREATE TRIGGER meeting_area_tile_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON meeting_area
  FOR EACH STATEMENT EXECUTE FUNCTION bump_tile_layer_version('watch-areas');
-- A walk shows how many observations it has; an observation shows its walk's title and date,
-- and is public once the walk's protocol is.
CREATE TRIGGER safety_walk_tile_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON safety_walk
  FOR EACH STATEMENT EXECUTE FUNCTION bump_tile_layer_version('safety-walks', 'walk-observations');
CREATE TRIGGER walk_observation_tile_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON walk_observation
  FOR EACH STATEMENT EXECUTE FUNCTION bump_tile_layer_version('safety-walks', 'walk-observations');
CREATE TRIGGER walk_observation_photo_tile_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON walk_observation_photo
  FOR EACH STATEMENT EXECUTE FUNCTION bump_tile_layer_version('walk-observations');
-- A report shows whether it has a photo that is not hidden.
CREATE TRIGGER report_tile_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON report
  FOR EACH STATEMENT EXECUTE FUNCTION bump_tile_layer_version('reports');
CREATE TRIGGER report_photo_tile_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON report_photo
  FOR EACH STATEMENT EXECUTE FUNCTION bump_tile_layer_version('reports');
CREATE TRIGGER measure_tile_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON measure
  FOR EACH STATEMENT EXECUTE FUNCTION bump_tile_layer_version('measures');
