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
