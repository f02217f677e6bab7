-- The schema of a new Égide registry, as sqlite_master holds it.
-- Checked by the test "the schema of a new registry matches the golden
-- dump"; regenerate with EGIDE_REGENERATE=1 Scripts/test.

-- index access_log_by_actor on access_log
CREATE INDEX access_log_by_actor ON access_log (actor, recorded_at);

-- index access_log_by_case on access_log
CREATE INDEX access_log_by_case ON access_log (case_id);

-- index api_tokens_by_user on api_tokens
CREATE INDEX api_tokens_by_user ON api_tokens (user_name, id);

-- index case_entities_by_entity on case_entities
CREATE INDEX case_entities_by_entity ON case_entities (entity_id, case_id);

-- index case_kinds_by_kind on case_kinds
CREATE INDEX case_kinds_by_kind ON case_kinds (kind, case_id);

-- index case_targets_by_person on case_targets
CREATE INDEX case_targets_by_person ON case_targets (person_id, case_id);

-- index cases_by_appeal_court on cases
CREATE INDEX cases_by_appeal_court
  ON cases (appeal_court, status, severity_rank, reported_at);

-- index cases_by_assessment_due on cases
CREATE INDEX cases_by_assessment_due ON cases (assessment_due);

-- index cases_by_assignee on cases
CREATE INDEX cases_by_assignee ON cases (assigned_to);

-- index cases_by_court on cases
CREATE INDEX cases_by_court
  ON cases (court, status, severity_rank, reported_at);

-- index cases_by_ended_at on cases
CREATE INDEX cases_by_ended_at ON cases (ended_at, reported_at);

-- index cases_by_external_reference on cases
CREATE UNIQUE INDEX cases_by_external_reference
  ON cases (external_reference);

-- index cases_by_reported_at on cases
CREATE INDEX cases_by_reported_at ON cases (reported_at);

-- index cases_by_status on cases
CREATE INDEX cases_by_status ON cases (status, severity_rank DESC, reported_at);

-- index events_by_change on events
CREATE INDEX events_by_change ON events (change, recorded_at, case_id);

-- index evidence_by_case on evidence
CREATE INDEX evidence_by_case ON evidence (case_id);

-- index measures_awaiting_by_due on measures
CREATE INDEX measures_awaiting_by_due ON measures (due_at)
  WHERE status IN ('requested', 'granted', 'partially_granted');

-- index measures_by_case on measures
CREATE INDEX measures_by_case ON measures (case_id);

-- index measures_by_due on measures
CREATE INDEX measures_by_due ON measures (due_at, case_id);

-- index measures_by_status on measures
CREATE INDEX measures_by_status
  ON measures (status, updated_at, requested_at, kind);

-- index measures_by_update on measures
CREATE INDEX measures_by_update ON measures (updated_at, requested_at);

-- index notices_awaiting on notices
CREATE INDEX notices_awaiting ON notices (channel, sent_at)
  WHERE status = 'sent';

-- index notices_by_measure on notices
CREATE INDEX notices_by_measure ON notices (measure_id);

-- index occultation_decisions_by_court on occultation_decisions
CREATE INDEX occultation_decisions_by_court
  ON occultation_decisions (court);

-- index occultation_requests_by_status on occultation_requests
CREATE INDEX occultation_requests_by_status
  ON occultation_requests (status, requested_at);

-- index persons_by_name_index on persons
CREATE INDEX persons_by_name_index ON persons (name_index);

-- index publications_by_period on publications
CREATE INDEX publications_by_period ON publications (period, id);

-- index summary_durations_by_case on summary_durations
CREATE INDEX summary_durations_by_case ON summary_durations (case_id);

-- index summary_durations_by_value on summary_durations
CREATE INDEX summary_durations_by_value
  ON summary_durations (period, list, bucket, days);

-- table access_log on access_log
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

-- table api_tokens on api_tokens
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

-- table case_entities on case_entities
CREATE TABLE case_entities (
  case_id INTEGER NOT NULL REFERENCES cases(id),
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  source TEXT NOT NULL CHECK (source IN ('report', 'evidence')),
  PRIMARY KEY (case_id, entity_id)
) STRICT, WITHOUT ROWID;

-- table case_kinds on case_kinds
CREATE TABLE case_kinds (
  case_id INTEGER NOT NULL REFERENCES cases(id),
  kind TEXT NOT NULL CHECK (kind IN (
      'threat', 'intimidation', 'harassment', 'cyberharassment',
      'doxxing', 'assault', 'outrage', 'property_damage', 'stalking',
      'open_data_exposure', 'other')),
  PRIMARY KEY (case_id, kind)
) STRICT, WITHOUT ROWID;

-- table case_targets on case_targets
CREATE TABLE case_targets (
  case_id INTEGER NOT NULL REFERENCES cases(id),
  person_id INTEGER NOT NULL REFERENCES persons(id),
  position INTEGER NOT NULL,
  PRIMARY KEY (case_id, person_id)
) STRICT, WITHOUT ROWID;

