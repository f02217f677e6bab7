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
