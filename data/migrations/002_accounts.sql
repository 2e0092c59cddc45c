-- Staff accounts, sessions, the audit log and rate-limit counters (issue 3).
-- The public never logs in; staff have one of three roles.

CREATE TABLE app_user (
  id             integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email          text NOT NULL CHECK (email = lower(email) AND email LIKE '_%@_%'),
  display_name   text NOT NULL DEFAULT '',
  role           text NOT NULL CHECK (role IN ('polis', 'kommun', 'admin')),
  -- scrypt, with its parameters and salt in the string (see server/auth/password-hash.ts).
  password_hash  text NOT NULL,
  disabled_at    timestamptz,
  last_login_at  timestamptz,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX app_user_email_key ON app_user (email);

-- The cookie holds a random token; only its SHA-256 is stored, so a copy of this table
-- does not let anyone log in. Looked up by primary key on every staff request.
CREATE TABLE user_session (
  id            text PRIMARY KEY,
  user_id       integer NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
  csrf_token    text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  last_seen_at  timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz NOT NULL
);
CREATE INDEX user_session_user_idx ON user_session (user_id);
CREATE INDEX user_session_expires_idx ON user_session (expires_at);

-- Every write: who, when, what, and the values before and after. Rows are never changed.
CREATE TABLE audit_entry (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at             timestamptz NOT NULL DEFAULT now(),
  actor_user_id  integer REFERENCES app_user(id),
  -- Who it was at the time: an e-mail address, or 'cli' for the command line.
  actor          text NOT NULL,
  -- 'export': personal data left the system (an export with contact persons).
  action         text NOT NULL CHECK (action IN ('create', 'update', 'delete', 'login', 'logout', 'export')),
  object_type    text NOT NULL,
  object_id      text NOT NULL,
  -- What a person calls the object at the time (an e-mail address, an area's name).
  object_label   text NOT NULL DEFAULT '',
  before         jsonb,
  after          jsonb,
  request_id     text
);
CREATE INDEX audit_entry_object_idx ON audit_entry (object_type, object_id, id DESC);

CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_entry rows cannot be changed or deleted';
END
$$;
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
  FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();

-- Fixed-window counters for rate limits, shared by every server process on one database.
CREATE TABLE rate_limit_counter (
  bucket        text NOT NULL,
  window_start  timestamptz NOT NULL,
  hits          integer NOT NULL,
  PRIMARY KEY (bucket, window_start)
);
CREATE INDEX rate_limit_counter_window_idx ON rate_limit_counter (window_start);