-- table cases on cases
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
  identity BLOB NOT NULL, external_reference TEXT
  CHECK (external_reference IS NULL
    OR length(external_reference) BETWEEN 1 AND 200),
  UNIQUE (year, sequence),
  CHECK ((occurred_at IS NULL) = (occurred_precision IS NULL))
) STRICT;

-- table egide_migrations on egide_migrations
CREATE TABLE egide_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  checksum TEXT NOT NULL,
  applied_at TEXT NOT NULL
) STRICT;

-- table entities on entities
CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('author', 'domain')),
  key_hash TEXT NOT NULL CHECK (
    length(key_hash) = 64 AND key_hash NOT GLOB '*[^0-9a-f]*'),
  identity BLOB NOT NULL,
  UNIQUE (kind, key_hash)
) STRICT;

-- table events on events
CREATE TABLE "events" (
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
    length(chain_hash) = 64 AND chain_hash NOT GLOB '*[^0-9a-f]*')), sealed_digest TEXT CHECK (
  sealed_digest IS NULL OR (
    length(sealed_digest) = 64 AND sealed_digest NOT GLOB '*[^0-9a-f]*')), resealed_digest TEXT CHECK (
  resealed_digest IS NULL OR (
    length(resealed_digest) = 64 AND resealed_digest NOT GLOB '*[^0-9a-f]*')),
  UNIQUE (case_id, sequence)
) STRICT;

-- table evidence on evidence
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

-- table measures on measures
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
, identity BLOB) STRICT;

-- table notice_events on notice_events
CREATE TABLE notice_events (
  id INTEGER PRIMARY KEY,
  notice_id INTEGER NOT NULL REFERENCES notices(id),
  sequence INTEGER NOT NULL CHECK (sequence > 0),
  change TEXT NOT NULL CHECK (change IN (
      'drafted', 'url_added', 'sent', 'replied')),
  actor TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  facts TEXT NOT NULL CHECK (json_valid(facts)),
  identity BLOB, chain_hash TEXT CHECK (
  chain_hash IS NULL OR (
    length(chain_hash) = 64 AND chain_hash NOT GLOB '*[^0-9a-f]*')), sealed_digest TEXT CHECK (
  sealed_digest IS NULL OR (
    length(sealed_digest) = 64 AND sealed_digest NOT GLOB '*[^0-9a-f]*')), resealed_digest TEXT CHECK (
  resealed_digest IS NULL OR (
    length(resealed_digest) = 64 AND resealed_digest NOT GLOB '*[^0-9a-f]*')),
  UNIQUE (notice_id, sequence)
) STRICT;

-- table notice_urls on notice_urls
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

-- table notices on notices
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

-- table occultation_decisions on occultation_decisions
CREATE TABLE "occultation_decisions" (
  request_id INTEGER NOT NULL REFERENCES "occultation_requests"(id),
  position INTEGER NOT NULL CHECK (position >= 0),
  court TEXT NOT NULL,
  identity BLOB NOT NULL,
  PRIMARY KEY (request_id, position)
) STRICT, WITHOUT ROWID;

-- table occultation_requests on occultation_requests
CREATE TABLE "occultation_requests" (
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

-- table persons on persons
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
  identity BLOB NOT NULL, name_index TEXT CHECK (
  name_index IS NULL OR (
    length(name_index) = 64 AND name_index NOT GLOB '*[^0-9a-f]*')),
  CHECK (role <> 'family' OR function IS NULL)
) STRICT;

-- table protection_requests on protection_requests
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

-- table publications on publications
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

-- table published_figures on published_figures
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

-- table reference_counters on reference_counters
CREATE TABLE reference_counters (
  year INTEGER PRIMARY KEY,
  last_sequence INTEGER NOT NULL CHECK (last_sequence > 0)
) STRICT;

-- table registry_info on registry_info
CREATE TABLE registry_info (
  key TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
) STRICT;

-- table seal_generations on seal_generations
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

-- table summary_backlog on summary_backlog
CREATE TABLE summary_backlog (
  bucket INTEGER NOT NULL,
  -- 2026-11: a month only.
  month TEXT NOT NULL,
  change INTEGER NOT NULL,
  PRIMARY KEY (bucket, month)
) STRICT, WITHOUT ROWID;

-- table summary_durations on summary_durations
CREATE TABLE summary_durations (
  period TEXT NOT NULL,
  list TEXT NOT NULL,
  days REAL NOT NULL,
  case_id INTEGER NOT NULL REFERENCES cases(id)
, bucket INTEGER NOT NULL DEFAULT 0) STRICT;

-- table summary_totals on summary_totals
CREATE TABLE summary_totals (
  -- 2026-11, 2026-Q4 or 2026.
  period TEXT NOT NULL,
  figure TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (period, figure)
) STRICT, WITHOUT ROWID;

-- table users on users
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

-- trigger access_log_is_append_only_delete on access_log
CREATE TRIGGER access_log_is_append_only_delete BEFORE DELETE ON access_log
BEGIN
  SELECT RAISE(ABORT, 'the access log is append-only');
END;

