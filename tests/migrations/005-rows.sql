-- Rows as version 005 held them, to upgrade with the next migration (tests/api/migration-upgrade.test.ts).
INSERT INTO municipality (code, name, county, boundary)
VALUES ('1781', 'Kristinehamn', 'Värmlands län',
        ST_Multi(ST_MakeEnvelope(430000, 6560000, 460000, 6590000, 3006)));
INSERT INTO measure (municipality_code, title, type, status, rejected_reason, responsible, decided_on, done_on, geom) VALUES
  ('1781', 'Belysning i parken', 'lighting', 'done', NULL, 'kommun', '2025-03-01', '2025-05-15',
   ST_SetSRID(ST_MakePoint(441000, 6574000), 3006)),
  ('1781', 'Kamera vid stationen', 'camera', 'rejected', 'Tillstånd ges inte.', 'polis', '2025-02-01', NULL,
   ST_SetSRID(ST_MakePoint(441200, 6573800), 3006)),
  ('1781', 'Röjning längs ån', 'vegetation_clearance', 'proposed', NULL, 'kommun', NULL, NULL,
   ST_SetSRID(ST_MakeLine(ST_MakePoint(441300, 6573700), ST_MakePoint(441700, 6573800)), 3006)),
  -- Version 005 let a measure be done without a date.
  ('1781', 'Nya bänkar', 'furniture_fixings', 'done', NULL, 'annan', NULL, NULL,
   ST_SetSRID(ST_MakePoint(441100, 6574050), 3006));
