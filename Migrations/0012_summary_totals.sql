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