-- trigger access_log_is_append_only_update on access_log
CREATE TRIGGER access_log_is_append_only_update BEFORE UPDATE ON access_log
BEGIN
  SELECT RAISE(ABORT, 'the access log is append-only');
END;

-- trigger api_tokens_are_never_deleted on api_tokens
CREATE TRIGGER api_tokens_are_never_deleted BEFORE DELETE ON api_tokens
BEGIN
  SELECT RAISE(ABORT, 'API tokens are revoked, never deleted');
END;

-- trigger api_tokens_are_revoked_once on api_tokens
CREATE TRIGGER api_tokens_are_revoked_once
BEFORE UPDATE OF revoked_at, revoked_by ON api_tokens
WHEN OLD.revoked_at IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'an API token is revoked once');
END;

-- trigger api_tokens_change_only_by_revoking on api_tokens
CREATE TRIGGER api_tokens_change_only_by_revoking
BEFORE UPDATE OF id, user_name, label, token_sha256, created_at, created_by,
  expires_at
ON api_tokens
BEGIN
  SELECT RAISE(ABORT, 'an API token is revoked and created again, never edited');
END;

-- trigger events_are_append_only_delete on events
CREATE TRIGGER events_are_append_only_delete BEFORE DELETE ON events
BEGIN
  SELECT RAISE(ABORT, 'the case history is append-only');
END;

-- trigger events_are_append_only_update on events
CREATE TRIGGER events_are_append_only_update
BEFORE UPDATE OF id, case_id, sequence, change, actor, recorded_at, facts,
  sealed_digest
ON events
BEGIN
  SELECT RAISE(ABORT, 'the case history is append-only');
END;

-- trigger events_chain_is_set_once on events
CREATE TRIGGER events_chain_is_set_once
BEFORE UPDATE OF chain_hash ON events WHEN OLD.chain_hash IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'the case history is append-only');
END;

-- trigger notice_events_are_append_only_delete on notice_events
CREATE TRIGGER notice_events_are_append_only_delete
BEFORE DELETE ON notice_events
BEGIN
  SELECT RAISE(ABORT, 'the notice history is append-only');
END;

-- trigger notice_events_are_append_only_update on notice_events
CREATE TRIGGER notice_events_are_append_only_update
BEFORE UPDATE OF id, notice_id, sequence, change, actor, recorded_at, facts,
  sealed_digest
ON notice_events
BEGIN
  SELECT RAISE(ABORT, 'the notice history is append-only');
END;

-- trigger notice_events_chain_is_set_once on notice_events
CREATE TRIGGER notice_events_chain_is_set_once
BEFORE UPDATE OF chain_hash ON notice_events
WHEN OLD.chain_hash IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'the notice history is append-only');
END;

-- trigger publications_are_never_deleted on publications
CREATE TRIGGER publications_are_never_deleted BEFORE DELETE ON publications
BEGIN
  SELECT RAISE(ABORT, 'publications are superseded, never deleted');
END;

-- trigger publications_are_superseded_once on publications
CREATE TRIGGER publications_are_superseded_once
BEFORE UPDATE OF superseded_by ON publications
WHEN OLD.superseded_by IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'a publication is superseded once');
END;

-- trigger publications_change_only_by_superseding on publications
CREATE TRIGGER publications_change_only_by_superseding
BEFORE UPDATE OF id, period, unit, published_at, minimum_count, digest,
  format, relations
ON publications
BEGIN
  SELECT RAISE(ABORT, 'a publication is superseded by a new one, never edited');
END;

-- trigger published_figures_are_never_deleted on published_figures
CREATE TRIGGER published_figures_are_never_deleted
BEFORE DELETE ON published_figures
BEGIN
  SELECT RAISE(ABORT, 'published figures are never deleted');
END;

-- trigger published_figures_are_never_edited on published_figures
CREATE TRIGGER published_figures_are_never_edited
BEFORE UPDATE ON published_figures
BEGIN
  SELECT RAISE(ABORT, 'published figures are never edited');
END;

-- trigger seal_generations_are_append_only_delete on seal_generations
CREATE TRIGGER seal_generations_are_append_only_delete
BEFORE DELETE ON seal_generations
BEGIN
  SELECT RAISE(ABORT, 'the seal generations are append-only');
END;

-- trigger seal_generations_are_append_only_update on seal_generations
CREATE TRIGGER seal_generations_are_append_only_update
BEFORE UPDATE ON seal_generations
BEGIN
  SELECT RAISE(ABORT, 'the seal generations are append-only');
END;

-- trigger users_are_never_deleted on users
CREATE TRIGGER users_are_never_deleted BEFORE DELETE ON users
BEGIN
  SELECT RAISE(ABORT, 'users are disabled, never deleted');
END;

-- trigger users_change_only_by_disabling on users
CREATE TRIGGER users_change_only_by_disabling
BEFORE UPDATE OF id, name, role, scope_kind, scope, created_at, created_by
ON users
BEGIN
  SELECT RAISE(ABORT, 'a user is disabled and added again, never edited');
END;
