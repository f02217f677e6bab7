import EgideCore
import Foundation
import GRDB

/// Counts the ``StandingFigures`` of a summary with SQL, reading only the
/// cases still open or changed since the instants counted, never every
/// case.
///
/// It relies on what the lifecycle guarantees of the query columns:
/// `cases.ended_at` is when the last resolution or closure was recorded,
/// NULL once reopened; a case never reopened was resolved or closed at most
/// once; `measures.status` and `measures.updated_at` are the status and
/// instant of the last change of the measure. Cases that were reopened,
/// and measures changed after the instant counted, are followed through
/// their events instead.
struct StandingFiguresQuery {
  let db: Database
  let scope: SummaryScope

  /// Every standing figure of the scope.
  func figures() throws -> StandingFigures {
    let end = scope.period.upperBound
    let previousEnd = scope.previous.upperBound
    let reopened = try reopenedCases()
    let openAtPreviousEnd =
      try countOpenNeverReopened(at: previousEnd)
      + reopened.filter { $0.isOpen(at: previousEnd) }.count
    return StandingFigures(
      backlog: BacklogAges(
        reportedAt: try openAtEnd(reopened: reopened), end: end),
      openAtPreviousEnd: openAtPreviousEnd,
      measuresInPlace: try measuresInPlace(at: end),
      months: try scope.months.map { month in
        try StandingFigures.Month(
          new: count(
            "SELECT count(*) FROM cases WHERE reported_at >= ? AND reported_at < ?",
            month),
          // The cases whose last ending in the month is a resolution,
          // as the overview counts them (SQLite takes `change` from the
          // row of max(sequence)).
          resolved: count(
            """
            SELECT count(*) FROM (
              SELECT change, max(sequence) FROM events
              WHERE change IN ('resolved', 'closed', 'reopened')
                AND recorded_at >= ? AND recorded_at < ?
              GROUP BY case_id)
            WHERE change = 'resolved'
            """, month))
      })
  }

  /// When each case open at the end of the period was reported (the
  /// facts of the reopened cases, when already read, given).
  func openAtEnd(reopened: [CaseFacts]? = nil) throws -> [Date] {
    let end = scope.period.upperBound
    return try openNeverReopened(at: end)
      + (reopened ?? reopenedCases()).filter { $0.isOpen(at: end) }
      .map(\.reportedAt)
  }

  /// When each case open at the end of the period and reported after
  /// `after`, up to and including `upTo`, was reported: a range search
  /// on `cases_by_reported_at`.
  func openAtEnd(reportedAfter after: Date, upTo: Date) throws -> [Date] {
    let end = scope.period.upperBound
    return try dates(
      try db.cachedStatement(
        sql: Self.openNeverReopened(reportedInRange: true)),
      [
        StoredDate.string(from: end), StoredDate.string(from: after),
        StoredDate.string(from: upTo),
      ])
      + (try reopenedCases(reportedAfter: after, upTo: upTo))
      .filter { $0.isOpen(at: end) }.map(\.reportedAt)
  }

  /// The cases never reopened and open at an instant: reported before it,
  /// and not ended or ended at or after it (`?1` the instant); when
  /// `reportedInRange`, only those reported after `?2`, up to and
  /// including `?3`.
  ///
  /// In a range, `+reported_at < ?1` keeps SQLite from taking the
  /// instant, rather than `?3`, as the upper bound of its index search:
  /// it would then step through every case reported since `?2`.
  static func openNeverReopened(reportedInRange: Bool = false) -> String {
    let reported =
      reportedInRange
      ? "+reported_at < ?1 AND reported_at > ?2 AND reported_at <= ?3"
      : "reported_at < ?1"
    return """
      SELECT reported_at FROM cases
      WHERE ended_at IS NULL AND \(reported)
        AND id NOT IN (SELECT case_id FROM events WHERE change = 'reopened')
      UNION ALL
      SELECT reported_at FROM cases
      WHERE ended_at >= ?1 AND \(reported)
        AND id NOT IN (SELECT case_id FROM events WHERE change = 'reopened')
      """
  }

  /// When each case never reopened and open at `instant` was reported.
  func openNeverReopened(at instant: Date) throws -> [Date] {
    try dates(
      try db.makeStatement(sql: Self.openNeverReopened()),
      [StoredDate.string(from: instant)])
  }

  /// The stored instants a statement answers, one a row.
  private func dates(_ statement: Statement, _ arguments: StatementArguments)
    throws -> [Date]
  {
    let rows = try String.fetchCursor(statement, arguments: arguments)
    var dates: [Date] = []
    while let text = try rows.next() {
      dates.append(try StoredDate.date(from: text))
    }
    return dates
  }

