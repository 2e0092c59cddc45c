-- Rows as version 008 held them, to upgrade with the next migration (tests/api/migration-upgrade.test.ts).
-- 009 versions the public map layers for their vector tiles: a row in every table behind a layer,
-- and an account with an API token beside them.
INSERT INTO municipality (code, name, county, boundary)
VALUES ('1781', 'Kristinehamn', 'Värmlands län',
        ST_Multi(ST_MakeEnvelope(430000, 6560000, 460000, 6590000, 3006)));
INSERT INTO urban_area (municipality_code, name, kind, population, population_year, geom)
VALUES ('1781', 'Kristinehamn', 'tatort', 18500, 2023, ST_Multi(ST_MakeEnvelope(438000, 6571000, 444000, 6577000, 3006)));
INSERT INTO focus_zone (municipality_code, name, kind, geom)
VALUES ('1781', 'Centrum', 'centrum', ST_Multi(ST_MakeEnvelope(440500, 6573500, 441500, 6574500, 3006)));
INSERT INTO watch_area (municipality_code, name, status, households, startup_meeting_on, signs_count, signs_condition, geom)
VALUES ('1781', 'Gamla stan', 'active', 24, '2024-03-11', 3, 'good', ST_Multi(ST_MakeEnvelope(440600, 6573600, 440900, 6573900, 3006)));
INSERT INTO meeting (kind, held_on, attendees, held_by) VALUES ('startup', '2024-03-11', 14, 'polis');
INSERT INTO meeting_area (meeting_id, area_id) SELECT m.id, a.id FROM meeting m, watch_area a;
INSERT INTO safety_walk (municipality_code, title, starts_at, light, status, meeting_point_name, meeting_point,
                         pre_meeting_on, follow_up_on, protocol_published_at, route)
VALUES ('1781', 'Höstvandring', '2025-10-14T18:00:00+02', 'dark', 'done', 'Norra torget',
        ST_SetSRID(ST_MakePoint(441000, 6574000), 3006), '2025-09-30', '2025-11-04', '2025-11-04T10:00:00+01',
        ST_SetSRID(ST_MakeLine(ST_MakePoint(441000, 6574000), ST_MakePoint(441500, 6574200)), 3006));
INSERT INTO walk_observation (walk_id, category, assessment, rating, description, observed_at, geom)
SELECT id, 'lighting', 'unsafe', 0, 'Mörk gångväg', '2025-10-14T18:20:00+02', ST_SetSRID(ST_MakePoint(441100, 6574050), 3006)
  FROM safety_walk;
INSERT INTO report (municipality_code, category, time_of_day, week_part, description, status, text_reviewed, reported_at, geom) VALUES
  ('1781', 'lighting', 'evening', 'all_week', 'Mörkt vid stationen', 'published', true, '2025-09-02T20:00:00+02',
   ST_SetSRID(ST_MakePoint(441210, 6573820), 3006)),
  ('1781', 'paths', 'day', 'weekday', 'Väntar på granskning', 'received', false, '2025-09-03T09:00:00+02',
   ST_SetSRID(ST_MakePoint(441400, 6574100), 3006));
INSERT INTO report_status_change (report_id, status, changed_at) SELECT id, 'received', reported_at FROM report;
INSERT INTO measure (municipality_code, title, type, status, responsible, proposed_on, decided_on, done_on, geom)
VALUES ('1781', 'Belysning vid stationen', 'lighting', 'done', 'kommun', '2025-09-10', '2025-09-20', '2025-10-30',
        ST_SetSRID(ST_MakePoint(441200, 6573800), 3006));
INSERT INTO measure_report (measure_id, report_id) SELECT m.id, r.id FROM measure m, report r WHERE r.status = 'published';
INSERT INTO app_user (email, display_name, role, password_hash)
VALUES ('admin@kristinehamn.example', 'Ada Admin', 'admin', 'x');
INSERT INTO api_token (name, role, scope, token_hash, prefix, created_by)
SELECT 'QGIS', 'kommun', 'read', repeat('a', 64), 'tgk_AbCdEf', id FROM app_user;
