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
  ]
}