  /// How many cases never reopened were open at `instant`.
  func countOpenNeverReopened(at instant: Date) throws -> Int {
    try Int.fetchOne(
      db, sql: "SELECT count(*) FROM (\(Self.openNeverReopened()))",
      arguments: [StoredDate.string(from: instant)]) ?? 0
  }

  /// The facts of every reopened case that matter to being open: when it
  /// was reported, and its resolutions, closures and reopenings (read by
  /// case from the few reopened ones: `+e.change`).
  ///
  /// Given `after` and `upTo`, only those reported after the one, up to
  /// and including the other.
  func reopenedCases(reportedAfter after: Date? = nil, upTo: Date? = nil)
    throws -> [CaseFacts]
  {
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT e.case_id, e.change, e.recorded_at, c.reported_at
        FROM events e JOIN cases c ON c.id = e.case_id
        WHERE e.case_id IN (SELECT case_id FROM events WHERE change = 'reopened')
          AND +e.change IN ('resolved', 'closed', 'reopened')
          AND (?1 IS NULL OR c.reported_at > ?1)
          AND (?2 IS NULL OR c.reported_at <= ?2)
        ORDER BY e.case_id, e.sequence
        """,
      arguments: [
        after.map(StoredDate.string(from:)), upTo.map(StoredDate.string(from:)),
      ])
    var cases: [CaseFacts] = []
    var last: Int64?
    while let row = try rows.next() {
      let id: Int64 = row["case_id"]
      if id != last {
        cases.append(
          CaseFacts(
            reportedAt: try StoredDate.date(from: row["reported_at"]),
            kinds: [], roleCategories: [], appealCourt: nil, channel: .other,
            platform: nil, severity: nil, assessmentDue: .distantPast,
            assessedAt: nil, escalations: [], endings: [], measures: []))
        last = id
      }
      let at = try StoredDate.date(from: row["recorded_at"])
      let ending: CaseFacts.Ending =
        switch row["change"] as String {
        case "resolved": .resolved
        case "reopened": .reopened
        // The reason does not matter to being open.
        default: .closed(.unfounded)
        }
      cases[cases.count - 1].endings.append((ending, at))
    }
    return cases
  }

  /// How many measures of each kind were in place at `instant`.
  ///
  /// A measure requested before it and not changed since has its current
  /// status; one changed since is followed through its events.
  func measuresInPlace(at instant: Date) throws -> [MeasureKind: Int] {
    let at = StoredDate.string(from: instant)
    func kind(_ text: String) throws -> MeasureKind {
      guard let kind = MeasureKind(rawValue: text) else {
        throw StoreError(.corruptValue, "a measure row holds an unknown kind")
      }
      return kind
    }
    var counts: [MeasureKind: Int] = [:]
    let settled = try Row.fetchCursor(
      db,
      sql: """
        SELECT kind, count(*) FROM measures
        WHERE status = 'in_place' AND updated_at < ? AND requested_at < ?
        GROUP BY kind
        """, arguments: [at, at])
    while let row = try settled.next() {
      counts[try kind(row[0]), default: 0] += row[1]
    }
    var changedSince: [Int64: MeasureKind] = [:]
    let changed = try Row.fetchCursor(
      db,
      sql: """
        SELECT id, kind FROM measures WHERE updated_at >= ? AND requested_at < ?
        """, arguments: [at, at])
    while let row = try changed.next() {
      changedSince[row[0]] = try kind(row[1])
    }
    guard !changedSince.isEmpty else { return counts }
    // The last status each changed measure reached before the instant
    // (`+e.change`: by case, from the few cases concerned).
    var statusAt: [Int64: String] = [:]
    let changes = try Row.fetchCursor(
      db,
      sql: """
        SELECT json_extract(e.facts, '$.measure') AS measure,
          json_extract(e.facts, '$.to') AS status
        FROM events e
        WHERE e.case_id IN (SELECT case_id FROM measures
            WHERE updated_at >= ? AND requested_at < ?)
          AND +e.change = 'measure_updated' AND e.recorded_at < ?
        ORDER BY e.case_id, e.sequence
        """, arguments: [at, at, at])
    while let row = try changes.next() {
      guard let measure = row[0] as Int64?, changedSince[measure] != nil
      else { continue }
      statusAt[measure] = row[1]
    }
    for (measure, kind) in changedSince
    where statusAt[measure] == MeasureStatus.inPlace.rawValue {
      counts[kind, default: 0] += 1
    }
    return counts
  }

  /// A count over a half-open range of instants.
  private func count(_ sql: String, _ range: Range<Date>) throws -> Int {
    try Int.fetchOne(
      db.cachedStatement(sql: sql),
      arguments: [
        StoredDate.string(from: range.lowerBound),
        StoredDate.string(from: range.upperBound),
      ]) ?? 0
  }
}
