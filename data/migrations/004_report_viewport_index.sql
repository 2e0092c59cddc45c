-- The open map asks for the public reports inside a view: an index of the public ones alone
-- finds them without also reading the status index, which matches most reports. The list must be
-- the one in server/reports/report-visibility.ts, or the planner cannot use the index (a test
-- compares them).
CREATE INDEX report_public_geom_gix ON report USING gist (geom)
  WHERE status IN ('published', 'under_review', 'measure_planned', 'fixed', 'not_actionable');

-- A report's duplicates are found by `duplicate_of` (merging recounts "me too"s from them, and
-- deleting a report checks that none points to it): without an index each is a full scan.
CREATE INDEX report_duplicate_of_idx ON report (duplicate_of) WHERE duplicate_of IS NOT NULL;
