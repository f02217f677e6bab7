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
