-- The open map asks for the public reports inside a view: an index of the public ones alone
-- finds them without also reading the status index, which matches most reports. The list must be the one in server/reports/report-visibility.ts, or the planner
-- cannot use the index (a test compares them).
CREATE INDEX report_public_geom_gix ON report USING gist (geom)
  WHERE status IN ('published', 'under_review', 'measure_planned', 'fixed', 'not_actionable');
