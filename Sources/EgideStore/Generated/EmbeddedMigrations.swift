// swift-format-ignore-file
// Generated from Migrations/*.sql by the test
// "embedded migrations match Migrations/"; do not edit.
// Regenerate with: EGIDE_REGENERATE=1 Scripts/test

extension Migration {
  /// The shipped migrations: version, name, SQL.
  static let embeddedMigrations: [(Int, String, String)] = [
    (
      1, "initial",
      #"""
-- Égide registry schema, version 1.
--
-- Identifying data (names, contacts, addresses, free text, author handles,
-- evidence content) lives only in the BLOB columns named `identity` and
-- `content`, written and read through IdentityVault in EgideStore; every
-- other column is a fact that listing, counting and summarising may use.
-- Dates are ISO 8601 UTC text with milliseconds (2026-11-26T14:41:05.123Z).

CREATE TABLE registry_info (
  key TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE persons (
  id INTEGER PRIMARY KEY,
  role TEXT NOT NULL CHECK (role IN (
      'judge', 'prosecutor', 'clerk', 'staff', 'trainee', 'family')),
  function TEXT CHECK (function IN (
      'premier_president', 'president', 'vice_president', 'juge',
      'juge_des_enfants', 'juge_instruction', 'jld', 'jap', 'jaf',
      'juge_contentieux_protection', 'conseiller', 'procureur_general',
      'avocat_general', 'procureur', 'procureur_adjoint',
      'vice_procureur', 'substitut', 'directeur_greffe', 'greffier',
      'adjoint_administratif', 'agent_securite', 'auditeur',
      'attache_justice', 'other')),
  court TEXT NOT NULL,
  related_to INTEGER REFERENCES persons(id),
  created_at TEXT NOT NULL,
  identity BLOB NOT NULL,
  CHECK (role <> 'family' OR function IS NULL)
) STRICT;

CREATE TABLE reference_counters (
  year INTEGER PRIMARY KEY,
  last_sequence INTEGER NOT NULL CHECK (last_sequence > 0)
) STRICT;

CREATE TABLE cases (
  id INTEGER PRIMARY KEY,
  reference TEXT NOT NULL UNIQUE,
  year INTEGER NOT NULL,
  sequence INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN (
      'new', 'assessed', 'escalated', 'monitored', 'resolved', 'closed')),
  severity TEXT CHECK (severity IN ('low', 'moderate', 'high', 'critical')),
  severity_rank INTEGER NOT NULL CHECK (severity_rank BETWEEN 0 AND 3),
  assessed INTEGER NOT NULL CHECK (assessed IN (0, 1)),
  court TEXT NOT NULL,
  appeal_court TEXT,
  channel TEXT NOT NULL CHECK (channel IN (
      'social_network', 'press', 'broadcast', 'email', 'phone', 'letter',
      'in_person', 'hearing', 'home', 'messaging', 'open_data', 'other')),
  platform TEXT CHECK (platform IN (
      'x', 'facebook', 'instagram', 'tiktok', 'youtube', 'linkedin',
      'reddit', 'telegram', 'whatsapp', 'signal', 'snapchat', 'discord',
      'twitch', 'mastodon', 'bluesky', 'website', 'other')),
  occurred_at TEXT,
  occurred_precision TEXT CHECK (occurred_precision IN ('minute', 'day', 'month')),
  reported_at TEXT NOT NULL,
  reported_by TEXT NOT NULL,
  assessment_due TEXT NOT NULL,
  assessed_at TEXT,
  assigned_to TEXT,
  closure_reason TEXT CHECK (closure_reason IN ('unfounded', 'withdrawn', 'duplicate')),
  ended_at TEXT,
  updated_at TEXT NOT NULL,
  event_count INTEGER NOT NULL CHECK (event_count > 0),
  identity BLOB NOT NULL,
  UNIQUE (year, sequence),
  CHECK ((occurred_at IS NULL) = (occurred_precision IS NULL))
) STRICT;

CREATE INDEX cases_by_status ON cases (status, severity_rank DESC, reported_at);
CREATE INDEX cases_by_court ON cases (court, status);
CREATE INDEX cases_by_appeal_court ON cases (appeal_court, status);
CREATE INDEX cases_by_assignee ON cases (assigned_to);
CREATE INDEX cases_by_reported_at ON cases (reported_at);

CREATE TABLE case_kinds (
  case_id INTEGER NOT NULL REFERENCES cases(id),
  kind TEXT NOT NULL CHECK (kind IN (
      'threat', 'intimidation', 'harassment', 'cyberharassment',
      'doxxing', 'assault', 'outrage', 'property_damage', 'stalking',
      'open_data_exposure', 'other')),
  PRIMARY KEY (case_id, kind)
) STRICT, WITHOUT ROWID;

CREATE INDEX case_kinds_by_kind ON case_kinds (kind, case_id);

CREATE TABLE case_targets (
  case_id INTEGER NOT NULL REFERENCES cases(id),
  person_id INTEGER NOT NULL REFERENCES persons(id),
  position INTEGER NOT NULL,
  PRIMARY KEY (case_id, person_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX case_targets_by_person ON case_targets (person_id, case_id);

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id),
  sequence INTEGER NOT NULL CHECK (sequence > 0),
  change TEXT NOT NULL CHECK (change IN (
      'reported', 'assessed', 'escalated', 'assigned', 'note',
      'evidence_added', 'measure_requested', 'measure_updated',
      'resolved', 'closed', 'reopened')),
  actor TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  facts TEXT NOT NULL CHECK (json_valid(facts)),
  identity BLOB,
  UNIQUE (case_id, sequence)
) STRICT;

-- The history is append-only: a change is a new event, never an edit.
CREATE TRIGGER events_are_append_only_update BEFORE UPDATE ON events
BEGIN
  SELECT RAISE(ABORT, 'the case history is append-only');
END;

CREATE TRIGGER events_are_append_only_delete BEFORE DELETE ON events
BEGIN
  SELECT RAISE(ABORT, 'the case history is append-only');
END;

CREATE TABLE measures (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id),
  kind TEXT NOT NULL CHECK (kind IN (
      'statutory_protection', 'criminal_complaint', 'police_protection',
      'security_assessment', 'content_takedown', 'open_data_occultation',
      'address_confidentiality', 'reassignment', 'psychological_support',
      'legal_support', 'workplace_security', 'other')),
  status TEXT NOT NULL CHECK (status IN (
      'requested', 'granted', 'partially_granted', 'refused', 'in_place',
      'lifted', 'withdrawn')),
  authority TEXT NOT NULL,
  beneficiary INTEGER NOT NULL REFERENCES persons(id),
  requested_at TEXT NOT NULL,
  due_at TEXT,
  updated_at TEXT NOT NULL
) STRICT;

CREATE INDEX measures_by_case ON measures (case_id);
CREATE INDEX measures_awaiting_by_due ON measures (due_at)
  WHERE status IN ('requested', 'granted', 'partially_granted');

CREATE TABLE evidence (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id),
  source TEXT NOT NULL CHECK (source IN ('url', 'file')),
  sha256 TEXT CHECK (sha256 IS NULL OR length(sha256) = 64),
  size INTEGER CHECK (size IS NULL OR size >= 0),
  media_type TEXT,
  captured_by TEXT NOT NULL,
  captured_at TEXT NOT NULL,
  identity BLOB NOT NULL,
  content BLOB,
  CHECK ((source = 'file') = (content IS NOT NULL AND sha256 IS NOT NULL))
) STRICT;

CREATE INDEX evidence_by_case ON evidence (case_id);
"""#
    ),
    (
      2, "external_reference",
      #"""
-- Égide registry schema, version 2: a stable external reference per case.
--
-- Cases imported from a spreadsheet keep the identifier the delegate gave
-- each row (`egide import`), so that importing the same file again creates
-- no duplicate. NULL for cases logged with `egide report`. It is a clear
-- column: it must not hold a name.
-- SQLite cannot add a UNIQUE column; the unique index enforces it (NULLs
-- are distinct, so any number of cases may have none).

ALTER TABLE cases ADD COLUMN external_reference TEXT
  CHECK (external_reference IS NULL
    OR length(external_reference) BETWEEN 1 AND 200);

CREATE UNIQUE INDEX cases_by_external_reference
  ON cases (external_reference);
"""#
    ),
    (
      3, "notices",
      #"""
-- Égide registry schema, version 3: platform notices for content_takedown
-- measures (EU Digital Services Act art. 16).
--
-- A notice's history is append-only in `notice_events` (the notice is what
-- its events say); `notices` and `notice_urls` are query rows kept in line
-- with it. Notifier, URLs, reasons and the platform's statements of
-- reasons are identifying or free text: they live only in the sealed
-- `identity` columns. Clear columns hold facts: platform, channel,
-- statuses, dates, counts.

