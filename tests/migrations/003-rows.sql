-- Rows as version 003 held them, to upgrade with the next migration (tests/api/migration-upgrade.test.ts).
INSERT INTO municipality (code, name, county, boundary)
VALUES ('1781', 'Kristinehamn', 'Värmlands län',
        ST_Multi(ST_MakeEnvelope(430000, 6560000, 460000, 6590000, 3006)));
INSERT INTO report (municipality_code, category, time_of_day, week_part, description, status, status_reason, text_reviewed, reported_at, geom) VALUES
  ('1781', 'lighting', 'evening', 'weekday', 'Mörkt vid stationen', 'received', '', false, '2025-01-10T19:00:00+01', ST_SetSRID(ST_MakePoint(441000, 6574000), 3006)),
  ('1781', 'people_groups', 'night', 'weekend', 'Beskriver en person', 'rejected', 'Beskriver personer.', true, '2025-02-10T23:00:00+01', ST_SetSRID(ST_MakePoint(441010, 6574010), 3006)),
  ('1781', 'vegetation', 'evening', 'all_week', 'Buskar', 'fixed', '', true, '2024-05-10T18:00:00+02', ST_SetSRID(ST_MakePoint(441030, 6574030), 3006)),
  ('1781', 'paths', 'day', 'weekday', 'Trasig trappa', 'published', '', true, '2025-04-10T10:00:00+02', ST_SetSRID(ST_MakePoint(441040, 6574040), 3006)),
  ('1781', 'graffiti_littering', 'day', 'all_week', 'Klotter i tunneln', 'not_actionable', 'Privat mark.', true, '2025-05-10T10:00:00+02', ST_SetSRID(ST_MakePoint(441050, 6574050), 3006));
