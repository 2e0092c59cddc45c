-- Rows as version 009 held them, to upgrade with the next migration (tests/api/migration-upgrade.test.ts).
-- 010 gives staff accounts a municipality: accounts of every role, one kommun account disabled,
-- sessions, and the records of the one municipality the app served.
INSERT INTO municipality (code, name, county, boundary)
VALUES ('1781', 'Kristinehamn', 'Värmlands län',
        ST_Multi(ST_MakeEnvelope(430000, 6560000, 460000, 6590000, 3006)));
INSERT INTO urban_area (municipality_code, name, kind, population, population_year, geom)
VALUES ('1781', 'Kristinehamn', 'tatort', 18500, 2023, ST_Multi(ST_MakeEnvelope(438000, 6571000, 444000, 6577000, 3006)));
INSERT INTO app_user (email, display_name, role, password_hash, disabled_at) VALUES
  ('admin@kristinehamn.example', 'Ada Admin', 'admin', 'x', NULL),
  ('polis@kristinehamn.example', 'Per Polis', 'polis', 'x', NULL),
  ('planerare@kristinehamn.example', 'Pia Planerare', 'kommun', 'x', NULL),
  ('slutat@kristinehamn.example', 'Slutat Kommun', 'kommun', 'x', '2025-06-01T12:00:00+02');
INSERT INTO user_session (id, user_id, csrf_token, expires_at)
SELECT md5(email) || md5(email), id, 'csrf', now() + interval '8 hours' FROM app_user WHERE disabled_at IS NULL;
INSERT INTO report (municipality_code, category, time_of_day, week_part, description, status, text_reviewed, geom)
VALUES ('1781', 'lighting', 'evening', 'all_week', 'Mörkt vid stationen', 'published', true, ST_SetSRID(ST_MakePoint(441210, 6573820), 3006));
INSERT INTO promise_period (municipality_code, title, starts_on, ends_on, published_at)
VALUES ('1781', 'Medborgarlöfte 2025', '2025-01-01', '2025-12-31', '2025-01-15T10:00:00+01');
