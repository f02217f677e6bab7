import Foundation

/// The SQL one would write by hand for each question, and the SQL egide
/// runs (copied from EgideStore, with literals for EXPLAIN QUERY PLAN).
enum HandSQL {
  static let open = "('new', 'assessed', 'escalated', 'monitored')"
  static let awaiting = "('requested', 'granted', 'partially_granted')"

  /// The open cases of a court or district, most severe then oldest.
  static func list(where condition: String, now: String) -> String {
    """
    SELECT c.reference, c.status, c.severity, c.assessed, c.court,
      c.appeal_court, c.channel, c.platform, c.reported_at, c.assessment_due,
      c.assigned_to,
      (SELECT group_concat(kind) FROM case_kinds k WHERE k.case_id = c.id) AS kinds,
      (c.status = 'new' AND c.assessment_due < '\(now)') AS assessment_overdue,
      (SELECT count(*) FROM measures m WHERE m.case_id = c.id
        AND m.status IN \(awaiting) AND m.due_at < '\(now)') AS overdue_measures
    FROM cases c
    WHERE c.status IN \(open) AND \(condition)
    ORDER BY c.severity_rank DESC, c.reported_at, c.id
    LIMIT 50;
    """
  }

  /// A case with its whole history, people, measures and evidence.
  static func show(reference: String) -> String {
    """
    SELECT * FROM cases WHERE reference = '\(reference)';
    SELECT kind FROM case_kinds WHERE case_id = (SELECT id FROM cases WHERE reference = '\(reference)');
    SELECT p.id, p.role, p.function, p.court, p.related_to, length(p.identity)
      FROM case_targets t JOIN persons p ON p.id = t.person_id
      WHERE t.case_id = (SELECT id FROM cases WHERE reference = '\(reference)') ORDER BY t.position;
    SELECT sequence, change, actor, recorded_at, facts, length(identity) FROM events
      WHERE case_id = (SELECT id FROM cases WHERE reference = '\(reference)') ORDER BY sequence;
    SELECT id, kind, status, authority, due_at FROM measures
      WHERE case_id = (SELECT id FROM cases WHERE reference = '\(reference)');
    SELECT id, source, sha256, size, captured_at FROM evidence
      WHERE case_id = (SELECT id FROM cases WHERE reference = '\(reference)');
    """
  }

  /// The figures of the monthly summary for one window [start, end).
  static func summaryWindow(start s: String, end e: String) -> String {
    let new = "c.reported_at >= '\(s)' AND c.reported_at < '\(e)'"
    return """
      SELECT count(*), count(platform) FROM cases c WHERE \(new);
      SELECT k.kind, count(*) FROM cases c JOIN case_kinds k ON k.case_id = c.id WHERE \(new) GROUP BY k.kind;
      SELECT p.role, count(DISTINCT c.id) FROM cases c JOIN case_targets t ON t.case_id = c.id
        JOIN persons p ON p.id = t.person_id WHERE \(new) GROUP BY p.role;
      SELECT channel, count(*) FROM cases c WHERE \(new) GROUP BY channel;
      SELECT platform, count(*) FROM cases c WHERE \(new) GROUP BY platform;
      SELECT severity, count(*) FROM cases c WHERE \(new) GROUP BY severity;
      SELECT appeal_court, count(*) FROM cases c WHERE \(new) GROUP BY appeal_court;
      SELECT change, count(DISTINCT case_id) FROM events
        WHERE change IN ('escalated', 'resolved', 'closed', 'reopened')
        AND recorded_at >= '\(s)' AND recorded_at < '\(e)' GROUP BY change;
      SELECT count(*) FROM cases c WHERE c.reported_at < '\(e)' AND (c.ended_at IS NULL OR c.ended_at >= '\(e)');
      SELECT count(*) FROM cases c WHERE c.assessment_due >= '\(s)' AND c.assessment_due < '\(e)'
        AND (c.assessed_at IS NULL OR c.assessed_at > c.assessment_due);
      SELECT count(*) FROM measures m WHERE m.due_at >= '\(s)' AND m.due_at < '\(e)' AND m.status IN \(awaiting);
      SELECT julianday(assessed_at) - julianday(reported_at) AS d FROM cases c
        WHERE \(new) AND assessed_at IS NOT NULL ORDER BY d
        LIMIT 1 OFFSET (SELECT count(*) / 2 FROM cases c WHERE \(new) AND assessed_at IS NOT NULL);
      """
  }

