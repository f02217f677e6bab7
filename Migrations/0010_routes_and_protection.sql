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
