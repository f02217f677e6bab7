-- Égide registry schema, version 6: protecting the registry itself.
--
-- Users and their roles, the access log of every reveal of an identity,
-- the hash chain that makes edits made outside Égide detectable, the keyed
-- blind index of person names, and the retention purge as a case event.
--
-- Identity values are sealed with AES-256-GCM under a key kept outside the
-- file (format byte 1 in every `identity`/`content` BLOB); sealing the
-- values of an older registry is done by Égide itself (`egide key seal`),
-- since SQL alone cannot encrypt.

-- A random identifier of this registry: the start of its hash chains.
INSERT INTO registry_info (key, value)
  VALUES ('registry_id', lower(hex(randomblob(16))));

-- Who may act on the registry, and within which courts.
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN (
      'admin', 'delegate', 'security_officer', 'liaison')),
  scope_kind TEXT CHECK (scope_kind IN ('court', 'ressort')),
  scope TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  disabled_at TEXT,
  disabled_by TEXT,
  CHECK ((scope_kind IS NULL) = (scope IS NULL)),
  CHECK ((disabled_at IS NULL) = (disabled_by IS NULL))
) STRICT;

-- A user is never deleted, and only disabling may change a row, once.
CREATE TRIGGER users_are_never_deleted BEFORE DELETE ON users
BEGIN
  SELECT RAISE(ABORT, 'users are disabled, never deleted');
END;

CREATE TRIGGER users_change_only_by_disabling
BEFORE UPDATE OF id, name, role, scope_kind, scope, created_at, created_by
ON users
BEGIN
  SELECT RAISE(ABORT, 'a user is disabled and added again, never edited');
END;

-- Every reveal of an identity: who, when, which case, why. Append-only and
-- hash-chained like the case history.
CREATE TABLE access_log (
  id INTEGER PRIMARY KEY,
  recorded_at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  case_id INTEGER REFERENCES cases(id),
  purpose TEXT NOT NULL CHECK (length(purpose) > 0),
  details TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details)),
  chain_hash TEXT NOT NULL CHECK (
    length(chain_hash) = 64 AND chain_hash NOT GLOB '*[^0-9a-f]*')
) STRICT;

CREATE INDEX access_log_by_case ON access_log (case_id);
CREATE INDEX access_log_by_actor ON access_log (actor, recorded_at);

CREATE TRIGGER access_log_is_append_only_update BEFORE UPDATE ON access_log
BEGIN
  SELECT RAISE(ABORT, 'the access log is append-only');
END;

CREATE TRIGGER access_log_is_append_only_delete BEFORE DELETE ON access_log
BEGIN
  SELECT RAISE(ABORT, 'the access log is append-only');
END;

-- The case history gains the retention purge and a hash chain. SQLite
-- cannot change a CHECK constraint in place: the table is rebuilt.
DROP TRIGGER events_are_append_only_update;
DROP TRIGGER events_are_append_only_delete;

CREATE TABLE events_v6 (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id),
  sequence INTEGER NOT NULL CHECK (sequence > 0),
  change TEXT NOT NULL CHECK (change IN (
      'reported', 'assessed', 'escalated', 'assigned', 'note',
      'evidence_added', 'measure_requested', 'measure_updated',
      'resolved', 'closed', 'reopened', 'purged')),
  actor TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  facts TEXT NOT NULL CHECK (json_valid(facts)),
  identity BLOB,
  chain_hash TEXT CHECK (chain_hash IS NULL OR (
    length(chain_hash) = 64 AND chain_hash NOT GLOB '*[^0-9a-f]*')),
  UNIQUE (case_id, sequence)
) STRICT;

INSERT INTO events_v6 (
    id, case_id, sequence, change, actor, recorded_at, facts, identity)
  SELECT id, case_id, sequence, change, actor, recorded_at, facts, identity
  FROM events;

DROP TABLE events;
ALTER TABLE events_v6 RENAME TO events;

-- The history is append-only. Only Égide's own upkeep may touch a row: the
-- chain hash of rows written before the chain existed, set once, and the
-- sealed identity (sealing, key rotation, retention purge), which the hash
-- does not cover: AES-GCM authenticates it.
CREATE TRIGGER events_are_append_only_update
BEFORE UPDATE OF id, case_id, sequence, change, actor, recorded_at, facts
ON events
BEGIN
  SELECT RAISE(ABORT, 'the case history is append-only');
END;

CREATE TRIGGER events_chain_is_set_once
BEFORE UPDATE OF chain_hash ON events WHEN OLD.chain_hash IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'the case history is append-only');
END;

CREATE TRIGGER events_are_append_only_delete BEFORE DELETE ON events
BEGIN
  SELECT RAISE(ABORT, 'the case history is append-only');
END;

-- The notice history gets the same chain and the same rule.
ALTER TABLE notice_events ADD COLUMN chain_hash TEXT CHECK (
  chain_hash IS NULL OR (
    length(chain_hash) = 64 AND chain_hash NOT GLOB '*[^0-9a-f]*'));

DROP TRIGGER notice_events_are_append_only_update;

CREATE TRIGGER notice_events_are_append_only_update
BEFORE UPDATE OF id, notice_id, sequence, change, actor, recorded_at, facts
ON notice_events
BEGIN
  SELECT RAISE(ABORT, 'the notice history is append-only');
END;

CREATE TRIGGER notice_events_chain_is_set_once
BEFORE UPDATE OF chain_hash ON notice_events
WHEN OLD.chain_hash IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'the notice history is append-only');
END;

-- Finding a person by name without the name: the keyed HMAC-SHA256 (hex)
-- of the folded name. Filled by Égide (it needs the key).
ALTER TABLE persons ADD COLUMN name_index TEXT CHECK (
  name_index IS NULL OR (
    length(name_index) = 64 AND name_index NOT GLOB '*[^0-9a-f]*'));

CREATE INDEX persons_by_name_index ON persons (name_index);

-- Rows written before the chain and the blind index are completed by
-- Égide on first opening.
INSERT INTO registry_info (key, value)
  SELECT 'chain', 'pending' WHERE EXISTS (SELECT 1 FROM events);
