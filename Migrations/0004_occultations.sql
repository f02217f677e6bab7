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
