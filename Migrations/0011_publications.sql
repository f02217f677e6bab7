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
