-- Rows as version 006 held them, to upgrade with the next migration (tests/api/migration-upgrade.test.ts).
INSERT INTO municipality (code, name, county, boundary)
VALUES ('1781', 'Kristinehamn', 'Värmlands län',
        ST_Multi(ST_MakeEnvelope(430000, 6560000, 460000, 6590000, 3006)));
INSERT INTO focus_zone (municipality_code, name, kind, geom)
VALUES ('1781', 'Centrum', 'centrum', ST_Multi(ST_MakeEnvelope(440500, 6573500, 441500, 6574500, 3006)));
INSERT INTO safety_walk (municipality_code, title, starts_at, light, status, meeting_point_name, meeting_point, route) VALUES
  ('1781', 'Vårvandring', '2025-04-15T18:00:00+02', 'daylight', 'done', 'Norra torget',
   ST_SetSRID(ST_MakePoint(441000, 6574000), 3006),
   ST_SetSRID(ST_MakeLine(ST_MakePoint(441000, 6574000), ST_MakePoint(441500, 6574200)), 3006)),
  ('1781', 'Höstvandring', '2025-10-14T18:00:00+02', 'dark', 'done', 'Norra torget',
   ST_SetSRID(ST_MakePoint(441000, 6574000), 3006),
   ST_SetSRID(ST_MakeLine(ST_MakePoint(441000, 6574000), ST_MakePoint(441500, 6574200)), 3006));
INSERT INTO meeting (kind, held_on, attendees, held_by) VALUES ('startup', '2025-03-11', 14, 'polis');
INSERT INTO measure (municipality_code, title, type, status, responsible, proposed_on, decided_on, done_on, geom) VALUES
  ('1781', 'Belysning på torget', 'lighting', 'done', 'kommun', '2025-01-10', '2025-02-01', '2025-05-15',
   ST_SetSRID(ST_MakePoint(441000, 6574000), 3006)),
  ('1781', 'Belysning vid ån', 'lighting', 'done', 'kommun', '2025-01-10', '2025-02-01', '2025-05-15',
   ST_SetSRID(ST_MakePoint(445000, 6578000), 3006));
