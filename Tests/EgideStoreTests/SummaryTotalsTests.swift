import EgideCore
import EgideReports
import EgideTestSupport
import Foundation
import GRDB
import Testing

@testable import EgideStore

@Suite("Running totals of summaries")
struct SummaryTotalsTests {
  static let zone = StoreFixture.paris
  /// After every period compared has ended.
  static let generatedAt = StoreFixture.paris(2027, 6, 1, 9)

  /// Every month, quarter and year the random registries cover, and some
  /// they do not.
  static func periods() throws -> [ReportingPeriod] {
    var periods: [ReportingPeriod] = []
    for year in 2025...2027 {
      periods.append(try .year(String(year), timeZone: zone))
      for quarter in 1...4 {
        periods.append(try .quarter("\(year)-Q\(quarter)", timeZone: zone))
      }
      for month in 1...12 {
        periods.append(
          try .month(String(format: "%04d-%02d", year, month), timeZone: zone))
      }
    }
    return periods.filter { $0.end <= generatedAt }
  }

  /// The summary of `period` from the running totals, and the one from
  /// the facts of every case (the definition).
  static func bothSummaries(_ registry: Registry, _ period: ReportingPeriod)
    throws -> (totals: SummaryReport, cases: SummaryReport)
  {
    let builder = SummaryBuilder(period: period, generatedAt: generatedAt)
    let kept = try #require(
      try registry.summaryTotals(
        for: builder.scope, current: period.label,
        previous: period.previous.label))
    let tally = SummaryTally(
      period: period, generatedAt: generatedAt, current: kept.current,
      previous: kept.previous)
    return (
      builder.build(tally, standing: kept.standing),
      builder.build(try registry.caseFacts())
    )
  }

  /// A random registry: cases reported in one transaction, then rounds
  /// of later transactions that change cases already there (several
  /// changes to one case in one transaction, some dated before earlier
  /// ones).
  static func randomRegistry(
    _ registry: Registry, seed: UInt64, cases: Int = 120
  ) throws {
    var random = SeededGenerator(state: seed)
    try RandomRegistry.fill(registry, count: cases, using: &random)
    let references = try registry.read { db in
      try String.fetchAll(db, sql: "SELECT reference FROM cases")
        .map { try CaseReference.parse($0) }
    }
    for _ in 0..<8 {
      try registry.transaction { tx in
        for _ in 0..<Int.random(in: 1...12, using: &random) {
          guard let reference = references.randomElement(using: &random)
          else { continue }
          let from = Date(
            timeIntervalSince1970: Double.random(
              in: RandomRegistry.first
                .timeIntervalSince1970..<RandomRegistry
                .last.timeIntervalSince1970, using: &random))
          try RandomRegistry.history(
            of: reference, from: from, others: references, tx: tx,
            using: &random)
        }
      }
    }
  }

  @Test(
    "a summary from the running totals equals the summary from every case, for every month, quarter and year",
    arguments: [1, 2, 3] as [UInt64])
  func totalsEqualTheCases(seed: UInt64) throws {
    try withRegistry { registry in
      try Self.randomRegistry(registry, seed: seed)
      #expect(try registry.summaryTotalsDifferences() == [])
      var compared = 0
      for period in try Self.periods() {
        let (totals, cases) = try Self.bothSummaries(registry, period)
        #expect(
          totals.statistics == cases.statistics,
          "seed \(seed), \(period.label): \(SummaryFactsTests.differences(cases, totals))"
        )
        #expect(totals.tables == cases.tables, "seed \(seed) \(period.label)")
        #expect(
          totals.extraLines == cases.extraLines, "seed \(seed) \(period.label)")
        // The backlog came from the buckets, not from listing the cases.
        #expect(
          try Self.backlogFromBuckets(registry, period) != nil,
          "seed \(seed) \(period.label)")
        if (cases["new@current"].value ?? 0) > 0 { compared += 1 }
      }
      // Most periods had cases: the comparison was not of empty tables.
      #expect(compared > 15)
    }
  }

  @Test(
    "a registry upgraded to schema 12 counts its totals when next opened for writing"
  )
  func upgradedRegistryCountsItsTotals() throws {
    try withRegistryPath { path in
      let before = Array(Migration.shipped.prefix { $0.version < 12 })
      do {
        let registry = try Registry.create(at: path, migrations: before)
        var random = SeededGenerator(state: 9)
        try RandomRegistry.fill(registry, count: 60, using: &random)
      }
      let reader = try Registry.open(at: path)
      #expect(try reader.summaryTotalsDifferences() == [])
      let kept = try reader.read { db in
        try Int.fetchOne(db, sql: "SELECT sum(count) FROM summary_totals") ?? 0
      }
      #expect(kept > 0)
      let period = try ReportingPeriod.quarter("2026-Q1", timeZone: Self.zone)
      let (totals, cases) = try Self.bothSummaries(reader, period)
      #expect(totals.statistics == cases.statistics)
    }
  }

  @Test(
    "a registry whose totals wait to be counted is summarised from its cases")
  func pendingTotalsAreNotRead() throws {
    try withRegistry { registry in
      _ = try registry.log(
        try StoreFixture.newCase(now: StoreFixture.paris(2026, 10, 6, 10)),
        at: StoreFixture.paris(2026, 10, 6, 10))
      let period = try ReportingPeriod.month("2026-10", timeZone: Self.zone)
      let scope = SummaryBuilder(period: period, generatedAt: Self.generatedAt)
        .scope
      #expect(
        try registry.summaryTotals(
          for: scope, current: "2026-10", previous: "2026-09") != nil)
      try registry.write { db in
        try db.execute(
          sql:
            "UPDATE registry_info SET value = 'pending' WHERE key = 'summary_totals'"
        )
      }
      #expect(
        try registry.summaryTotals(
          for: scope, current: "2026-10", previous: "2026-09") == nil)
    }
  }

  @Test("the recount names a running total that differs from the history")
  func recountNamesADifference() throws {
    try withRegistry { registry in
      try Self.randomRegistry(registry, seed: 4, cases: 40)
      #expect(try registry.summaryTotalsDifferences() == [])
      let changed = try registry.write { db -> String in
        let period = try #require(
          try String.fetchOne(
            db,
            sql:
              "SELECT period FROM summary_totals WHERE figure = 'new' ORDER BY period LIMIT 1"
          ))
        try db.execute(
          sql:
            "UPDATE summary_totals SET count = count + 2 WHERE period = ? AND figure = 'new'",
          arguments: [period])
        return period
      }
      let differences = try registry.summaryTotalsDifferences()
      #expect(differences.count == 1)
      #expect(
        differences.first?.hasPrefix("\(changed) new: ") == true,
        "\(differences)")
    }
  }

  @Test(
    "a case changed in the same transaction as it is reported counts once, as it ends"
  )
  func reportAndChangeInOneTransaction() throws {
    try withRegistry { registry in
      let reported = StoreFixture.paris(2026, 9, 14, 10)
      try registry.transaction { tx in
        let reference = try tx.report(
          try StoreFixture.newCase(now: reported), by: StoreFixture.actor,
          at: reported, deadlines: .standard, calendar: StoreFixture.calendar)
        try tx.record(reference) {
          try $0.assess(
            severity: .high, factors: [], by: StoreFixture.actor,
            at: StoreFixture.paris(2026, 9, 15, 10))
        }
        try tx.record(reference) {
          try $0.resolve(
            outcome: "Issue fictive", by: StoreFixture.actor,
            at: StoreFixture.paris(2026, 10, 2, 10))
        }
      }
      let counts = try registry.read { db in
        try Dictionary(
          uniqueKeysWithValues: Row.fetchAll(
            db,
            sql: """
              SELECT period || ' ' || figure, count FROM summary_totals
              WHERE figure IN ('new', 'resolved')
              """
          ).map { ($0[0] as String, $0[1] as Int) })
      }
      #expect(
        counts == [
          "2026-09 new": 1, "2026-Q3 new": 1, "2026 new": 1,
          "2026-10 resolved": 1, "2026-Q4 resolved": 1, "2026 resolved": 1,
        ])
      #expect(try registry.summaryTotalsDifferences() == [])
    }
  }

  @Test(
    "counts by bucket that do not add up to their list's count are not read: the summary counts from the cases"
  )
  func bucketCountsThatDoNotAddUpAreNotRead() throws {
    try withRegistry { registry in
      try Self.randomRegistry(registry, seed: 6, cases: 60)
      let period = "2026-03"
      let month = try ReportingPeriod.month(period, timeZone: Self.zone)
      let scope = SummaryBuilder(period: month, generatedAt: Self.generatedAt)
        .scope
      #expect(
        try registry.summaryTotals(
          for: scope, current: period, previous: month.previous.label) != nil)
      try registry.write { db in
        try db.execute(
          sql: """
            UPDATE summary_totals SET count = count + 1
            WHERE period = ? AND figure = (
              SELECT figure FROM summary_totals
              WHERE period = ? AND figure LIKE 'bucket.%' LIMIT 1)
            """, arguments: [period, period])
        #expect(db.changesCount == 1)
      }
      #expect(
        try registry.summaryTotals(
          for: scope, current: period, previous: month.previous.label) == nil)
      #expect(try registry.summaryTotalsDifferences().count == 1)
    }
  }

  /// The backlog at the end of `period` from the buckets the registry
  /// keeps, each bucket's open cases taken from every case: nil when the
  /// buckets cannot give it (and a summary would list the open cases).
  static func backlogFromBuckets(
    _ registry: Registry, _ period: ReportingPeriod
  )
    throws -> BacklogAges?
  {
    let month = SummaryTally.monthKey(
      period.end.addingTimeInterval(-1), in: zone)
    let counts = try registry.read { db in
      try Dictionary(
        uniqueKeysWithValues: Row.fetchAll(
          db,
          sql: """
            SELECT bucket, sum(change) FROM summary_backlog WHERE month <= ?
            GROUP BY bucket HAVING sum(change) != 0
            """, arguments: [month]
        ).map { ($0[0] as Int, $0[1] as Int) })
    }
    let open = try registry.caseFacts().filter { $0.isOpen(at: period.end) }
    return BacklogAges(end: period.end, countsByBucket: counts) { bucket in
      let range = BacklogAges.instants(in: bucket)
      return open.map(\.reportedAt).filter {
        $0 > range.after && $0 <= range.upTo
      }
    }
  }

  /// The backlog of a summary of `month` from the running totals, and the
  /// one from every case: brackets, then median and 90th percentile.
  static func bothBacklogs(_ registry: Registry, _ month: ReportingPeriod)
    throws -> (totals: [Double?], cases: [Double?])
  {
    let (totals, cases) = try bothSummaries(registry, month)
    func figures(_ report: SummaryReport) -> [Double?] {
      BacklogAges.brackets.map {
        report[SummaryFigure.openAged($0.key).id].value
      }
        + [
          report[SummaryFigure.openAge(.median).id].value,
          report[SummaryFigure.openAge(.p90).id].value,
        ]
    }
    return (figures(totals), figures(cases))
  }

  @Test(
    "cases reported exactly 30 days before a month's end, and a millisecond later, fall in the brackets the summary from every case gives"
  )
  func backlogBracketBoundFromTotals() throws {
    try withRegistry { registry in
      // 1 November in winter time, 2 October in summer time.
      let end = StoreFixture.paris(2026, 11, 1)
      let bound = end.addingTimeInterval(-30 * 86_400)
      for reported in [
        bound, bound.addingTimeInterval(0.001), bound.addingTimeInterval(-7),
      ] {
        _ = try registry.log(
          try StoreFixture.newCase(now: reported), at: reported)
      }
      let month = try ReportingPeriod.month("2026-10", timeZone: Self.zone)
      let (totals, cases) = try Self.bothBacklogs(registry, month)
      #expect(totals == cases)
      #expect(totals.prefix(2) == [1, 2])
      let fromBuckets = try #require(
        try Self.backlogFromBuckets(registry, month))
      #expect(fromBuckets.bracketCounts.prefix(2) == [1, 2])
    }
  }

  /// Adds `change` to a bucket of the open backlog in a month, in the
  /// file itself.
  static func forgeBacklog(
    _ change: Int, in bucket: Int, month: String, _ registry: Registry
  ) throws {
    try registry.write { db in
      try db.execute(
        sql: """
          INSERT INTO summary_backlog (bucket, month, change) VALUES (?, ?, ?)
          ON CONFLICT (bucket, month) DO UPDATE SET change = change + excluded.change
          """, arguments: [bucket, month, change])
    }
  }

  @Test(
    "the backlog's brackets are read from the totals: a case written into the file, older than any, shows when the month's open count says so, and sets the buckets aside when not",
    arguments: [true, false])
  func backlogBracketsAreReadFromTotals(countedOpen: Bool) throws {
    try withRegistry { registry in
      try Self.randomRegistry(registry, seed: 7, cases: 60)
      let month = try ReportingPeriod.month("2026-10", timeZone: Self.zone)
      let before = try Self.bothBacklogs(registry, month)
      #expect(before.totals == before.cases)
      let open = before.totals.prefix(BacklogAges.brackets.count)
        .compactMap { $0 }.reduce(0, +)
      #expect(open > 20)
      // One more case, reported ten years before any: the oldest, where
      // neither quantile falls, in the last bracket.
      let ancient = BacklogAges.bucket(of: StoreFixture.paris(2015, 1, 1))
      try Self.forgeBacklog(1, in: ancient, month: "2025-01", registry)
      if countedOpen {
        try registry.write { db in
          try db.execute(
            sql: """
              INSERT INTO summary_totals (period, figure, count)
              VALUES ('2025-01', 'open.change', 1)
              ON CONFLICT (period, figure) DO UPDATE SET count = count + 1
              """)
        }
      }
      let after = try Self.bothBacklogs(registry, month)
      #expect(after.cases == before.cases)
      #expect(after.totals.prefix(4) == before.totals.prefix(4))
      #expect(
        after.totals[4] == (before.totals[4] ?? 0) + (countedOpen ? 1 : 0))
      #expect(
        try registry.summaryTotalsDifferences().count == (countedOpen ? 2 : 1))
    }
  }

  @Test(
    "a registry whose schema-12 totals were kept drops them at schema 13 and counts them again, durations by bucket included"
  )
  func schema12TotalsAreCountedAgain() throws {
    try withRegistryPath { path in
      do {
        let before = Array(Migration.shipped.prefix { $0.version < 13 })
        let registry = try Registry.create(at: path, migrations: before)
        var random = SeededGenerator(state: 10)
        try RandomRegistry.fill(registry, count: 40, using: &random)
        // Totals as schema 12 kept them, counted the earlier way.
        try registry.write { db in
          try db.execute(
            sql: """
              INSERT INTO summary_totals (period, figure, count)
              VALUES ('2026-01', 'new', 3), ('2026-01', 'durations.to_assessment', 1);
              INSERT INTO summary_durations (period, list, days, case_id)
              SELECT '2026-01', 'to_assessment', 1.5, min(id) FROM cases;
              UPDATE registry_info SET value = 'counted-1' WHERE key = 'summary_totals';
              """)
        }
      }
      let upgraded = try Registry.open(at: path)
      #expect(try upgraded.summaryTotalsDifferences() == [])
      let unbucketed = try upgraded.read { db in
        try Int.fetchOne(
          db,
          sql: """
            SELECT count(*) FROM summary_durations
            WHERE bucket != CASE WHEN days * 24 < 720 THEN CAST(floor(days * 24) AS INTEGER)
              ELSE 720 + CAST(floor(days - 30) AS INTEGER) END
            """)
      }
      #expect(unbucketed == 0)
      for label in ["2026-01", "2026-Q1", "2025"] {
        let period =
          label.count == 4
          ? try ReportingPeriod.year(label, timeZone: Self.zone)
          : label.contains("Q")
            ? try ReportingPeriod.quarter(label, timeZone: Self.zone)
            : try ReportingPeriod.month(label, timeZone: Self.zone)
        let (totals, cases) = try Self.bothSummaries(upgraded, period)
        #expect(totals.statistics == cases.statistics, "\(label)")
      }
    }
  }

  @Test(
    "a bucket a quantile falls in that does not hold as many open cases as the totals say sets them aside for the list of every open case"
  )
  func backlogQuantileBucketMismatchFallsBack() throws {
    try withRegistry { registry in
      try Self.randomRegistry(registry, seed: 8, cases: 60)
      let month = try ReportingPeriod.month("2026-10", timeZone: Self.zone)
      // The bucket of the case reported last before the month's end.
      let latest = try registry.read { db in
        try #require(
          try String.fetchOne(
            db,
            sql: """
              SELECT max(reported_at) FROM cases WHERE reported_at < ?
              """, arguments: [StoredDate.string(from: month.end)]))
      }
      let bucket = BacklogAges.bucket(of: try StoredDate.date(from: latest))
      let before = try Self.bothBacklogs(registry, month)
      // Every other bucket emptied, and one more case in that one: both
      // quantiles fall in it, which does not hold as many open cases.
      try registry.write { db in
        try db.execute(
          sql: """
            UPDATE summary_backlog SET change = 0 WHERE bucket != ?;
            INSERT INTO summary_backlog (bucket, month, change) VALUES (?, '2026-10', 1)
            ON CONFLICT (bucket, month) DO UPDATE SET change = change + 1
            """, arguments: [bucket, bucket])
      }
      let after = try Self.bothBacklogs(registry, month)
      #expect(after.totals == after.cases)
      #expect(after.cases == before.cases)
      #expect(try registry.summaryTotalsDifferences() != [])
    }
  }

  /// What the totals depend on besides the code that counts.
  ///
  /// The values they are keyed by, the categories of roles, and which
  /// courts are administrative: FNV-1a, 64 bits, of one line each.
  static func dependencies() -> String {
    var lines: [String] = []
    func values<T: CaseIterable & RawRepresentable<String>>(_: T.Type) {
      lines.append(
        "\(T.self): " + T.allCases.map(\.rawValue).joined(separator: ","))
    }
    values(IncidentKind.self)
    values(Channel.self)
    values(Platform.self)
    values(Severity.self)
    values(EscalationLevel.self)
    values(ClosureReason.self)
    values(MeasureKind.self)
    values(MeasureStatus.self)
    values(ProtectionBasis.self)
    lines += Role.allCases.map { "\($0.rawValue) \($0.category.rawValue)" }
    lines += CourtDirectory.shared.courts.map {
      "\($0.code) \($0.isAdministrative)"
    }
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in lines.joined(separator: "\n").utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    return String(hash, radix: 16)
  }

  @Test("the way of counting is pinned to what the totals depend on")
  func versionPinnedToDependencies() {
    // A change here changes what cases add to the totals: change
    // SummaryTotals.version too (registries then count theirs again when
    // next opened for writing), and pin both anew.
    #expect(
      SummaryTotals.version == "counted-2"
        && Self.dependencies() == "c36791cff7498604",
      "digest \(Self.dependencies()), version \(SummaryTotals.version)")
  }

  @Test(
    "totals counted another way are not read, and are counted again when the registry is next opened for writing"
  )
  func otherVersionIsCountedAgain() throws {
    try withRegistryPath { path in
      do {
        let registry = try Registry.create(at: path)
        var random = SeededGenerator(state: 5)
        try RandomRegistry.fill(registry, count: 30, using: &random)
        try registry.write { db in
          try db.execute(
            sql: """
              UPDATE registry_info SET value = 'counted-0' WHERE key = 'summary_totals';
              UPDATE summary_totals SET count = count + 1;
              """)
        }
        let period = try ReportingPeriod.month("2026-01", timeZone: Self.zone)
        let scope = SummaryBuilder(
          period: period, generatedAt: Self.generatedAt
        )
        .scope
        #expect(
          try registry.summaryTotals(
            for: scope, current: "2026-01", previous: "2025-12") == nil)
      }
      let reopened = try Registry.open(at: path)
      #expect(
        try reopened.read { db in
          try String.fetchOne(
            db,
            sql: "SELECT value FROM registry_info WHERE key = 'summary_totals'")
        } == SummaryTotals.version)
      #expect(try reopened.summaryTotalsDifferences() == [])
    }
  }

  @Test(
    "a list of durations shorter than its count is not read: the summary counts from the cases, and does not stop"
  )
  func missingDurationsAreNotRead() throws {
    try withRegistry { registry in
      try Self.randomRegistry(registry, seed: 6, cases: 60)
      let (period, list) = try registry.write { db -> (String, String) in
        let row = try #require(
          try Row.fetchOne(
            db,
            sql: """
              SELECT period, substr(figure, 11) FROM summary_totals
              WHERE figure LIKE 'durations.%' AND period GLOB '????-??'
              ORDER BY period LIMIT 1
              """))
        try db.execute(
          sql: "DELETE FROM summary_durations WHERE period = ? AND list = ?",
          arguments: [row[0], row[1]])
        return (row[0], row[1])
      }
      let month = try ReportingPeriod.month(period, timeZone: Self.zone)
      let scope = SummaryBuilder(period: month, generatedAt: Self.generatedAt)
        .scope
      #expect(
        try registry.summaryTotals(
          for: scope, current: period, previous: month.previous.label) == nil,
        "\(period) \(list)")
      #expect(try registry.summaryTotalsDifferences() != [])
    }
  }

}
