import EgideCore
import Foundation
import GRDB

/// The running totals of summaries (schema 12, as schema 13 extends them): kept by the
/// transaction that changes a case, counted once for a registry upgraded
/// to them, recounted by `egide doctor`, and read by a summary of a month,
/// quarter or year that has ended.
///
/// A period's totals are the sum of what each case adds to it
/// (``SummaryTally/contributions(of:in:)``, from the same facts a summary
/// reads). So a change to a case takes away what the case added before
/// the transaction and adds what it adds after it: ``Writer`` remembers
/// the facts of each case the transaction touches, and at its end reads
/// them again and writes the difference.
///
/// `('summary_totals', VERSION)` in `registry_info` says which way of
/// counting the totals hold (``version``); totals counted another way, or
/// not yet (`pending`, as migrations 12 and 13 leave them), are not read, and
/// are counted again the next time the registry is opened for writing.
enum SummaryTotals {
  /// The way of counting the totals hold.
  ///
  /// What each case adds follows the
  /// definitions of ``SummaryTally`` and ``CaseFactsReader``, the court
  /// list (which courts are administrative) and the categories of roles.
  /// Change it with any of them, so that registries count their totals
  /// again (`SummaryTotalsTests` pins it to a digest of what it depends
  /// on).
  static let version = "counted-2"

  /// Whether the registry keeps totals that can be read: the tables
  /// exist and were counted the way this version counts.
  static func areKept(_ db: Database) throws -> Bool {
    try hasTables(db) && state(db) == version
  }

  /// Whether the registry has the tables but totals counted otherwise, or
  /// not yet: they wait to be counted.
  static func isPending(_ db: Database) throws -> Bool {
    try hasTables(db) && state(db) != version
  }

  /// Whether the registry has every table this version counts into
  /// (schema 13; a registry left at schema 12 by a migration test keeps
  /// no totals this version reads).
  private static func hasTables(_ db: Database) throws -> Bool {
    try db.tableExists("summary_totals") && db.tableExists("summary_backlog")
  }

  private static func state(_ db: Database) throws -> String? {
    try String.fetchOneCached(
      db, sql: "SELECT value FROM registry_info WHERE key = 'summary_totals'")
  }

  /// Counts the totals of every case, if the registry says they wait.
  ///
  /// Call inside a write transaction. Returns whether it counted them.
  @discardableResult
  static func runIfPending(_ db: Database) throws -> Bool {
    // Another process may have counted them since the caller looked.
    guard try isPending(db) else { return false }
    try db.execute(sql: "DELETE FROM summary_totals")
    try db.execute(sql: "DELETE FROM summary_durations")
    try db.execute(sql: "DELETE FROM summary_backlog")
    var calendar = TotalsCalendar()
    var sums: [String: PeriodTotals] = [:]
    try CaseFactsReader(db: db, ids: nil).readByCase { caseID, facts in
      let contributions = SummaryTally.contributions(
        of: facts, in: &calendar)
      add(contributions, to: &sums)
      try insertDurations(contributions, caseID: caseID, db)
    }
    try addCounts(sums, db)
    try db.execute(
      sql: """
        INSERT INTO registry_info (key, value) VALUES ('summary_totals', ?)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value
        """, arguments: [version])
    return true
  }

