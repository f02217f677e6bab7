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