CREATE TABLE notices (
  id INTEGER PRIMARY KEY,
  measure_id INTEGER NOT NULL REFERENCES measures(id),
  platform TEXT NOT NULL CHECK (platform IN (
      'x', 'facebook', 'instagram', 'tiktok', 'youtube', 'linkedin',
      'reddit', 'telegram', 'whatsapp', 'signal', 'snapchat', 'discord',
      'twitch', 'mastodon', 'bluesky', 'website', 'other')),
  channel TEXT NOT NULL CHECK (channel IN (
      'platform_form', 'pharos', 'trusted_flagger')),
  status TEXT NOT NULL CHECK (status IN ('draft', 'sent', 'answered')),
  drafted_at TEXT NOT NULL,
  sent_at TEXT,
  updated_at TEXT NOT NULL,
  url_count INTEGER NOT NULL CHECK (url_count > 0),
  pending_count INTEGER NOT NULL
    CHECK (pending_count BETWEEN 0 AND url_count),
  event_count INTEGER NOT NULL CHECK (event_count > 0),
  CHECK ((status = 'draft') = (sent_at IS NULL)),
  CHECK (status <> 'answered' OR pending_count = 0),
  CHECK (status <> 'sent' OR pending_count > 0)
) STRICT;

CREATE INDEX notices_by_measure ON notices (measure_id);
CREATE INDEX notices_awaiting ON notices (channel, sent_at)
  WHERE status = 'sent';