  /// What differs between the totals kept and the totals the history
  /// gives, one line each: empty when they agree.
  static func differences(_ db: Database) throws -> [String] {
    guard try areKept(db) else { return [] }
    var calendar = TotalsCalendar()
    var sums: [String: PeriodTotals] = [:]
    var problems: [String] = []
    try CaseFactsReader(db: db, ids: nil).readByCase { caseID, facts in
      let contributions = SummaryTally.contributions(
        of: facts, in: &calendar)
      add(contributions, to: &sums)
      var expected: [String] = []
      for (period, totals) in contributions {
        for (list, values) in totals.durations {
          expected += values.map {
            "\(period) \(list) \($0) \(DurationSample.bucket(of: $0))"
          }
        }
      }
      let stored = try Row.fetchAll(
        db.cachedStatement(
          sql: """
            SELECT period, list, days, bucket FROM summary_durations
            WHERE case_id = ?
            """), arguments: [caseID]
      ).map { row -> String in
        "\(row[0] as String) \(row[1] as String) \(row[2] as Double) \(row[3] as Int)"
      }
      if stored.sorted() != expected.sorted() {
        problems.append(
          "case row \(caseID): its durations kept for summaries are not those its history gives"
        )
      }
    }
    var kept: [String: [String: Int]] = [:]
    let rows = try Row.fetchCursor(
      db, sql: "SELECT period, figure, count FROM summary_totals")
    while let row = try rows.next() {
      kept[row[0], default: [:]][row[1]] = row[2]
    }
    var keptBacklog: [String: [Int: Int]] = [:]
    let backlog = try Row.fetchCursor(
      db, sql: "SELECT month, bucket, change FROM summary_backlog")
    while let row = try backlog.next() {
      keptBacklog[row[0], default: [:]][row[1]] = row[2]
    }
    /// One line for each key of a period whose count kept is not the one
    /// the history gives.
    func compare<Key: Hashable & Comparable>(
      _ period: String, kept: [Key: Int], counted: [Key: Int],
      naming name: (Key) -> String
    ) {
      for key in Set(kept.keys).union(counted.keys).sorted()
      where kept[key] != counted[key] {
        problems.append(
          "\(period) \(name(key)): \(kept[key] ?? 0) kept where the history gives \(counted[key] ?? 0)"
        )
      }
    }
    for period in Set(kept.keys).union(keptBacklog.keys).union(sums.keys)
      .sorted()
    {
      compare(
        period, kept: kept[period] ?? [:],
        counted: sums[period]?.counts ?? [:]
      ) { $0 }
      compare(
        period, kept: keptBacklog[period] ?? [:],
        counted: sums[period]?.openByBucket ?? [:]
      ) { bucket in
        // A bucket edited out of any date's range is named by number.
        let reported =
          BacklogAges.isPlausible(bucket)
          ? StoredDate.string(from: BacklogAges.instants(in: bucket).upTo)
          : "bucket \(bucket)"
        return "open reported up to \(reported)"
      }
    }
    return problems
  }

  /// The totals of one period as a summary reads them, or nil when the
  /// registry keeps none that can be read, or a list of durations lacks
  /// the rows its count says (totals edited outside Égide, which `doctor`
  /// names; the summary is then counted from the cases).
  ///
  /// Without `durations` (the period a summary compares with, of which
  /// it gives no median), only the counts are read.
  static func recorded(
    period: String, durations readsDurations: Bool = true, _ db: Database
  ) throws -> RecordedTotals? {
    guard try areKept(db) else { return nil }
    var counts: [String: Int] = [:]
    let rows = try Row.fetchCursor(
      db.cachedStatement(
        sql: "SELECT figure, count FROM summary_totals WHERE period = ?"),
      arguments: [period])
    while let row = try rows.next() { counts[row[0]] = row[1] }
    var durations: [String: DurationSample] = [:]
    guard readsDurations else {
      return RecordedTotals(counts: counts, durations: durations)
    }
    var buckets: [String: [(bucket: Int, count: Int)]] = [:]
    for (key, count) in counts {
      guard let (list, bucket) = PeriodTotals.listAndBucket(of: key) else {
        continue
      }
      buckets[list, default: []].append((bucket, count))
    }
    let prefix = PeriodTotals.countKey(of: "")
    for (key, count) in counts where key.hasPrefix(prefix) && count > 0 {
      let list = String(key.dropFirst(prefix.count))
      let byBucket = (buckets[list] ?? []).sorted { $0.bucket < $1.bucket }
      // Counts edited beyond any registry's size are not added up.
      guard count < Int32.max,
        byBucket.allSatisfy({ $0.count > 0 && $0.count < Int32.max }),
        byBucket.map(\.count).reduce(0, +) == count
      else { return nil }
      var values: [Int: Double] = [:]
      for q in RecordedTotals.quantiles {
        let rank = DurationSample.rank(of: q, among: count)
        // The bucket holding the rank-th smallest, then a step along
        // (period, list, bucket, days) within it.
        var before = 0
        guard
          let bucket = byBucket.first(where: {
            before += $0.count
            return before >= rank
          })
        else { return nil }
        guard
          let value = try Double.fetchOne(
            db.cachedStatement(
              sql: """
                SELECT days FROM summary_durations
                WHERE period = ? AND list = ? AND bucket = ?
                ORDER BY days LIMIT 1 OFFSET ?
                """),
            arguments: [
              period, list, bucket.bucket, rank - (before - bucket.count) - 1,
            ])
        else { return nil }
        values[rank] = value
      }
      durations[list] = DurationSample(count: count, valuesAtRanks: values)
    }
    return RecordedTotals(counts: counts, durations: durations)
  }

