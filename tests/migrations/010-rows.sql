-- Rows as version 010 held them, to upgrade with the next migration (tests/api/migration-upgrade.test.ts).
-- 011 bumps the reports layer only for public reports: one report awaiting moderation and one
-- published, each with a photo.
INSERT INTO municipality (code, name, county, boundary)
VALUES ('1781', 'Kristinehamn', 'Värmlands län',
        ST_Multi(ST_MakeEnvelope(430000, 6560000, 460000, 6590000, 3006)));
INSERT INTO report (municipality_code, category, time_of_day, week_part, description, status, text_reviewed, geom) VALUES
  ('1781', 'lighting', 'evening', 'all_week', 'Mörkt vid stationen', 'received', false, ST_SetSRID(ST_MakePoint(441210, 6573820), 3006)),
  ('1781', 'vegetation', 'night', 'weekend', 'Buskar vid ån', 'published', true, ST_SetSRID(ST_MakePoint(441500, 6574100), 3006));
INSERT INTO report_photo (report_id, content, content_type, width, height)
SELECT id, '\xffd8ffd9'::bytea, 'image/jpeg', 1, 1 FROM report;