CREATE TABLE notice_urls (
  notice_id INTEGER NOT NULL REFERENCES notices(id),
  position INTEGER NOT NULL CHECK (position > 0),
  status TEXT NOT NULL CHECK (status IN (
      'pending', 'removed', 'restricted', 'kept')),
  decided_at TEXT,
  removed_at TEXT,
  identity BLOB NOT NULL,
  PRIMARY KEY (notice_id, position),
  CHECK ((status = 'pending') = (decided_at IS NULL)),
  CHECK ((status = 'removed') = (removed_at IS NOT NULL))
) STRICT;

CREATE TABLE notice_events (
  id INTEGER PRIMARY KEY,
  notice_id INTEGER NOT NULL REFERENCES notices(id),
  sequence INTEGER NOT NULL CHECK (sequence > 0),
  change TEXT NOT NULL CHECK (change IN (
      'drafted', 'url_added', 'sent', 'replied')),
  actor TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  facts TEXT NOT NULL CHECK (json_valid(facts)),
  identity BLOB,
  UNIQUE (notice_id, sequence)
) STRICT;

-- The history of a notice is append-only, like the case history.
CREATE TRIGGER notice_events_are_append_only_update
BEFORE UPDATE ON notice_events
BEGIN
  SELECT RAISE(ABORT, 'the notice history is append-only');
END;

CREATE TRIGGER notice_events_are_append_only_delete
BEFORE DELETE ON notice_events
BEGIN
  SELECT RAISE(ABORT, 'the notice history is append-only');
END;
"""#
    ),
    (
      4, "occultations",
      #"""
-- Égide registry schema, version 4: occultation requests.
--
-- An open_data_occultation measure is carried out by one request to the
-- authority the law designates (COJ R111-12: the president of the court
-- for its own members; COJ R111-13: a magistrate of the Cour de cassation,
-- whose refusal may be appealed within two months of its notification;
-- CJA R741-14 in the administrative order), about one or more published
-- decisions. A decision's number, Judilibre identifier and date would let
-- anyone holding a copy of the registry look the decision up and read the
-- very name the request hides: they are sealed in `identity`. The court of
-- the decision is a clear fact.