  /// The standing figures of a summary of a period the totals keep.
  ///
  /// The trend's months are those months' own new and
  /// resolved cases; the cases open at the end of the previous period and
  /// the measures in place at the end of the period are the monthly
  /// changes added up to then (``SummaryTally/standingChanges(of:in:)``).
  /// So are the cases open at the end by when they were reported
  /// (``BacklogAges/bucket(of:)``), which give the backlog's age
  /// brackets; only the open cases of the two buckets its median and
  /// 90th percentile fall in are read from the cases, to give their exact
  /// ages. Changes that do not add up (edited outside Égide, which
  /// `doctor` names) are set aside for the list of every open case: the
  /// buckets must hold as many cases as the months' `open.change` sum
  /// to, and each quantile's bucket as many open cases as it says.
  static func standingFigures(of scope: SummaryScope, _ db: Database) throws
    -> StandingFigures
  {
    let zone = TotalsCalendar().timeZone
    /// The label of the month that ends at an instant.
    func month(endingAt instant: Date) -> String {
      SummaryTally.monthKey(instant.addingTimeInterval(-1), in: zone)
    }
    let one = try db.cachedStatement(
      sql: "SELECT count FROM summary_totals WHERE period = ? AND figure = ?")
    let months = try scope.months.map { range in
      let label = SummaryTally.monthKey(range.lowerBound, in: zone)
      return StandingFigures.Month(
        new: try Int.fetchOne(one, arguments: [label, "new"]) ?? 0,
        resolved: try Int.fetchOne(one, arguments: [label, "resolved"]) ?? 0)
    }
    // Only months hold these changes: `period <=` a month's label takes
    // every month up to it.
    func openAt(_ instant: Date) throws -> Int {
      try Int.fetchOne(
        db.cachedStatement(
          sql: """
            SELECT coalesce(sum(count), 0) FROM summary_totals
            WHERE figure = ? AND period <= ?
            """),
        arguments: [SummaryTally.openChange, month(endingAt: instant)]) ?? 0
    }
    let openAtPreviousEnd = try openAt(scope.previous.upperBound)
    var inPlace: [MeasureKind: Int] = [:]
    let changes = try Row.fetchCursor(
      db.cachedStatement(
        sql: """
          SELECT figure, sum(count) FROM summary_totals
          WHERE figure LIKE 'in_place.change.%' AND period <= ?
          GROUP BY figure
          """),
      arguments: [month(endingAt: scope.period.upperBound)])
    while let row = try changes.next() {
      for kind in MeasureKind.allCases
      where SummaryTally.inPlaceChange(kind) == row[0] {
        inPlace[kind] = row[1]
      }
    }
    let end = scope.period.upperBound
    var countsByBucket: [Int: Int] = [:]
    let buckets = try Row.fetchCursor(
      db.cachedStatement(
        sql: """
          SELECT bucket, sum(change) FROM summary_backlog WHERE month <= ?
          GROUP BY bucket HAVING sum(change) != 0
          """), arguments: [month(endingAt: end)])
    while let row = try buckets.next() { countsByBucket[row[0]] = row[1] }
    let query = StandingFiguresQuery(db: db, scope: scope)
    var fromBuckets: BacklogAges?
    if try openAt(end) == BacklogAges.total(of: countsByBucket) {
      fromBuckets = try BacklogAges(end: end, countsByBucket: countsByBucket) {
        bucket in
        let instants = BacklogAges.instants(in: bucket)
        return try query.openAtEnd(
          reportedAfter: instants.after, upTo: instants.upTo)
      }
    }
    let backlog =
      try fromBuckets
      ?? BacklogAges(reportedAt: try query.openAtEnd(), end: end)
    return StandingFigures(
      backlog: backlog,
      openAtPreviousEnd: openAtPreviousEnd, measuresInPlace: inPlace,
      months: months)
  }

  /// Adds the counts of each period's contributions (`times` -1 takes
  /// them away) to sums kept in memory.
  static func add(
    _ contributions: [String: PeriodTotals],
    to sums: inout [String: PeriodTotals], times sign: Int = 1
  ) {
    for (period, totals) in contributions {
      for (key, count) in totals.counts {
        sums[period, default: PeriodTotals()].add(sign * count, to: key)
      }
      for (bucket, change) in totals.openByBucket {
        sums[period, default: PeriodTotals()].add(
          sign * change, toOpenIn: bucket)
      }
    }
  }

