-- Rows as version 007 held them, to upgrade with the next migration (tests/api/migration-upgrade.test.ts).
-- 008 adds API tokens beside the accounts: two admins (one disabled), a session and audit entries.
INSERT INTO municipality (code, name, county, boundary)
VALUES ('1781', 'Kristinehamn', 'Värmlands län',
        ST_Multi(ST_MakeEnvelope(430000, 6560000, 460000, 6590000, 3006)));
INSERT INTO app_user (email, display_name, role, password_hash, disabled_at) VALUES
  ('admin@kristinehamn.example', 'Ada Admin', 'admin', 'x', NULL),
  ('slutat@kristinehamn.example', 'Slutat Admin', 'admin', 'x', '2025-06-01T12:00:00+02'),
  ('planerare@kristinehamn.example', 'Per Planerare', 'kommun', 'x', NULL);
INSERT INTO user_session (id, user_id, csrf_token, expires_at)
SELECT repeat('a', 64), id, 'csrf', now() + interval '8 hours' FROM app_user WHERE email = 'admin@kristinehamn.example';
INSERT INTO audit_entry (actor_user_id, actor, action, object_type, object_id, object_label, before, after)
SELECT id, email, 'create', 'user', '3', 'planerare@kristinehamn.example', NULL, '{"role": "kommun"}'
  FROM app_user WHERE email = 'admin@kristinehamn.example';
INSERT INTO audit_entry (actor, action, object_type, object_id, object_label) VALUES ('cli', 'create', 'user', '1', 'admin@kristinehamn.example');
INSERT INTO rate_limit_counter (bucket, window_start, hits) VALUES ('login:127.0.0.1:admin@kristinehamn.example', now(), 1);
INSERT INTO promise_period (municipality_code, title, starts_on, ends_on, published_at)
VALUES ('1781', 'Medborgarlöfte 2025', '2025-01-01', '2025-12-31', '2025-01-15T10:00:00+01');
INSERT INTO promise (period_id, position, text, responsible) SELECT id, 1, 'Vi lovar fler trygghetsvandringar.', 'both' FROM promise_period;
INSERT INTO promise_indicator (promise_id, position, kind, label, target_per_year) SELECT id, 1, 'walks_done', 'Vandringar', 2 FROM promise;
INSERT INTO promise_activity (promise_id, happened_on, title) SELECT id, '2025-03-01', 'Polisen i centrum' FROM promise;
INSERT INTO survey (period_id, title, opens_on) SELECT id, 'Trygghetsenkät 2025', '2025-02-01' FROM promise_period;
INSERT INTO survey_question (survey_id, position, kind, text_sv, scale_max) SELECT id, 1, 'scale', 'Hur trygg känner du dig?', 5 FROM survey;
INSERT INTO external_figure (municipality_code, source, year, label, value, citation)
VALUES ('1781', 'ntu', 2024, 'Otrygg ute sent', 27, 'Brå, NTU 2024');
