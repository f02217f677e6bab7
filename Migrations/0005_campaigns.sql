-- Égide registry schema, version 5: entities that link cases into
-- campaigns.
--
-- An entity is an author (handle, account or name) or the domain of a site
-- that published offending content. Its normalised value is identifying —
-- a handle, or a domain that may carry a name — so it lives only in the
-- `identity` BLOB, written through IdentityVault like every other
-- identifying value. `key_hash` finds an entity without opening it: today
-- the SHA-256 (hex) of `kind:value`; when identities are sealed it is to be
-- replaced by a keyed HMAC (a blind index), since a plain hash of a short
-- handle can be guessed.
--
-- Links are written when a case is reported and when evidence is added.
-- A registry that already had cases when it gained this table is marked
-- here; `egide campaign` and `egide show` index it on first use (the
-- values are sealed, which SQL alone cannot read).

CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('author', 'domain')),
  key_hash TEXT NOT NULL CHECK (
    length(key_hash) = 64 AND key_hash NOT GLOB '*[^0-9a-f]*'),
  identity BLOB NOT NULL,
  UNIQUE (kind, key_hash)
) STRICT;

CREATE TABLE case_entities (
  case_id INTEGER NOT NULL REFERENCES cases(id),
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  source TEXT NOT NULL CHECK (source IN ('report', 'evidence')),
  PRIMARY KEY (case_id, entity_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX case_entities_by_entity ON case_entities (entity_id, case_id);

INSERT INTO registry_info (key, value)
  SELECT 'entity_index', 'pending' WHERE EXISTS (SELECT 1 FROM cases);
