-- API tokens for systems that cannot log in: scripts, desktop GIS, other municipal systems
-- (issue 9). An admin creates one for a role and a scope; the system sends it as
-- `Authorization: Bearer <token>`. Tokens are revoked, never deleted, so the audit log's
-- entries made with one keep pointing at a row that says what it was.

CREATE TABLE api_token (
  id            integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- Which system uses it ("QGIS på planeringsavdelningen"), shown in lists and in the audit log.
  name          text NOT NULL CHECK (name <> ''),
  -- Never 'admin': tokens are for systems and GIS clients, and administration (the audit log with
  -- residents' original texts, jobs, accounts) is done by a person who logs in.
  role          text NOT NULL CHECK (role IN ('polis', 'kommun')),
  -- 'read' may only read; 'read_write' may also write what the role may write.
  scope         text NOT NULL CHECK (scope IN ('read', 'read_write')),
  -- SHA-256 (hex) of the whole token. The token has 256 random bits, so a fast hash is enough:
  -- a copy of this table does not let anyone call the API. The token itself is shown once.
  token_hash    text NOT NULL CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  -- The token's first characters, not secret, so an admin can tell which token a system holds.
  prefix        text NOT NULL CHECK (prefix ~ '^tgk_[A-Za-z0-9_-]{4,12}$'),
  created_by    integer NOT NULL REFERENCES app_user(id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  -- None: valid until revoked.
  expires_at    timestamptz,
  -- Written at most once a minute, so reads through a token do not each become a write.
  last_used_at  timestamptz,
  revoked_at    timestamptz,
  revoked_by    integer REFERENCES app_user(id),
  CHECK (expires_at IS NULL OR expires_at > created_at),
  CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);
-- Looked up by hash on every request that carries a token.
CREATE UNIQUE INDEX api_token_hash_key ON api_token (token_hash);