CREATE TABLE occultation_requests (
  id INTEGER PRIMARY KEY,
  measure_id INTEGER NOT NULL UNIQUE REFERENCES measures(id),
  relation TEXT NOT NULL CHECK (relation IN ('member', 'other')),
  route TEXT NOT NULL CHECK (route IN (
      'court_president', 'cassation_magistrate', 'administrative_president')),
  authority TEXT NOT NULL CHECK (length(authority) BETWEEN 1 AND 200),
  status TEXT NOT NULL CHECK (status IN (
      'requested', 'granted', 'refused', 'appealed')),
  requested_at TEXT NOT NULL,
  requested_by TEXT NOT NULL,
  outcome TEXT CHECK (outcome IN ('granted', 'refused')),
  decided_at TEXT,
  notified_at TEXT,
  appealed_at TEXT,
  appeal_outcome TEXT CHECK (appeal_outcome IN ('granted', 'refused')),
  appeal_decided_at TEXT,
  appeal_notified_at TEXT,
  updated_at TEXT NOT NULL,
  CHECK ((outcome IS NULL) = (decided_at IS NULL)
    AND (outcome IS NULL) = (notified_at IS NULL)),
  CHECK ((appeal_outcome IS NULL) = (appeal_decided_at IS NULL)
    AND (appeal_outcome IS NULL) = (appeal_notified_at IS NULL)),
  CHECK (appealed_at IS NULL
    OR (outcome = 'refused' AND route = 'cassation_magistrate')),
  CHECK (appeal_outcome IS NULL OR appealed_at IS NOT NULL)
) STRICT;

CREATE INDEX occultation_requests_by_status
  ON occultation_requests (status, requested_at);

CREATE TABLE occultation_decisions (
  request_id INTEGER NOT NULL REFERENCES occultation_requests(id),
  position INTEGER NOT NULL CHECK (position >= 0),
  court TEXT NOT NULL,
  identity BLOB NOT NULL,
  PRIMARY KEY (request_id, position)
) STRICT, WITHOUT ROWID;

CREATE INDEX occultation_decisions_by_court
  ON occultation_decisions (court);
"""#
    ),
    (
      5, "campaigns",
      #"""
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
"""#
    ),
    (
      6, "protection",
      #"""
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
"""#
    ),
    (
      7, "speed",
      #"""
-- Égide registry schema, version 7: indexes for reading at national scale.
--
-- Nothing is stored that was not before; each index serves a read that
-- otherwise scanned a whole table (measured in BENCHMARKS.md).

-- Summaries read only the cases that changed in their period: lifecycle
-- events by change and instant (the case is in the index, so the search
-- never visits the events themselves).
CREATE INDEX events_by_change ON events (change, recorded_at, case_id);

-- ...and the cases whose assessment fell due in it.
CREATE INDEX cases_by_assessment_due ON cases (assessment_due);

-- ...and the cases with a measure due in it.
CREATE INDEX measures_by_due ON measures (due_at, case_id);

-- The open backlog at an instant: cases not ended, or ended after it.
CREATE INDEX cases_by_ended_at ON cases (ended_at, reported_at);

-- Lists of the open cases of a court or a district, most severe first:
-- the order columns join the index, so that the cases listed are chosen
-- from the index alone before any row is read.
DROP INDEX cases_by_court;
CREATE INDEX cases_by_court
  ON cases (court, status, severity_rank, reported_at);
DROP INDEX cases_by_appeal_court;
CREATE INDEX cases_by_appeal_court
  ON cases (appeal_court, status, severity_rank, reported_at);

-- The measures in place at an instant: those in place and not changed
-- since (counted from this index alone), and those changed since.
CREATE INDEX measures_by_status
  ON measures (status, updated_at, requested_at, kind);
CREATE INDEX measures_by_update ON measures (updated_at, requested_at);
"""#
    ),
    (
      8, "api_tokens",
      #"""
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
"""#
    ),
    (
      9, "sealed_history",
      #"""
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
"""#
    ),
    (
      10, "routes_and_protection",
      #"""
