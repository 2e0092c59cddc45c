-- Reports of unsafe places from the public, with moderation, a private receipt, photos,
-- place names to search, staff incident reports (EST) and retention (issue 6).

-- Statuses a resident understands. 'received' waits for moderation; 'rejected' is never public
-- (it describes people, or is not about a place); the rest are public with an honest reason.
ALTER TABLE report DROP CONSTRAINT report_status_check;
ALTER TABLE report
  ALTER COLUMN status SET DEFAULT 'received',
  -- Why a report was rejected or closed without a fix (shown to the public with the status).
  ADD COLUMN status_reason text NOT NULL DEFAULT '',
  ADD COLUMN duplicate_of integer REFERENCES report(id),
  -- SHA-256 of the receipt's private token; null for reports that never had one (demo data).
  ADD COLUMN receipt_hash text UNIQUE,
  ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
  -- When the report reached a closing status; retention counts from here.
  ADD COLUMN closed_at timestamptz,
  -- When retention removed the free text and the photo.
  ADD COLUMN text_removed_at timestamptz,
  -- Whether staff have read the text for personal data: only then is it public (GDPR art. 10).
  ADD COLUMN text_reviewed boolean NOT NULL DEFAULT false,
  -- The report's own "me too"s; me_too_count adds those of the reports merged into it.
  ADD COLUMN own_me_too_count integer NOT NULL DEFAULT 0 CHECK (own_me_too_count >= 0);

-- Reports saved before this version: 'new' is now 'received'; a rejection's answer becomes its
-- reason (one without an answer gets a plain one). Closed reports count as closed from the
-- upgrade, so no text disappears the moment it runs. Their texts were never public and nobody
-- read them for personal data, so text_reviewed stays false: staff review them before they show.
UPDATE report SET own_me_too_count = me_too_count;
UPDATE report SET status = 'received' WHERE status = 'new';
UPDATE report SET status_reason = CASE WHEN answer <> '' THEN answer ELSE 'Avvisad vid granskning.' END,
                  answer = ''
 WHERE status = 'rejected';
UPDATE report SET closed_at = now() WHERE status IN ('fixed', 'rejected');

ALTER TABLE report
  ADD CONSTRAINT report_status_check CHECK (status IN ('received', 'published', 'under_review',
    'measure_planned', 'fixed', 'not_actionable', 'duplicate', 'rejected')),
  ADD CONSTRAINT report_reason_given CHECK (status NOT IN ('rejected', 'not_actionable') OR status_reason <> ''),
  ADD CONSTRAINT report_duplicate_target CHECK ((status = 'duplicate') = (duplicate_of IS NOT NULL) AND duplicate_of <> id);

CREATE INDEX report_reported_at_idx ON report (reported_at);
CREATE INDEX report_closed_at_idx ON report (closed_at) WHERE text_removed_at IS NULL;

-- Every status a report has had: the receipt's history and the Atom feed read this.
CREATE TABLE report_status_change (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  report_id   integer NOT NULL REFERENCES report(id) ON DELETE CASCADE,
  status      text NOT NULL,
  answer      text NOT NULL DEFAULT '',
  reason      text NOT NULL DEFAULT '',
  changed_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX report_status_change_report_idx ON report_status_change (report_id, id);
CREATE INDEX report_status_change_changed_idx ON report_status_change (changed_at DESC, id DESC);
INSERT INTO report_status_change (report_id, status, changed_at)
  SELECT id, 'received', reported_at FROM report;
INSERT INTO report_status_change (report_id, status, answer, reason, changed_at)
  SELECT id, status, answer, status_reason, reported_at FROM report WHERE status <> 'received';

-- A photo is stored in the database, re-encoded without metadata (server/reports/photo.ts):
-- one transaction saves it with its report, and a backup of the database holds it.
CREATE TABLE report_photo (
  report_id     integer PRIMARY KEY REFERENCES report(id) ON DELETE CASCADE,
  content       bytea NOT NULL,
  content_type  text NOT NULL CHECK (content_type = 'image/jpeg'),
  width         integer NOT NULL CHECK (width > 0),
  height        integer NOT NULL CHECK (height > 0),
  -- Staff can hide a photo that shows people or anything else that must not be public.
  is_hidden     boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL DEFAULT now()
);

-- A report's own words before staff removed personal data from them: the audit log screen
-- shows them to kommun and admin, nothing else does, and retention removes them with the text.
CREATE TABLE report_original_text (
  id            integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  report_id     integer NOT NULL REFERENCES report(id) ON DELETE CASCADE,
  description   text NOT NULL,
  replaced_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX report_original_text_report_idx ON report_original_text (report_id);

-- Places to find by name when reporting without a map: seeded from what the project knows,
-- imported by staff from an address list.
CREATE TABLE place_name (
  id                integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  municipality_code text NOT NULL REFERENCES municipality(code),
  name              text NOT NULL CHECK (name <> ''),
  kind              text NOT NULL CHECK (kind IN ('tatort', 'centrum', 'place', 'watch_area', 'meeting_point', 'address')),
  source            text NOT NULL CHECK (source IN ('seed', 'import')),
  geom              geometry(Point, 3006) NOT NULL
);
-- Searched by word prefixes ('kungsg 1' finds 'Kungsgatan 12'), which a GIN index on the words serves.
CREATE INDEX place_name_words_idx ON place_name USING gin (to_tsvector('simple', name));
CREATE UNIQUE INDEX place_name_unique_idx ON place_name (municipality_code, lower(name), kind);
CREATE INDEX place_name_geom_gix ON place_name USING gist (geom);

-- Incident reports from staff for the EST way of working: exact time and place, never
-- public; the public sees them only as counts.
CREATE TABLE staff_incident (
  id                integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  municipality_code text NOT NULL REFERENCES municipality(code),
  type              text NOT NULL CHECK (type IN ('damage', 'unsafe_place', 'threat_staff', 'event',
                      'drug_dealing', 'littering', 'disruptive_group')),
  occurred_at       timestamptz NOT NULL,
  organisation      text NOT NULL CHECK (organisation IN ('kommun', 'bostadsbolag', 'vaktbolag', 'polis',
                      'raddningstjanst', 'hemtjanst', 'socialtjanst', 'annan')),
  description       text NOT NULL DEFAULT '',
  reported_by       integer REFERENCES app_user(id),
  created_at        timestamptz NOT NULL DEFAULT now(),
  text_removed_at   timestamptz,
  is_demo           boolean NOT NULL DEFAULT false,
  geom              geometry(Point, 3006) NOT NULL
);
CREATE INDEX staff_incident_geom_gix ON staff_incident USING gist (geom);
CREATE INDEX staff_incident_occurred_idx ON staff_incident (occurred_at);

-- The last run of each background job, for the admin screen.
CREATE TABLE job_run (
  name          text PRIMARY KEY,
  started_at    timestamptz NOT NULL,
  finished_at   timestamptz,
  outcome       text NOT NULL CHECK (outcome IN ('running', 'ok', 'failed')),
  message       text NOT NULL DEFAULT ''
);
