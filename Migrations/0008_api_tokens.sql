-- Égide registry schema, version 8: the API tokens of the served registry.
--
-- A client of `egide serve` proves who it is with a bearer token. The
-- token itself is shown once, when it is created, and never stored: the
-- registry keeps its SHA-256 only, so a copy of the file gives no token
-- away. A token belongs to one user, expires, and can be revoked; it is
-- never deleted, so that the history of who could act stays readable.

CREATE TABLE api_tokens (
  id INTEGER PRIMARY KEY,
  user_name TEXT NOT NULL REFERENCES users(name),
  -- What the token is for ("laptop, Bobigny office"): a short label, in
  -- clear like the user names, never a person's name.
  label TEXT,
  token_sha256 TEXT NOT NULL UNIQUE CHECK (
    length(token_sha256) = 64 AND token_sha256 NOT GLOB '*[^0-9a-f]*'),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  revoked_at TEXT,
  revoked_by TEXT,
  last_used_at TEXT,
  CHECK ((revoked_at IS NULL) = (revoked_by IS NULL)),
  CHECK (expires_at > created_at)
) STRICT;

CREATE INDEX api_tokens_by_user ON api_tokens (user_name, id);

-- A token is revoked, never deleted; only its revocation (once) and the
-- time it was last used may change.
CREATE TRIGGER api_tokens_are_never_deleted BEFORE DELETE ON api_tokens
BEGIN
  SELECT RAISE(ABORT, 'API tokens are revoked, never deleted');
END;

CREATE TRIGGER api_tokens_change_only_by_revoking
BEFORE UPDATE OF id, user_name, label, token_sha256, created_at, created_by,
  expires_at
ON api_tokens
BEGIN
  SELECT RAISE(ABORT, 'an API token is revoked and created again, never edited');
END;

CREATE TRIGGER api_tokens_are_revoked_once
BEFORE UPDATE OF revoked_at, revoked_by ON api_tokens
WHEN OLD.revoked_at IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'an API token is revoked once');
END;
