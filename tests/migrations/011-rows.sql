-- Rows as version 011 held them, to upgrade with the next migration (tests/api/migration-upgrade.test.ts).
-- 012 counts the public reports per grid cell once the app has counted them for its cell width:
-- two published reports in one 50 m cell, one in another, and one awaiting moderation.
INSERT INTO municipality (code, name, county, boundary)
VALUES ('1781', 'Kristinehamn', 'Värmlands län',
        ST_Multi(ST_MakeEnvelope(430000, 6560000, 460000, 6590000, 3006)));
INSERT INTO report (municipality_code, category, time_of_day, week_part, description, status, text_reviewed, geom) VALUES
  ('1781', 'lighting', 'evening', 'all_week', 'Mörkt vid stationen', 'received', false, ST_SetSRID(ST_MakePoint(441210, 6573820), 3006)),
  ('1781', 'vegetation', 'night', 'weekend', 'Buskar vid ån', 'published', true, ST_SetSRID(ST_MakePoint(441510, 6574110), 3006)),
  ('1781', 'vegetation', 'night', 'weekend', 'Buskar vid bron', 'fixed', true, ST_SetSRID(ST_MakePoint(441540, 6574140), 3006)),
  ('1781', 'paths', 'day', 'weekday', 'Trasig trappa', 'published', true, ST_SetSRID(ST_MakePoint(441900, 6574400), 3006));
