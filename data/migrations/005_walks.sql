-- Safety walks (issue 5): planning, observations from a phone, the protocol and its publication.

-- How the public joins, how long the walk takes (for the calendar), and the protocol.
ALTER TABLE safety_walk
  ADD COLUMN how_to_join           text NOT NULL DEFAULT '',
  ADD COLUMN duration_minutes      integer NOT NULL DEFAULT 120 CHECK (duration_minutes BETWEEN 15 AND 480),
  ADD COLUMN protocol_summary      text NOT NULL DEFAULT '',
  ADD COLUMN protocol_published_at timestamptz,
  ADD COLUMN created_at            timestamptz NOT NULL DEFAULT now(),
  ADD COLUMN updated_at            timestamptz NOT NULL DEFAULT now();

-- Walks that were done before this version were already public with their observations: published
-- at the follow-up meeting (10:00 Swedish time), or at the walk, and never in the future.
UPDATE safety_walk
   SET protocol_published_at = least(coalesce((follow_up_on + time '10:00') AT TIME ZONE 'Europe/Stockholm', starts_at), now())
 WHERE status = 'done';

-- The method's order: pre-meeting, the walk, the follow-up meeting; only a done walk has a protocol.
-- The order is checked for every new or changed walk (NOT VALID): a walk saved earlier with its
-- dates in another order is kept as it was, and gets the message when it is next edited.
ALTER TABLE safety_walk
  ADD CONSTRAINT safety_walk_pre_meeting_first
    CHECK (pre_meeting_on IS NULL OR pre_meeting_on <= (starts_at AT TIME ZONE 'Europe/Stockholm')::date) NOT VALID,
  ADD CONSTRAINT safety_walk_follow_up_after
    CHECK (follow_up_on IS NULL OR follow_up_on >= (starts_at AT TIME ZONE 'Europe/Stockholm')::date) NOT VALID,
  ADD CONSTRAINT safety_walk_published_when_done
    CHECK (protocol_published_at IS NULL OR status = 'done');

-- Each observation's measure has a status; one that will not be done says why.
-- Who noted it is kept for staff (never public); a phone's own id for it makes a resend harmless.
ALTER TABLE walk_observation
  ADD COLUMN measure_status  text NOT NULL DEFAULT 'none'
    CHECK (measure_status IN ('none', 'proposed', 'in_progress', 'done', 'not_done')),
  ADD COLUMN measure_reason  text NOT NULL DEFAULT '',
  ADD COLUMN measure_done_on date,
  ADD COLUMN observed_at     timestamptz NOT NULL DEFAULT now(),
  ADD COLUMN created_by      integer REFERENCES app_user(id) ON DELETE SET NULL,
  ADD COLUMN client_id       uuid UNIQUE,
  ADD COLUMN updated_at      timestamptz NOT NULL DEFAULT now();

UPDATE walk_observation SET measure_status = 'proposed' WHERE proposed_measure <> '';
UPDATE walk_observation o SET observed_at = w.starts_at FROM safety_walk w WHERE w.id = o.walk_id;

ALTER TABLE walk_observation
  ADD CONSTRAINT walk_observation_reason_given CHECK (measure_status <> 'not_done' OR measure_reason <> ''),
  ADD CONSTRAINT walk_observation_done_dated CHECK ((measure_status = 'done') = (measure_done_on IS NOT NULL));

CREATE INDEX walk_observation_observed_idx ON walk_observation (observed_at);

-- Photos from the walk, stored like report photos: re-encoded JPEG without metadata, in the same
-- transaction as the observation and in the same backup.
CREATE TABLE walk_observation_photo (
  observation_id integer PRIMARY KEY REFERENCES walk_observation(id) ON DELETE CASCADE,
  content        bytea NOT NULL,
  content_type   text NOT NULL CHECK (content_type = 'image/jpeg'),
  width          integer NOT NULL CHECK (width > 0),
  height         integer NOT NULL CHECK (height > 0),
  created_at     timestamptz NOT NULL DEFAULT now()
);
