-- Environment measures as planners track them (issue 7): who does it in practice, when it was
-- proposed, the reports and walk observations it answers, and when it was last changed.

ALTER TABLE measure
  ADD COLUMN responsible_detail text NOT NULL DEFAULT '',
  ADD COLUMN proposed_on date,
  ADD COLUMN created_at timestamptz NOT NULL DEFAULT now(),
  ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();

-- A measure saved before this version was proposed no later than it was decided or done.
UPDATE measure SET proposed_on = coalesce(decided_on, done_on, current_date);
UPDATE measure SET rejected_reason = '' WHERE rejected_reason IS NULL;
ALTER TABLE measure
  ALTER COLUMN proposed_on SET NOT NULL,
  ALTER COLUMN proposed_on SET DEFAULT current_date,
  ALTER COLUMN rejected_reason SET DEFAULT '',
  ALTER COLUMN rejected_reason SET NOT NULL,
  DROP CONSTRAINT measure_check,
  ADD CONSTRAINT measure_rejected_reason CHECK (status <> 'rejected' OR rejected_reason <> ''),
  -- Older rows are kept as they are (NOT VALID): the rules hold for every new write.
  ADD CONSTRAINT measure_done_has_date CHECK (status <> 'done' OR done_on IS NOT NULL) NOT VALID,
  ADD CONSTRAINT measure_dates_in_order CHECK (decided_on >= proposed_on AND done_on >= proposed_on) NOT VALID;

-- Whether a linked measure set the report's status (server/measures/linked-reports.ts): only such
-- a status goes back when the measure is rejected or unlinked; staff's own decisions stand.
ALTER TABLE report ADD COLUMN status_set_by_measure boolean NOT NULL DEFAULT false;

-- The reports and walk observations a measure answers.
CREATE TABLE measure_report (
  measure_id integer NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
  report_id  integer NOT NULL REFERENCES report(id) ON DELETE CASCADE,
  PRIMARY KEY (measure_id, report_id)
);
CREATE INDEX measure_report_report_idx ON measure_report (report_id);

CREATE TABLE measure_observation (
  measure_id     integer NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
  observation_id integer NOT NULL REFERENCES walk_observation(id) ON DELETE CASCADE,
  PRIMARY KEY (measure_id, observation_id)
);
CREATE INDEX measure_observation_observation_idx ON measure_observation (observation_id);
