-- A zoomed-out reports tile clusters every public report in view: of ten years' reports, a zoom 12
-- tile read 40,000 rows and transformed each of their 6,000 places to Web Mercator (p95 69 ms).
-- The public sees a report at the centre of its grid cell (server/reports/coarse-location.ts), so
-- the public reports can be counted per cell beforehand: public_report_place holds each cell's
-- count, its first report and its centre (stored in SWEREF 99 TM like all geometry, and beside it
-- in Web Mercator, transformed once here rather than in every tile), and the triggers below keep
-- it equal to the report table. The cell's width is a setting (REPORT_GRID_METRES): report_grid
-- holds the width the places were counted for, and the app counts them afresh at start when it
-- differs (server/reports/report-places.ts). Until then the table is empty and the tiles do not
-- use it.

CREATE TABLE report_grid (
  only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  metres   integer NOT NULL CHECK (metres > 0)
);

CREATE TABLE public_report_place (
  cell_x          integer NOT NULL,
  cell_y          integer NOT NULL,
  reports         integer NOT NULL CHECK (reports > 0),
  first_report_id integer NOT NULL,
  geom            geometry(Point, 3006) NOT NULL,
  mercator_x      double precision NOT NULL,
  mercator_y      double precision NOT NULL,
  PRIMARY KEY (cell_x, cell_y)
);
CREATE INDEX public_report_place_gix ON public_report_place USING gist (geom);

-- The cells, `width` metres wide, that hold these points.
CREATE FUNCTION report_cells(points geometry[], width double precision) RETURNS TABLE (cell_x integer, cell_y integer)
LANGUAGE sql IMMUTABLE AS $$
  SELECT DISTINCT floor(ST_X(point) / width)::integer, floor(ST_Y(point) / width)::integer FROM unnest(points) AS point
$$;

-- Counts afresh the public reports in the cells that hold these points; a cell left without any
-- loses its row.
CREATE FUNCTION recount_report_places(points geometry[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  width double precision := (SELECT metres FROM report_grid);
BEGIN
  IF width IS NULL OR cardinality(points) = 0 THEN
    RETURN;
  END IF;
  DELETE FROM public_report_place AS p USING report_cells(points, width) AS c WHERE p.cell_x = c.cell_x AND p.cell_y = c.cell_y;
  INSERT INTO public_report_place (cell_x, cell_y, reports, first_report_id, geom, mercator_x, mercator_y)
  SELECT cell_x, cell_y, reports, first_report_id, centre, ST_X(ST_Transform(centre, 3857)), ST_Y(ST_Transform(centre, 3857))
    FROM (SELECT c.cell_x, c.cell_y, count(*) AS reports, min(r.id) AS first_report_id,
                 ST_SetSRID(ST_MakePoint((c.cell_x + 0.5) * width, (c.cell_y + 0.5) * width), 3006) AS centre
            FROM report_cells(points, width) AS c
            JOIN report AS r
              ON r.geom && ST_MakeEnvelope(c.cell_x * width, c.cell_y * width, (c.cell_x + 1) * width, (c.cell_y + 1) * width, 3006)
             AND floor(ST_X(r.geom) / width) = c.cell_x AND floor(ST_Y(r.geom) / width) = c.cell_y
           WHERE is_public_report_status(r.status)
           GROUP BY c.cell_x, c.cell_y) AS counted;
END
$$;

-- The places of the reports a statement made public, moved, or took off the map. An update that
-- leaves a report where it was, and public or not as it was (text, answers, "me too"s, the retention
-- job's wiping), touches no place. One branch per event, as in 011: a transition table exists only
-- for the events that have it.
CREATE FUNCTION recount_report_places_of_statement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM recount_report_places(ARRAY(SELECT geom FROM new_rows WHERE is_public_report_status(status)));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM recount_report_places(ARRAY(
      SELECT side.geom
        FROM new_rows AS n JOIN old_rows AS o ON o.id = n.id
       CROSS JOIN LATERAL (VALUES (o.geom, is_public_report_status(o.status)), (n.geom, is_public_report_status(n.status))) AS side (geom, public)
       WHERE side.public
         AND (is_public_report_status(o.status) <> is_public_report_status(n.status) OR o.geom IS DISTINCT FROM n.geom)));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM recount_report_places(ARRAY(SELECT geom FROM old_rows WHERE is_public_report_status(status)));
  ELSE
    TRUNCATE public_report_place;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER report_insert_places AFTER INSERT ON report REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION recount_report_places_of_statement();
CREATE TRIGGER report_update_places AFTER UPDATE ON report REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION recount_report_places_of_statement();
CREATE TRIGGER report_delete_places AFTER DELETE ON report REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION recount_report_places_of_statement();
CREATE TRIGGER report_truncate_places AFTER TRUNCATE ON report
  FOR EACH STATEMENT EXECUTE FUNCTION recount_report_places_of_statement();
