-- Rows as version 001 held them, to upgrade with the next migration (tests/api/migration-upgrade.test.ts).
INSERT INTO municipality (code, name, county, boundary)
VALUES ('1781', 'Kristinehamn', 'Värmlands län',
        ST_Multi(ST_MakeEnvelope(430000, 6560000, 460000, 6590000, 3006)));
INSERT INTO watch_area (municipality_code, name, status, households, startup_meeting_on, notes, geom)
VALUES ('1781', 'Gamla stan', 'active', 40, '2019-05-01', 'Skyltar vid infarten',
        ST_Multi(ST_MakeEnvelope(441000, 6574000, 441300, 6574300, 3006)));
INSERT INTO contact_person (area_id, name, phone, is_main)
SELECT id, 'Kontaktperson Ett', '070-000 00 01', true FROM watch_area WHERE name = 'Gamla stan';
INSERT INTO meeting (kind, held_on, attendees, held_by) VALUES ('startup', '2019-05-01', 12, 'polis');
INSERT INTO meeting_area (meeting_id, area_id) SELECT m.id, a.id FROM meeting m, watch_area a;
INSERT INTO report (municipality_code, category, time_of_day, week_part, description, status, reported_at, geom)
VALUES ('1781', 'lighting', 'evening', 'weekday', 'Mörkt vid stationen', 'new', '2019-01-10T19:00:00+01',
        ST_SetSRID(ST_MakePoint(441000, 6574000), 3006));
