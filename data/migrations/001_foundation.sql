-- The foundation schema. Geometry is stored in SWEREF 99 TM (EPSG:3006, metres);
-- the API transforms to WGS84 on the way out. Written to the PostGIS 3.3 feature set.

CREATE EXTENSION IF NOT EXISTS postgis;

-- A municipality is data, so that Storfors and Filipstad (the rest of the police area)
-- can be added later without code changes.
CREATE TABLE municipality (
  code        text PRIMARY KEY CHECK (code ~ '^[0-9]{4}$'),
  name        text NOT NULL,
  county      text NOT NULL,
  boundary    geometry(MultiPolygon, 3006) NOT NULL
);
CREATE INDEX municipality_boundary_gix ON municipality USING gist (boundary);

-- Tätorter and other built-up areas from Lantmäteriet (population from SCB, dated).
CREATE TABLE urban_area (
  id                integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  municipality_code text NOT NULL REFERENCES municipality(code),
  name              text NOT NULL,
  kind              text NOT NULL CHECK (kind IN ('tatort', 'annan_bebyggelse')),
  population        integer CHECK (population >= 0),
  population_year   integer,
  geom              geometry(MultiPolygon, 3006) NOT NULL,
  UNIQUE (municipality_code, name)
);
CREATE INDEX urban_area_geom_gix ON urban_area USING gist (geom);

-- Focus zones such as the centrum zone of promise 2 and 4.
CREATE TABLE focus_zone (
  id                integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  municipality_code text NOT NULL REFERENCES municipality(code),
  name              text NOT NULL,
  kind              text NOT NULL CHECK (kind IN ('centrum', 'other')),
  description       text NOT NULL DEFAULT '',
  is_demo           boolean NOT NULL DEFAULT false,
  geom              geometry(MultiPolygon, 3006) NOT NULL
);
CREATE INDEX focus_zone_geom_gix ON focus_zone USING gist (geom);

-- Grannsamverkan (neighbourhood watch) areas.
CREATE TABLE watch_area (
  id                   integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  municipality_code    text NOT NULL REFERENCES municipality(code),
  name                 text NOT NULL,
  status               text NOT NULL CHECK (status IN ('planned', 'active', 'inactive')),
  households           integer CHECK (households >= 0),
  startup_meeting_on   date,
  last_verified_on     date,
  signs_count          integer NOT NULL DEFAULT 0 CHECK (signs_count >= 0),
  signs_condition      text CHECK (signs_condition IN ('good', 'worn', 'damaged', 'missing')),
  signs_checked_on     date,
  notes                text NOT NULL DEFAULT '',
  is_demo              boolean NOT NULL DEFAULT false,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  geom                 geometry(MultiPolygon, 3006) NOT NULL
);
CREATE INDEX watch_area_geom_gix ON watch_area USING gist (geom);

-- Contact persons are personal data: never part of a public response.
CREATE TABLE contact_person (
  id         integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  area_id    integer NOT NULL REFERENCES watch_area(id) ON DELETE CASCADE,
  name       text NOT NULL,
  phone      text,
  email      text,
  is_main    boolean NOT NULL DEFAULT false,
  is_demo    boolean NOT NULL DEFAULT false
);
CREATE INDEX contact_person_area_idx ON contact_person (area_id);

CREATE TABLE meeting (
  id         integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind       text NOT NULL CHECK (kind IN ('startup', 'yearly', 'update_visit')),
  held_on    date NOT NULL,
  attendees  integer CHECK (attendees >= 0),
  held_by    text NOT NULL CHECK (held_by IN ('polis', 'kommun', 'polis_kommun')),
  notes      text NOT NULL DEFAULT '',
  is_demo    boolean NOT NULL DEFAULT false
);

-- One start-up meeting can cover several areas.
CREATE TABLE meeting_area (
  meeting_id integer NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
  area_id    integer NOT NULL REFERENCES watch_area(id) ON DELETE CASCADE,
  PRIMARY KEY (meeting_id, area_id)
);
CREATE INDEX meeting_area_area_idx ON meeting_area (area_id);