-- Égide registry schema, version 10: the occultation route of CJA R741-15
-- and the protection fonctionnelle as its own record.
--
-- An occultation request about an administrative decision, made by anyone
-- who is not a member or greffe agent of the court that rendered it, goes
-- to a member of the Conseil d'État designated by its vice-president (CJA
-- R741-15), not to the court's president (R741-14, for its own members).
-- SQLite cannot change a CHECK constraint: the table is rebuilt with the
-- new route allowed, every row copied as it was, and so is the table of
-- its decisions, whose foreign key must follow it (a parent table cannot
-- be dropped under its children while foreign keys are enforced).

CREATE TABLE occultation_requests_v10 (
  id INTEGER PRIMARY KEY,
  measure_id INTEGER NOT NULL UNIQUE REFERENCES measures(id),
  relation TEXT NOT NULL CHECK (relation IN ('member', 'other')),
  route TEXT NOT NULL CHECK (route IN (
      'court_president', 'cassation_magistrate', 'administrative_president',
      'council_of_state_member')),
  authority TEXT NOT NULL CHECK (length(authority) BETWEEN 1 AND 200),
  status TEXT NOT NULL CHECK (status IN (
      'requested', 'granted', 'refused', 'appealed')),
  requested_at TEXT NOT NULL,
  requested_by TEXT NOT NULL,
  outcome TEXT CHECK (outcome IN ('granted', 'refused')),
  decided_at TEXT,
  notified_at TEXT,
  appealed_at TEXT,
  appeal_outcome TEXT CHECK (appeal_outcome IN ('granted', 'refused')),
  appeal_decided_at TEXT,
  appeal_notified_at TEXT,
  updated_at TEXT NOT NULL,
  CHECK ((outcome IS NULL) = (decided_at IS NULL)
    AND (outcome IS NULL) = (notified_at IS NULL)),
  CHECK ((appeal_outcome IS NULL) = (appeal_decided_at IS NULL)
    AND (appeal_outcome IS NULL) = (appeal_notified_at IS NULL)),
  CHECK (appealed_at IS NULL
    OR (outcome = 'refused' AND route = 'cassation_magistrate')),
  CHECK (appeal_outcome IS NULL OR appealed_at IS NOT NULL)
) STRICT;

INSERT INTO occultation_requests_v10 SELECT * FROM occultation_requests;

CREATE TABLE occultation_decisions_v10 (
  request_id INTEGER NOT NULL REFERENCES occultation_requests_v10(id),
  position INTEGER NOT NULL CHECK (position >= 0),
  court TEXT NOT NULL,
  identity BLOB NOT NULL,
  PRIMARY KEY (request_id, position)
) STRICT, WITHOUT ROWID;

INSERT INTO occultation_decisions_v10 SELECT * FROM occultation_decisions;
DROP TABLE occultation_decisions;
DROP TABLE occultation_requests;
-- Renaming the new parent renames the reference its child holds.
ALTER TABLE occultation_requests_v10 RENAME TO occultation_requests;
ALTER TABLE occultation_decisions_v10 RENAME TO occultation_decisions;
CREATE INDEX occultation_requests_by_status
  ON occultation_requests (status, requested_at);
CREATE INDEX occultation_decisions_by_court
  ON occultation_decisions (court);

