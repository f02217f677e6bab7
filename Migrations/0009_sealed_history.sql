-- Égide registry schema, version 9: sealed values bound to their place,
-- sealed history covered by the hash chain, measure authorities sealed.
--
-- Every sealed value is sealed again with its place (table, column, row)
-- as AES-GCM associated data: a value copied elsewhere no longer opens.
-- That needs the key, so this migration only marks the registry
-- ('sealing', 'pending'); Égide reseals every value in one transaction the
-- first time a writing command opens it (with the key, for a sealed
-- registry), and records it in seal_generations.

-- The SHA-256 (hex) of a history row's sealed identity as written: the
-- hash chain covers it, so that changing a sealed value of the history is
-- seen without the key. Set once, at insertion.
ALTER TABLE events ADD COLUMN sealed_digest TEXT CHECK (
  sealed_digest IS NULL OR (
    length(sealed_digest) = 64 AND sealed_digest NOT GLOB '*[^0-9a-f]*'));
-- The SHA-256 of the identity as Égide last resealed it (key rotation,
-- this upgrade); each reseal is recorded in seal_generations.
ALTER TABLE events ADD COLUMN resealed_digest TEXT CHECK (
  resealed_digest IS NULL OR (
    length(resealed_digest) = 64 AND resealed_digest NOT GLOB '*[^0-9a-f]*'));

ALTER TABLE notice_events ADD COLUMN sealed_digest TEXT CHECK (
  sealed_digest IS NULL OR (
    length(sealed_digest) = 64 AND sealed_digest NOT GLOB '*[^0-9a-f]*'));
ALTER TABLE notice_events ADD COLUMN resealed_digest TEXT CHECK (
  resealed_digest IS NULL OR (
    length(resealed_digest) = 64 AND resealed_digest NOT GLOB '*[^0-9a-f]*'));

-- The append-only guards now cover the digest written with each row.
DROP TRIGGER events_are_append_only_update;

CREATE TRIGGER events_are_append_only_update
BEFORE UPDATE OF id, case_id, sequence, change, actor, recorded_at, facts,
  sealed_digest
ON events
BEGIN
  SELECT RAISE(ABORT, 'the case history is append-only');
END;

DROP TRIGGER notice_events_are_append_only_update;

CREATE TRIGGER notice_events_are_append_only_update
BEFORE UPDATE OF id, notice_id, sequence, change, actor, recorded_at, facts,
  sealed_digest
ON notice_events
BEGIN
  SELECT RAISE(ABORT, 'the notice history is append-only');
END;

-- Each time Égide reseals the history's sealed values (this upgrade,
-- sealing a registry kept in clear, a key rotation): when, who, why, under
-- which key, and for each chained table with sealed values the last row
-- resealed and the SHA-256 of every row's resealed digest up to it.
-- Append-only and hash-chained.
CREATE TABLE seal_generations (
  id INTEGER PRIMARY KEY,
  recorded_at TEXT NOT NULL,
  actor TEXT NOT NULL,
  reason TEXT NOT NULL CHECK (reason IN ('upgrade', 'sealing', 'rotation')),
  key_check TEXT,
  events_through INTEGER NOT NULL CHECK (events_through >= 0),
  events_root TEXT NOT NULL CHECK (length(events_root) = 64),
  notice_events_through INTEGER NOT NULL CHECK (notice_events_through >= 0),
  notice_events_root TEXT NOT NULL CHECK (length(notice_events_root) = 64),
  chain_hash TEXT NOT NULL CHECK (
    length(chain_hash) = 64 AND chain_hash NOT GLOB '*[^0-9a-f]*')
) STRICT;

CREATE TRIGGER seal_generations_are_append_only_update
BEFORE UPDATE ON seal_generations
BEGIN
  SELECT RAISE(ABORT, 'the seal generations are append-only');
END;

CREATE TRIGGER seal_generations_are_append_only_delete
BEFORE DELETE ON seal_generations
BEGIN
  SELECT RAISE(ABORT, 'the seal generations are append-only');
END;

-- The authority a measure is asked of may name a person: sealed from now
-- on (the clear column is left empty), like the events' authorities.
ALTER TABLE measures ADD COLUMN identity BLOB;

INSERT INTO registry_info (key, value) VALUES ('sealing', 'pending');