-- Trygghetsvandringar: pre-meeting, walk, follow-up meeting (Boverket/Brå method).
CREATE TABLE safety_walk (
  id                  integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  municipality_code   text NOT NULL REFERENCES municipality(code),
  title               text NOT NULL,
  starts_at           timestamptz NOT NULL,
  light               text NOT NULL CHECK (light IN ('daylight', 'dark')),
  status              text NOT NULL CHECK (status IN ('planned', 'done', 'cancelled')),
  meeting_point_name  text NOT NULL,
  meeting_point       geometry(Point, 3006) NOT NULL,
  max_participants    integer CHECK (max_participants > 0),
  invited             text NOT NULL DEFAULT '',
  pre_meeting_on      date,
  follow_up_on        date,
  is_demo             boolean NOT NULL DEFAULT false,
  route               geometry(LineString, 3006) NOT NULL
);
CREATE INDEX safety_walk_route_gix ON safety_walk USING gist (route);
CREATE INDEX safety_walk_meeting_point_gix ON safety_walk USING gist (meeting_point);
CREATE INDEX safety_walk_starts_idx ON safety_walk (starts_at);

-- The walk categories are shared with public reports (DOMAIN.md).
CREATE TABLE walk_observation (
  id               integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  walk_id          integer NOT NULL REFERENCES safety_walk(id) ON DELETE CASCADE,
  category         text NOT NULL CHECK (category IN ('lighting', 'vegetation', 'visibility', 'paths',
                     'tunnels', 'graffiti_littering', 'people_groups', 'signage', 'other')),
  assessment       text NOT NULL CHECK (assessment IN ('safe', 'unsafe')),
  rating           smallint CHECK (rating BETWEEN 0 AND 3),
  description      text NOT NULL DEFAULT '',
  proposed_measure text NOT NULL DEFAULT '',
  responsible      text CHECK (responsible IN ('kommun', 'polis', 'fastighetsagare', 'annan')),
  priority         text CHECK (priority IN ('low', 'medium', 'high')),
  deadline_on      date,
  is_demo          boolean NOT NULL DEFAULT false,
  geom             geometry(Point, 3006) NOT NULL
);
CREATE INDEX walk_observation_geom_gix ON walk_observation USING gist (geom);
CREATE INDEX walk_observation_walk_idx ON walk_observation (walk_id);

-- Reports of unsafe places from the public. The exact point is for staff; the public
-- only ever sees it coarsened to a grid (see server/ogc/collections.ts).
CREATE TABLE report (
  id               integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  municipality_code text NOT NULL REFERENCES municipality(code),
  category         text NOT NULL CHECK (category IN ('lighting', 'vegetation', 'visibility', 'paths',
                     'tunnels', 'graffiti_littering', 'people_groups', 'signage', 'other')),
  time_of_day      text NOT NULL CHECK (time_of_day IN ('day', 'evening', 'night')),
  week_part        text NOT NULL CHECK (week_part IN ('weekday', 'weekend', 'all_week')),
  description      text NOT NULL DEFAULT '',
  status           text NOT NULL CHECK (status IN ('new', 'published', 'measure_planned', 'fixed', 'rejected')),
  answer           text NOT NULL DEFAULT '',
  me_too_count     integer NOT NULL DEFAULT 0 CHECK (me_too_count >= 0),
  reported_at      timestamptz NOT NULL DEFAULT now(),
  is_demo          boolean NOT NULL DEFAULT false,
  geom             geometry(Point, 3006) NOT NULL
);
CREATE INDEX report_geom_gix ON report USING gist (geom);
CREATE INDEX report_status_idx ON report (status);

-- Environment measures (åtgärder): a point, a line or a polygon.
CREATE TABLE measure (
  id               integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  municipality_code text NOT NULL REFERENCES municipality(code),
  title            text NOT NULL,
  description      text NOT NULL DEFAULT '',
  type             text NOT NULL CHECK (type IN ('lighting', 'vegetation_clearance', 'visibility',
                     'furniture_fixings', 'camera', 'art_activity', 'other')),
  status           text NOT NULL CHECK (status IN ('proposed', 'decided', 'done', 'rejected')),
  rejected_reason  text,
  responsible      text NOT NULL CHECK (responsible IN ('kommun', 'polis', 'fastighetsagare', 'annan')),
  decided_on       date,
  done_on          date,
  cost_sek         integer CHECK (cost_sek >= 0),
  is_demo          boolean NOT NULL DEFAULT false,
  geom             geometry(Geometry, 3006) NOT NULL
    CHECK (GeometryType(geom) IN ('POINT', 'LINESTRING', 'POLYGON', 'MULTIPOINT', 'MULTILINESTRING', 'MULTIPOLYGON')),
  CHECK (status <> 'rejected' OR rejected_reason IS NOT NULL)
);
CREATE INDEX measure_geom_gix ON measure USING gist (geom);