-- The protection fonctionnelle asked by a statutory_protection measure:
-- its legal basis, fixed by the status of the person protected when it is
-- requested (magistrates: ordonnance n° 58-1270 art. 11 al. 1 and décret
-- n° 93-21 art. 11-29 ff.; their relatives: art. 11 al. 2; greffe and
-- other staff: Code général de la fonction publique L134-1 ff.; their
-- relatives: the extension of that chapter), the day of the written
-- request, the day its silence becomes a refusal (two months: CRPA L231-4
-- 5°, décret n° 2014-1303 art. 1 1°), and once decided, the day of the
-- decision. What the decision says (the facts covered, its duration, the
-- lawyer chosen) may name people: sealed in `identity`.
CREATE TABLE protection_requests (
  id INTEGER PRIMARY KEY REFERENCES measures(id),
  basis TEXT NOT NULL CHECK (basis IN (
      'magistrate', 'magistrate_relative', 'public_agent', 'agent_relative',
      'unsettled')),
  requested_on TEXT NOT NULL CHECK (
    requested_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  silence_ends TEXT NOT NULL CHECK (
    silence_ends GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
    AND silence_ends > requested_on),
  decided_on TEXT CHECK (decided_on IS NULL OR
    decided_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  identity BLOB
) STRICT;

-- The statutory_protection measures already recorded get their basis from
-- the role of the person they protect, as requested on the day recorded.
INSERT INTO protection_requests (id, basis, requested_on, silence_ends)
SELECT m.id,
  CASE
    WHEN p.role IN ('judge', 'prosecutor') THEN 'magistrate'
    WHEN p.role IN ('clerk', 'staff') THEN 'public_agent'
    WHEN p.role = 'trainee' AND coalesce(p.function, '') <> 'auditeur'
      THEN 'public_agent'
    WHEN p.role = 'family' AND r.role IN ('judge', 'prosecutor')
      THEN 'magistrate_relative'
    WHEN p.role = 'family' AND (r.role IN ('clerk', 'staff')
      OR (r.role = 'trainee' AND coalesce(r.function, '') <> 'auditeur'))
      THEN 'agent_relative'
    ELSE 'unsettled'
  END,
  substr(m.requested_at, 1, 10),
  -- Two months on: the same day, or the last day of a shorter month.
  min(date(substr(m.requested_at, 1, 10), '+2 months'),
    date(substr(m.requested_at, 1, 10), 'start of month', '+3 months',
      '-1 day'))
FROM measures m
JOIN persons p ON p.id = m.beneficiary
LEFT JOIN persons r ON r.id = p.related_to
WHERE m.kind = 'statutory_protection';
"""#
    ),
    (
      11, "publications",
      #"""
-- Égide registry schema, version 11: the publication ledger.
--
-- Every summary published (every summary that is not internal) is
-- recorded: for each figure, its identity (a period's label or an instant,
-- and the figure's key), whether it was shown and then its value, or
-- hidden; the relations a reader can see between the figures; the
-- document's digest. A later summary is made against the ledger, so that
-- what one document hid no other gives away. Facts only: no name, no free
-- text. Nothing is deleted or edited; an edition replaced by a newer one
-- records which one replaced it, once.

CREATE TABLE publications (
  id INTEGER PRIMARY KEY,
  -- The period's label (2026-11, 2026-Q4, 2026, or first..last day).
  period TEXT NOT NULL,
  unit TEXT NOT NULL CHECK (unit IN ('month', 'quarter', 'year', 'days')),
  published_at TEXT NOT NULL,
  minimum_count INTEGER NOT NULL CHECK (minimum_count >= 1),
  -- SHA-256 of the document as rendered, in hexadecimal.
  digest TEXT NOT NULL CHECK (
    length(digest) = 64 AND digest NOT GLOB '*[^0-9a-f]*'),
  format TEXT NOT NULL,
  -- The relations a reader can see, one per line (FigureRelation.stored).
  relations TEXT NOT NULL,
  superseded_by INTEGER REFERENCES publications(id),
  CHECK (superseded_by IS NULL OR superseded_by > id)
) STRICT;

CREATE INDEX publications_by_period ON publications (period, id);

CREATE TABLE published_figures (
  publication_id INTEGER NOT NULL REFERENCES publications(id),
  -- window/key, such as 2026-11/new.kind.threat.
  figure TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('count', 'days')),
  hidden INTEGER NOT NULL CHECK (hidden IN (0, 1)),
  -- The value shown; NULL when hidden or not available.
  value REAL,
  CHECK (hidden = 0 OR value IS NULL),
  PRIMARY KEY (publication_id, figure)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER publications_are_never_deleted BEFORE DELETE ON publications
BEGIN
  SELECT RAISE(ABORT, 'publications are superseded, never deleted');
END;

CREATE TRIGGER publications_change_only_by_superseding
BEFORE UPDATE OF id, period, unit, published_at, minimum_count, digest,
  format, relations
ON publications
BEGIN
  SELECT RAISE(ABORT, 'a publication is superseded by a new one, never edited');
END;

CREATE TRIGGER publications_are_superseded_once
BEFORE UPDATE OF superseded_by ON publications
WHEN OLD.superseded_by IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'a publication is superseded once');
END;

CREATE TRIGGER published_figures_are_never_deleted
BEFORE DELETE ON published_figures
BEGIN
  SELECT RAISE(ABORT, 'published figures are never deleted');
END;

CREATE TRIGGER published_figures_are_never_edited
BEFORE UPDATE ON published_figures
BEGIN
  SELECT RAISE(ABORT, 'published figures are never edited');
END;
"""#
    ),
    (
      12, "summary_totals",
      #"""
-- Égide registry schema, version 12: the running totals of summaries.
--
-- For each calendar month, quarter and year (Paris time), the counts a
-- summary reads, kept by the transaction that changes a case: each case
-- adds what a summary of that period would count of it alone, and a
-- change takes away the case's old share before adding its new one
-- (EgideStore's SummaryTotals; the keys are PeriodTotals's). The
-- durations whose median and 90th percentile a summary gives are kept one
-- row each, so that a quantile is a step along an index. Facts only: no
-- name, no free text. `egide doctor` recounts them from the history.
--
-- A registry upgraded to this version counts them once when it is next
-- opened for writing; until then ('summary_totals', 'pending') in
-- registry_info says they are not to be read.

CREATE TABLE summary_totals (
  -- 2026-11, 2026-Q4 or 2026.
  period TEXT NOT NULL,
  figure TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (period, figure)
) STRICT, WITHOUT ROWID;

CREATE TABLE summary_durations (
  period TEXT NOT NULL,
  list TEXT NOT NULL,
  days REAL NOT NULL,
  case_id INTEGER NOT NULL REFERENCES cases(id)
) STRICT;

CREATE INDEX summary_durations_by_value
  ON summary_durations (period, list, days);
CREATE INDEX summary_durations_by_case ON summary_durations (case_id);

INSERT INTO registry_info (key, value) VALUES ('summary_totals', 'pending');
"""#
    ),
    (
      13, "backlog_totals",
      #"""
-- Égide registry schema, version 13: the ages of the open backlog as
-- running totals, and quantiles found by bucket.
--
-- For each calendar month (Paris time), how it changes the cases open,
-- by the bucket of time each was reported in (EgideCore's BacklogAges:
-- a bucket ends at 22:00 or 23:00 UTC, a Paris midnight, and is named by
-- that hour, in hours since 1970). Added up to a month, how many of the
-- cases open at its end were reported in each bucket: a summary counts
-- the backlog's age brackets from them, and lists the open cases of the
-- two buckets its median and 90th percentile fall in, instead of every
-- open case. Kept by the transaction that changes a case, like the
-- totals of schema 12; numbers only.
--
-- The totals of schema 12 are dropped here and counted again when the
-- registry is next opened for writing ('pending' below), since they now
-- hold these too.

CREATE TABLE summary_backlog (
  bucket INTEGER NOT NULL,
  -- 2026-11: a month only.
  month TEXT NOT NULL,
  change INTEGER NOT NULL,
  PRIMARY KEY (bucket, month)
) STRICT, WITHOUT ROWID;

UPDATE registry_info SET value = 'pending' WHERE key = 'summary_totals';

-- Each duration also names its bucket (EgideCore's DurationSample: its
-- hour for the first 30 days, then its day), and the totals count the
-- durations of each bucket: a quantile is found from those counts and a
-- short step within one bucket, instead of a step from the smallest.
-- The durations kept are counted again with the rest.
DELETE FROM summary_durations;
DELETE FROM summary_totals;
DROP INDEX summary_durations_by_value;
ALTER TABLE summary_durations ADD COLUMN bucket INTEGER NOT NULL DEFAULT 0;
CREATE INDEX summary_durations_by_value
  ON summary_durations (period, list, bucket, days);
"""#
    ),
  ]
}