  /// Adds counts, and changes to the cases open by bucket, to the totals,
  /// dropping those that come to zero.
  static func addCounts(_ sums: [String: PeriodTotals], _ db: Database)
    throws
  {
    /// Adds to the row of a table of sums, and drops the row when it
    /// comes to zero: `key` names the two columns of its primary key.
    func adder(_ table: String, key: (String, String), sum: String) throws
      -> (Int, any DatabaseValueConvertible, any DatabaseValueConvertible)
      throws ->
      Void
    {
      let upsert = try db.cachedStatement(
        sql: """
          INSERT INTO \(table) (\(key.0), \(key.1), \(sum)) VALUES (?, ?, ?)
          ON CONFLICT (\(key.0), \(key.1)) DO UPDATE SET \(sum) = \(sum) + excluded.\(sum)
          RETURNING \(sum)
          """)
      let drop = try db.cachedStatement(
        sql: "DELETE FROM \(table) WHERE \(key.0) = ? AND \(key.1) = ?")
      return { change, first, second in
        let total = try Int.fetchOne(
          upsert, arguments: [first, second, change])
        if total == 0 { try drop.execute(arguments: [first, second]) }
      }
    }
    let addCount = try adder(
      "summary_totals", key: ("period", "figure"), sum: "count")
    let addOpen = try adder(
      "summary_backlog", key: ("bucket", "month"), sum: "change")
    for (period, totals) in sums {
      for (figure, count) in totals.counts where count != 0 {
        try addCount(count, period, figure)
      }
      for (bucket, change) in totals.openByBucket where change != 0 {
        try addOpen(change, bucket, period)
      }
    }
  }

  /// Writes the durations a case adds to each period.
  static func insertDurations(
    _ contributions: [String: PeriodTotals], caseID: Int64, _ db: Database
  ) throws {
    let insert = try db.cachedStatement(
      sql: """
        INSERT INTO summary_durations (period, list, days, bucket, case_id)
        VALUES (?, ?, ?, ?, ?)
        """)
    for (period, totals) in contributions {
      for (list, values) in totals.durations {
        for days in values {
          try insert.execute(
            arguments: [
              period, list, days, DurationSample.bucket(of: days), caseID,
            ])
        }
      }
    }
  }

  /// Keeps the totals in line with the cases one transaction changes.
  ///
  /// Told of each case before it changes (``willChange(caseID:)``) or
  /// when it is new (``didReport(caseID:)``); ``finish()``, at the end of
  /// the transaction, reads the facts of those cases as they now are and
  /// writes the difference.
  final class Writer {
    private let db: Database
    private var kept: Bool?
    /// The facts of each case touched, as they were before the
    /// transaction touched it; nil for a case it created.
    private var before: [Int64: CaseFacts?] = [:]

    init(db: Database) { self.db = db }

    private func isKept() throws -> Bool {
      if let kept { return kept }
      let answer = try SummaryTotals.areKept(db)
      kept = answer
      return answer
    }

    /// Remembers a case's facts before a change that may alter them.
    func willChange(caseID: Int64) throws {
      guard try isKept(), before.index(forKey: caseID) == nil else { return }
      var facts: CaseFacts?
      try CaseFactsReader(db: db, ids: [caseID]).read { facts = $0 }
      before.updateValue(facts, forKey: caseID)
    }

    /// Notes a case written in this transaction.
    func didReport(caseID: Int64) throws {
      guard try isKept() else { return }
      before.updateValue(nil, forKey: caseID)
    }

    /// Writes what the cases touched now add to the totals, less what
    /// they added before.
    func finish() throws {
      guard !before.isEmpty else { return }
      defer { before = [:] }
      var calendar = TotalsCalendar()
      var sums: [String: PeriodTotals] = [:]
      try CaseFactsReader(db: db, ids: before.keys.sorted()).readByCase {
        caseID, facts in
        let old = before[caseID] ?? nil
        let added = SummaryTally.contributions(of: facts, in: &calendar)
        SummaryTotals.add(added, to: &sums)
        if let old {
          SummaryTotals.add(
            SummaryTally.contributions(of: old, in: &calendar), to: &sums,
            times: -1)
          try db.cachedStatement(
            sql: "DELETE FROM summary_durations WHERE case_id = ?"
          ).execute(arguments: [caseID])
        }
        try SummaryTotals.insertDurations(added, caseID: caseID, db)
      }
      try SummaryTotals.addCounts(sums, db)
    }
  }
}
