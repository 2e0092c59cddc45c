-- Rows as version 004 held them, to upgrade with the next migration (tests/api/migration-upgrade.test.ts).
INSERT INTO municipality (code, name, county, boundary)
VALUES ('1781', 'Kristinehamn', 'Värmlands län',
        ST_Multi(ST_MakeEnvelope(430000, 6560000, 460000, 6590000, 3006)));
INSERT INTO safety_walk (municipality_code, title, starts_at, light, status, meeting_point_name, meeting_point,
                         max_participants, invited, pre_meeting_on, follow_up_on, route) VALUES
  ('1781', 'Höstvandring', '2025-10-14T18:00:00+02', 'dark', 'done', 'Norra torget',
   ST_SetSRID(ST_MakePoint(441000, 6574000), 3006), 20, 'Polisen', '2025-09-30', '2025-11-04',
   ST_SetSRID(ST_MakeLine(ST_MakePoint(441000, 6574000), ST_MakePoint(441500, 6574200)), 3006)),
  ('1781', 'Vårvandring', '2027-04-13T17:30:00+02', 'daylight', 'planned', 'Resecentrum',
   ST_SetSRID(ST_MakePoint(441200, 6573800), 3006), NULL, '', NULL, NULL,
   ST_SetSRID(ST_MakeLine(ST_MakePoint(441200, 6573800), ST_MakePoint(441600, 6573900)), 3006)),
  -- Typed in with the pre-meeting after the walk: version 004 did not check the order.
  ('1781', 'Sommarvandring', '2025-06-10T18:00:00+02', 'daylight', 'done', 'Stadsparken',
   ST_SetSRID(ST_MakePoint(441300, 6573700), 3006), NULL, '', '2025-06-20', '2025-06-30',
   ST_SetSRID(ST_MakeLine(ST_MakePoint(441300, 6573700), ST_MakePoint(441700, 6573800)), 3006));
INSERT INTO walk_observation (walk_id, category, assessment, rating, description, proposed_measure, responsible, priority, deadline_on, geom)
SELECT w.id, o.category, o.assessment, o.rating, o.description, o.measure, o.responsible, o.priority, o.deadline::date,
       ST_SetSRID(ST_MakePoint(441100, 6574050), 3006)
  FROM safety_walk w,
       (VALUES ('lighting', 'unsafe', 0, 'Mörk gångväg', 'Ny belysning', 'kommun', 'high', '2026-04-30'),
               ('vegetation', 'safe', 3, 'Fin park', '', NULL, NULL, NULL)) AS o(category, assessment, rating, description, measure, responsible, priority, deadline)
 WHERE w.title = 'Höstvandring';
