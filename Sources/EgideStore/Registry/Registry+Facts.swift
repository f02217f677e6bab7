import EgideCore
import Foundation
import GRDB

/// Reading the anonymous facts of cases, for summaries.
extension Registry {
  /// The facts of every case, from clear columns and event facts only:
  /// no identity is read, so this works without them.
  public func caseFacts() throws -> [CaseFacts] {
    try read { db in
      var facts: [CaseFacts] = []
      try CaseFactsReader(db: db, ids: nil).read { facts.append($0) }
      return facts
    }
  }

  /// Reads what a summary of `scope` needs, in one snapshot of the
  /// registry, without reading every case.
  ///
  /// `body` receives the facts of each case relevant to the scope (see
  /// ``SummaryScope``), one at a time in case order; the figures that
  /// depend on every case are counted by SQL and returned. Together they
  /// give the summary that the facts of every case give.
  public func summaryFacts(
    for scope: SummaryScope, each body: (CaseFacts) throws -> Void
  ) throws -> StandingFigures {
    try read { db in
      let (sql, arguments) = Self.relevantCases(
        to: scope, protections: try db.tableExists("protection_requests"))
      let ids = try Int64.fetchAll(db, sql: sql, arguments: arguments)
      try CaseFactsReader(db: db, ids: ids).read(body)
      return try StandingFiguresQuery(db: db, scope: scope).figures()
    }
  }

  /// Reads what a summary of `scope` needs from the running totals of its
  /// period (`current`, a label such as `2026-11`) and of the one before
  /// (`previous`), in one snapshot of the registry: nil when the registry
  /// keeps no totals that can be read (schema before 13, or not counted
  /// yet), and the summary must then read the cases
  /// (``summaryFacts(for:each:)``).
  ///
  /// The totals count every deadline of their period as passed: ask only
  /// for periods that have ended.
  public func summaryTotals(
    for scope: SummaryScope, current: String, previous: String
  ) throws -> (
    current: RecordedTotals, previous: RecordedTotals,
    standing: StandingFigures
  )? {
    try read { db in
      guard let currentTotals = try SummaryTotals.recorded(period: current, db),
        let previousTotals = try SummaryTotals.recorded(
          period: previous, durations: false, db)
      else { return nil }
      return (
        currentTotals, previousTotals,
        try SummaryTotals.standingFigures(of: scope, db)
      )
    }
  }

  /// What differs between the running totals of summaries and what the
  /// history of the cases gives, one line each (empty when they agree,
  /// or when the registry keeps none).
  public func summaryTotalsDifferences() throws -> [String] {
    try read { db in try SummaryTotals.differences(db) }
  }

  /// The SQL selecting the cases reported, changed or due within the span
  /// of a scope, with its arguments.
  ///
  /// Each branch is a range search on an index of migration 7.
  ///
  /// A protection fonctionnelle whose two months of silence end within
  /// the span makes its case relevant (its day, widened by one on each
  /// side: the day starts in Paris, the span's bounds are UTC instants).
  static func relevantCases(to scope: SummaryScope, protections: Bool) -> (
    String, StatementArguments
  ) {
    let start = StoredDate.string(from: scope.span.lowerBound)
    let end = StoredDate.string(from: scope.span.upperBound)
    let silences =
      protections
      ? """

      UNION SELECT m.case_id FROM protection_requests p
        JOIN measures m ON m.id = p.id
        WHERE p.silence_ends >= date(?, '-1 day')
        AND p.silence_ends <= date(?, '+1 day')
      """ : ""
    return (
      """
      SELECT id FROM cases WHERE reported_at >= ? AND reported_at < ?
      UNION SELECT id FROM cases
        WHERE assessment_due >= ? AND assessment_due < ?
      UNION SELECT case_id FROM events
        WHERE change IN ('assessed', 'escalated', 'resolved', 'closed',
          'reopened', 'measure_requested', 'measure_updated')
        AND recorded_at >= ? AND recorded_at < ?
      UNION SELECT case_id FROM measures WHERE due_at >= ? AND due_at < ?
      """ + silences,
      StatementArguments(
        [start, end, start, end, start, end, start, end]
          + (protections
            ? [String(start.prefix(10)), String(end.prefix(10))] : []))
    )
  }
}