  /// Every case of a district, all statuses, as CSV.
  static func export(appealCourt: String) -> String {
    """
    SELECT c.reference, c.status, c.severity, c.assessed, c.court, c.appeal_court,
      c.channel, c.platform, c.occurred_at, c.occurred_precision, c.reported_at,
      c.reported_by, c.assessment_due, c.assessed_at, c.assigned_to,
      c.closure_reason, c.ended_at, c.updated_at,
      (SELECT group_concat(kind, ';') FROM case_kinds k WHERE k.case_id = c.id) AS kinds
    FROM cases c WHERE c.appeal_court = '\(appealCourt)'
    ORDER BY c.severity_rank DESC, c.reported_at, c.id;
    """
  }

  /// One report written by hand: a person, a case, its kind, its target
  /// and its first event, in one transaction (placeholder identity blobs).
  static let report = """
    BEGIN IMMEDIATE;
    INSERT INTO persons (role, function, court, created_at, identity)
      VALUES ('judge', 'jld', 'tj93008', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), randomblob(120));
    INSERT INTO reference_counters (year, last_sequence) VALUES (2099, 1)
      ON CONFLICT (year) DO UPDATE SET last_sequence = last_sequence + 1;
    INSERT INTO cases (reference, year, sequence, status, severity, severity_rank, assessed,
        court, appeal_court, channel, platform, occurred_at, occurred_precision, reported_at,
        reported_by, assessment_due, updated_at, event_count, identity)
      SELECT '2099-' || printf('%06d', last_sequence), 2099, last_sequence, 'new', 'high', 2, 0,
        'tj93008', 'ca_paris', 'social_network', 'x', NULL, NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
        'bench', strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+1 day'),
        strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 1, randomblob(200)
      FROM reference_counters WHERE year = 2099;
    INSERT INTO case_kinds (case_id, kind) VALUES (last_insert_rowid(), 'threat');
    INSERT INTO case_targets (case_id, person_id, position)
      SELECT max(c.id), (SELECT max(id) FROM persons), 0 FROM cases c;
    INSERT INTO events (case_id, sequence, change, actor, recorded_at, facts, identity)
      SELECT max(id), 1, 'reported', 'bench', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
        '{"reportedSeverity":"high"}', randomblob(300) FROM cases;
    COMMIT;
    """

  /// The list query egide runs (Registry+Listing.swift, with a limit):
  /// the cases are chosen from the index columns, then only those are read.
  static func egideList(where condition: String, now: String) -> String {
    """
    SELECT c.reference, c.status, c.severity, c.assessed, c.court,
      c.appeal_court, c.channel, c.platform, c.reported_at, c.assessment_due,
      c.assigned_to, c.closure_reason, substr(c.identity, 1, 1) AS identity,
      (SELECT group_concat(kind) FROM case_kinds k WHERE k.case_id = c.id) AS kinds,
      (c.status = 'new' AND c.assessment_due < '\(now)') AS assessment_overdue,
      (SELECT count(*) FROM measures m WHERE m.case_id = c.id
        AND m.status IN \(awaiting) AND m.due_at < '\(now)') AS overdue_measures
    FROM cases c
    WHERE c.id IN (SELECT c.id FROM cases c WHERE c.status IN \(open) AND \(condition)
      ORDER BY c.severity_rank DESC, c.reported_at, c.id LIMIT 50)
    ORDER BY c.severity_rank DESC, c.reported_at, c.id;
    """
  }

