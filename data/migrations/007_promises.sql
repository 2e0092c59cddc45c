-- Medborgarlöften: promise periods with their promises and indicators, the activity log staff
-- keep, corrections to a published period, the website survey and external survey figures.

-- One signed promise document. `ends_on` is the period it names; a period stays in force until
-- the next one starts, so progress is followed up to then (or to today).
CREATE TABLE promise_period (
  id                integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  municipality_code text NOT NULL REFERENCES municipality(code),
  title             text NOT NULL,
  starts_on         date NOT NULL,
  ends_on           date NOT NULL,
  -- The document's own words: its introduction, the problem picture, the common goal, how it is
  -- followed up and how long it is valid.
  introduction      text NOT NULL DEFAULT '',
  problem_title     text NOT NULL DEFAULT '',
  problem_picture   text NOT NULL DEFAULT '',
  goal              text NOT NULL DEFAULT '',
  follow_up         text NOT NULL DEFAULT '',
  validity          text NOT NULL DEFAULT '',
  -- Public once published; after that every change is a correction with a reason.
  published_at      timestamptz,
  is_demo           boolean NOT NULL DEFAULT false,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on >= starts_on),
  UNIQUE (municipality_code, starts_on)
);

CREATE TABLE promise (
  id                integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  period_id         integer NOT NULL REFERENCES promise_period(id),
  position          integer NOT NULL CHECK (position >= 1),
  text              text NOT NULL CHECK (text <> ''),
  responsible       text NOT NULL CHECK (responsible IN ('kommunen', 'polisen', 'both')),
  -- The document's wording of who is responsible ("Polisen i samverkan med kommunen").
  responsible_text  text NOT NULL DEFAULT '',
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX promise_period_idx ON promise (period_id, position);

-- How a promise is measured. A computed kind counts records per calendar year; 'activities'
-- counts the promise's activity log. A missing target means any activity in a year meets it.
CREATE TABLE promise_indicator (
  id                integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  promise_id        integer NOT NULL REFERENCES promise(id),
  position          integer NOT NULL CHECK (position >= 1),
  kind              text NOT NULL CHECK (kind IN ('walks_done', 'startup_meetings', 'areas_updated',
                      'centrum_measures_done', 'activities')),
  label             text NOT NULL CHECK (label <> ''),
  target_per_year   numeric CHECK (target_per_year >= 0),
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX promise_indicator_promise_idx ON promise_indicator (promise_id, position);

-- What staff did for a promise that no record counts: inclusion work, police presence in the centre.
CREATE TABLE promise_activity (
  id                integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  promise_id        integer NOT NULL REFERENCES promise(id),
  happened_on       date NOT NULL,
  title             text NOT NULL CHECK (title <> ''),
  description       text NOT NULL DEFAULT '',
  is_demo           boolean NOT NULL DEFAULT false,
  created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX promise_activity_promise_idx ON promise_activity (promise_id, happened_on DESC);

-- A change to a published period, shown publicly with its reason and the earlier wording.
CREATE TABLE promise_correction (
  id                integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  period_id         integer NOT NULL REFERENCES promise_period(id),
  object_type       text NOT NULL CHECK (object_type IN ('promise_period', 'promise', 'promise_indicator')),
  object_id         integer NOT NULL,
  correction_reason text NOT NULL CHECK (correction_reason <> ''),
  before            jsonb,
  after             jsonb,
  corrected_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX promise_correction_period_idx ON promise_correction (period_id, corrected_at DESC);

-- The survey on the municipality's website, one or more per period.
CREATE TABLE survey (
  id                integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  period_id         integer NOT NULL REFERENCES promise_period(id),
  title             text NOT NULL CHECK (title <> ''),
  introduction      text NOT NULL DEFAULT '',
  opens_on          date NOT NULL,
  -- The last day answers are taken; none means open until staff set one.
  closes_on         date,
  is_demo           boolean NOT NULL DEFAULT false,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  CHECK (closes_on IS NULL OR closes_on >= opens_on)
);
CREATE INDEX survey_period_idx ON survey (period_id);

CREATE TABLE survey_question (
  id                integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  survey_id         integer NOT NULL REFERENCES survey(id),
  position          integer NOT NULL CHECK (position >= 1),
  kind              text NOT NULL CHECK (kind IN ('scale', 'yes_no', 'free_text', 'map_mark')),
  text_sv           text NOT NULL CHECK (text_sv <> ''),
  text_en           text NOT NULL DEFAULT '',
  -- A scale runs from 1 to scale_max (5 or 10 in practice).
  scale_max         integer CHECK (scale_max BETWEEN 2 AND 10),
  -- Whether "I don't go out" is a choice beside the scale.
  allows_not_out    boolean NOT NULL DEFAULT false,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'scale') = (scale_max IS NOT NULL)),
  CHECK (kind = 'scale' OR NOT allows_not_out)
);
CREATE INDEX survey_question_survey_idx ON survey_question (survey_id, position);

-- One submitted answer sheet. Nothing about the person is kept: `browser_key` is a hash of a
-- random cookie and the survey, so a browser answers once and sheets of two surveys cannot be
-- linked; the day is kept, not the time.
CREATE TABLE survey_response (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  survey_id         integer NOT NULL REFERENCES survey(id),
  browser_key       text NOT NULL,
  answered_on       date NOT NULL,
  is_demo           boolean NOT NULL DEFAULT false,
  UNIQUE (survey_id, browser_key)
);
CREATE INDEX survey_response_year_idx ON survey_response (survey_id, answered_on);

CREATE TABLE survey_answer (
  response_id       bigint NOT NULL REFERENCES survey_response(id) ON DELETE CASCADE,
  question_id       integer NOT NULL REFERENCES survey_question(id),
  scale_value       integer CHECK (scale_value >= 1),
  not_out           boolean NOT NULL DEFAULT false,
  yes               boolean,
  free_text         text,
  mark              geometry(Point, 3006),
  PRIMARY KEY (response_id, question_id),
  CHECK (num_nonnulls(scale_value, yes, free_text, mark) + not_out::integer = 1)
);
CREATE INDEX survey_answer_question_idx ON survey_answer (question_id);
-- Like every geometry column, marks have a GiST index (the public reads them as counted squares).
CREATE INDEX survey_answer_mark_gix ON survey_answer USING gist (mark);

-- Figures from surveys others run: SCB's medborgarundersökning (an index 0–100) and Brå's NTU
-- (a percentage), per year, with where each figure comes from.
CREATE TABLE external_figure (
  id                integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  municipality_code text NOT NULL REFERENCES municipality(code),
  source            text NOT NULL CHECK (source IN ('scb', 'ntu')),
  year              integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  label             text NOT NULL CHECK (label <> ''),
  value             numeric NOT NULL CHECK (value BETWEEN 0 AND 100),
  -- The same figure for the whole country, where the source gives one.
  national_value    numeric CHECK (national_value BETWEEN 0 AND 100),
  citation          text NOT NULL CHECK (citation <> ''),
  is_demo           boolean NOT NULL DEFAULT false,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  UNIQUE (municipality_code, source, label, year)
);

-- Running counts kept in the same transaction as each answer sheet, so the public results read a
-- few hundred rows instead of scanning every answer. `answer` is '1'…'10' for a scale,
-- 'not_out', 'yes', 'no', 'free_text' or 'map_mark'.
CREATE TABLE survey_tally (
  question_id       integer NOT NULL REFERENCES survey_question(id),
  year              integer NOT NULL,
  answer            text NOT NULL,
  count             integer NOT NULL CHECK (count >= 0),
  PRIMARY KEY (question_id, year, answer)
);

CREATE TABLE survey_year_tally (
  survey_id         integer NOT NULL REFERENCES survey(id),
  year              integer NOT NULL,
  responses         integer NOT NULL CHECK (responses >= 0),
  PRIMARY KEY (survey_id, year)
);

-- Map marks counted per 100 m square of SWEREF 99 TM (the square's south-west corner / 100).
CREATE TABLE survey_mark_tally (
  question_id       integer NOT NULL REFERENCES survey_question(id),
  year              integer NOT NULL,
  cell_e            integer NOT NULL,
  cell_n            integer NOT NULL,
  count             integer NOT NULL CHECK (count >= 0),
  PRIMARY KEY (question_id, year, cell_e, cell_n)
);