  /// The SQL egide's summary runs when it counts from the cases.
  ///
  /// (Registry+Facts.swift, CaseFactsReader.swift,
  /// StandingFiguresQuery.swift) for a month [start, end) after the
  /// previous one [previous, start): the cases relevant to the two months,
  /// their facts, and the standing figures. Since schema 12 a month that
  /// has ended is read from the running totals instead
  /// (SummaryTotals.swift); this is the path of a period of days or one
  /// not ended.
  static func egideSummary(previous p: String, start s: String, end e: String)
    -> [String]
  {
    let relevant = """
      SELECT id FROM cases WHERE reported_at >= '\(p)' AND reported_at < '\(e)'
      UNION SELECT id FROM cases WHERE assessment_due >= '\(p)' AND assessment_due < '\(e)'
      UNION SELECT case_id FROM events WHERE change IN ('assessed', 'escalated', 'resolved', 'closed', 'reopened', 'measure_requested', 'measure_updated') AND recorded_at >= '\(p)' AND recorded_at < '\(e)'
      UNION SELECT case_id FROM measures WHERE due_at >= '\(p)' AND due_at < '\(e)'
      """
    // egide binds the identifiers found by `relevant` as a JSON array;
    // the plan is the same with the subquery in its place.
    let ids = "(SELECT value FROM json_each('[1,2,3]'))"
    let reopened = "(SELECT case_id FROM events WHERE change = 'reopened')"
    return [
      relevant,
      """
      SELECT c.id, c.reported_at, c.severity, c.appeal_court, c.channel,
        c.platform, c.assessment_due, c.assessed_at,
        (SELECT group_concat(k.kind) FROM case_kinds k WHERE k.case_id = c.id) AS kinds,
        (SELECT group_concat(p.role) FROM case_targets t JOIN persons p ON p.id = t.person_id
          WHERE t.case_id = c.id) AS roles
      FROM cases c WHERE c.id IN \(ids) ORDER BY c.id
      """,
      """
      SELECT e.case_id, e.change, e.recorded_at, json_extract(e.facts, '$.level')
      FROM events e WHERE e.case_id IN \(ids)
        AND +e.change IN ('reported', 'assessed', 'escalated', 'resolved', 'closed', 'reopened', 'measure_requested', 'measure_updated')
      ORDER BY e.case_id, e.sequence
      """,
      """
      SELECT reported_at FROM cases WHERE ended_at IS NULL AND reported_at < '\(e)' AND id NOT IN \(reopened)
      UNION ALL SELECT reported_at FROM cases WHERE ended_at >= '\(e)' AND reported_at < '\(e)' AND id NOT IN \(reopened)
      """,
      """
      SELECT e.case_id, e.change, e.recorded_at, c.reported_at FROM events e JOIN cases c ON c.id = e.case_id
      WHERE e.case_id IN \(reopened) AND +e.change IN ('resolved', 'closed', 'reopened') ORDER BY e.case_id, e.sequence
      """,
      """
      SELECT kind, count(*) FROM measures WHERE status = 'in_place' AND updated_at < '\(e)' AND requested_at < '\(e)' GROUP BY kind
      """,
      "SELECT id, kind FROM measures WHERE updated_at >= '\(e)' AND requested_at < '\(e)'",
      """
      SELECT json_extract(e.facts, '$.measure'), json_extract(e.facts, '$.to') FROM events e
      WHERE e.case_id IN (SELECT case_id FROM measures WHERE updated_at >= '\(e)' AND requested_at < '\(e)')
        AND +e.change = 'measure_updated' AND e.recorded_at < '\(e)' ORDER BY e.case_id, e.sequence
      """,
      "SELECT count(*) FROM cases WHERE reported_at >= '\(s)' AND reported_at < '\(e)'",
      "SELECT count(*) FROM events WHERE change = 'resolved' AND recorded_at >= '\(s)' AND recorded_at < '\(e)'",
    ]
  }

  /// The SQL `egide show` runs for the campaign links of a case: the cases
  /// of its persons, with their kinds, targets and links (CaseLinks,
  /// Registry+Campaigns.swift).
  static func egideShowCampaign(reference: String) -> [String] {
    let targeting = """
      (SELECT case_id FROM case_targets WHERE person_id IN (SELECT person_id FROM case_targets
        WHERE case_id = (SELECT id FROM cases WHERE reference = '\(reference)')))
      """
    return [
      """
      SELECT c.id, c.reference, c.reported_at, c.occurred_at, c.occurred_precision, c.court, c.severity
      FROM cases c WHERE (c.closure_reason IS NULL OR c.closure_reason <> 'duplicate')
        AND c.id IN \(targeting) ORDER BY c.year, c.sequence
      """,
      "SELECT case_id, kind FROM case_kinds WHERE case_id IN \(targeting) ORDER BY case_id, kind",
      "SELECT case_id, person_id FROM case_targets WHERE case_id IN \(targeting) ORDER BY case_id, position",
      """
      SELECT l.case_id, e.id, e.kind FROM case_entities l JOIN entities e ON e.id = l.entity_id
      WHERE l.case_id IN \(targeting)
      """,
    ]
  }
}
