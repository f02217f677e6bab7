import EgideCore
import EgideReports
import EgideTestSupport
import Foundation
import Testing

@testable import EgideStore

/// Random registries: cases reported over eighteen months, each with a
/// random history (assessments, escalations, measures and their changes,
/// resolutions, closures, reopenings), some of it recorded out of time
/// order, as a registry fed by several delegates and imports can be.
enum RandomRegistry {
  static let courts = ["tj93008", "tj75056", "tj59350", "ca_paris", "cc"]
    .map(StoreFixture.court)
  static let first = StoreFixture.paris(2025, 6, 1)
  static let last = StoreFixture.paris(2027, 1, 31)

  /// Fills `registry` with `count` random cases.
  static func fill(
    _ registry: Registry, count: Int, using random: inout SeededGenerator
  ) throws {
    try registry.transaction { tx in
      var references: [CaseReference] = []
      for index in 0..<count {
        let reported = Date(
          timeIntervalSince1970: Double.random(
            in: first.timeIntervalSince1970..<last.timeIntervalSince1970,
            using: &random))
        let channel = Channel.allCases.randomElement(using: &random) ?? .email
        var targets = [try StoreFixture.judge("Ozanne TRÉVILAR \(index)")]
        if Bool.random(using: &random) {
          targets.append(
            try StoreFixture.person(
              "Ilvère MARCOSSE \(index)",
              [.clerk, .prosecutor, .staff].randomElement(using: &random)
                ?? .clerk))
        }
        let newCase = try StoreFixture.newCase(
          kinds: Array(
            IncidentKind.allCases.shuffled(using: &random)
              .prefix(Int.random(in: 1...3, using: &random))),
          channel: channel,
          platform: channel.hasPlatforms && Bool.random(using: &random)
            ? Platform.allCases.randomElement(using: &random) : nil,
          court: courts.randomElement(using: &random) ?? StoreFixture.bobigny,
          targets: targets,
          severity: Severity.allCases.randomElement(using: &random),
          authors: [], now: reported)
        let reference = try tx.report(
          newCase, by: StoreFixture.actor, at: reported, deadlines: .standard,
          calendar: StoreFixture.calendar)
        try history(
          of: reference, from: reported, others: references, tx: tx,
          using: &random)
        references.append(reference)
      }
    }
  }

  /// Up to a dozen random decisions on a case, each a few hours to a few
  /// weeks after the one before, one in eight recorded up to three days
  /// earlier instead.
  static func history(
    of reference: CaseReference, from reported: Date,
    others: [CaseReference], tx: RegistryTransaction,
    using random: inout SeededGenerator
  ) throws {
    var at = reported
    for _ in 0..<Int.random(in: 0...12, using: &random) {
      if Int.random(in: 0..<8, using: &random) == 0 {
        at.addTimeInterval(-Double.random(in: 0..<259_200, using: &random))
      } else {
        at.addTimeInterval(Double.random(in: 3_600..<2_400_000, using: &random))
      }
      let when = at
      let choice = Int.random(in: 0..<10, using: &random)
      do {
        switch choice {
        case 0, 1:
          let severity = Severity.allCases.randomElement(using: &random) ?? .low
          try tx.record(reference) {
            try $0.assess(
              severity: severity, factors: [], by: StoreFixture.actor,
              at: when)
          }
        case 2:
          let level =
            EscalationLevel.allCases.randomElement(using: &random) ?? .ministry
          try tx.record(reference) {
            try $0.escalate(
              to: level, authority: nil, reason: "Motif fictif",
              by: StoreFixture.actor, at: when)
          }
        case 3:
          let kind =
            MeasureKind.allCases.randomElement(using: &random) ?? .other
          let due: Date? =
            Bool.random(using: &random)
            ? when.addingTimeInterval(
              Double.random(in: 0..<3_000_000, using: &random)) : nil
          _ = try tx.requestMeasure(
            in: reference, kind: kind, authority: "Autorité fictive", due: due,
            beneficiary: nil, by: StoreFixture.actor, at: when)
        case 4, 5:
          let state = try tx.registry.loadCase(reference, in: tx.db).1
          guard let measure = state.measures.randomElement(using: &random),
            let next = measure.status.allowedNext.randomElement(using: &random)
          else { continue }
          try tx.updateMeasure(
            measure.id, to: next, note: nil, by: StoreFixture.actor, at: when)
        case 6:
          try tx.record(reference) {
            try $0.resolve(
              outcome: "Issue fictive", by: StoreFixture.actor, at: when)
          }
        case 7:
          let reason =
            ClosureReason.allCases.randomElement(using: &random) ?? .unfounded
          let duplicateOf = reason == .duplicate ? others.last : nil
          try tx.record(reference) {
            try $0.close(
              reason: duplicateOf == nil && reason == .duplicate
                ? .withdrawn : reason,
              duplicateOf: duplicateOf, by: StoreFixture.actor, at: when)
          }
        case 8:
          try tx.record(reference) {
            try $0.reopen(
              reason: "Nouveau fait", by: StoreFixture.actor, at: when)
          }
        default:
          try tx.record(reference) {
            try $0.note("Note fictive", by: StoreFixture.actor, at: when)
          }
        }
      } catch is DomainError {
        // The lifecycle refused this decision in this status: skip it.
      }
    }
  }
}

@Suite("Summaries read only the cases of their period")
struct SummaryFactsTests {
  static let zone = StoreFixture.paris
  static let generatedAt = StoreFixture.paris(2026, 12, 10, 9)

  /// The periods compared on each registry.
  static func periods() throws -> [ReportingPeriod] {
    [
      try ReportingPeriod.month("2025-05", timeZone: zone),
      try ReportingPeriod.month("2026-01", timeZone: zone),
      try ReportingPeriod.month("2026-03", timeZone: zone),
      try ReportingPeriod.month("2026-10", timeZone: zone),
      try ReportingPeriod.month("2026-12", timeZone: zone),
      try ReportingPeriod.month("2027-03", timeZone: zone),
      try ReportingPeriod.quarter("2026-Q2", timeZone: zone),
      try ReportingPeriod.year("2026", timeZone: zone),
      try ReportingPeriod.days(
        from: "2026-05-10", to: "2026-06-20", timeZone: zone),
    ]
  }

  /// The summary from the facts of every case, and the one from the
  /// relevant cases and the standing figures, with the number of cases
  /// each read.
  static func bothSummaries(
    _ registry: Registry, _ period: ReportingPeriod, rule: DisclosureRule?
  ) throws -> (full: SummaryReport, scoped: SummaryReport, read: Int) {
    let builder = SummaryBuilder(period: period, generatedAt: generatedAt)
    let all = try registry.caseFacts()
    var tally = SummaryTally(builder)
    var read = 0
    let standing = try registry.summaryFacts(for: builder.scope) {
      tally.add($0)
      read += 1
    }
    #expect(standing == StandingFigures(counting: all, in: builder.scope))
    guard let rule else {
      return (
        builder.build(all), builder.build(tally, standing: standing), read
      )
    }
    return (
      builder.publish(all, rule: rule),
      builder.publish(tally, standing: standing, rule: rule), read
    )
  }

  @Test(
    "the summary from the relevant cases equals the one from every case",
    arguments: [1, 2, 3] as [UInt64])
  func scopedSummaryEqualsFullSummary(seed: UInt64) throws {
    try withRegistry { registry in
      var random = SeededGenerator(state: seed)
      try RandomRegistry.fill(registry, count: 160, using: &random)
      #expect(try registry.caseFacts().count == 160)
      for period in try Self.periods() {
        for rule in [nil, DisclosureRule(minimumCount: 3)] {
          let (full, scoped, read) = try Self.bothSummaries(
            registry, period, rule: rule)
          // A month reads the cases of two months, not the registry.
          if period.unit == .month { #expect(read < 80) }
          #expect(
            scoped.statistics == full.statistics,
            "seed \(seed), \(period.label): \(Self.differences(full, scoped))")
          #expect(scoped.tables == full.tables, "seed \(seed) \(period.label)")
          #expect(
            scoped.extraLines == full.extraLines,
            "seed \(seed) \(period.label)")
        }
      }
    }
  }

  @Test("a month's summary does not read a case that ended long before it")
  func oldCasesAreNotRead() throws {
    try withRegistry { registry in
      let old = try registry.log(
        try StoreFixture.newCase(now: StoreFixture.paris(2025, 1, 6, 10)),
        at: StoreFixture.paris(2025, 1, 6, 10))
      try registry.assess(old, .high)
      try registry.decide(old) {
        try $0.resolve(
          outcome: "Issue fictive", by: StoreFixture.actor,
          at: StoreFixture.paris(2025, 2, 3, 10))
      }
      let stillOpen = try registry.log(
        try StoreFixture.newCase(now: StoreFixture.paris(2025, 3, 2, 10)),
        at: StoreFixture.paris(2025, 3, 2, 10))
      _ = try registry.log(
        try StoreFixture.newCase(now: StoreFixture.paris(2026, 11, 4, 10)),
        at: StoreFixture.paris(2026, 11, 4, 10))
      let (full, scoped, read) = try Self.bothSummaries(
        registry, try ReportingPeriod.month("2026-11", timeZone: Self.zone),
        rule: nil)
      // The case of November only: the resolved one is not read, and the
      // one still open counts in the backlog without being read.
      #expect(read == 1)
      #expect(scoped.statistics == full.statistics)
      #expect(scoped["open@current"].value == 2)
      #expect(scoped["new@current"].value == 1)
      _ = stillOpen
    }
  }

  @Test("a reopened case is in the backlog only while it is open")
  func reopenedCaseInBacklog() throws {
    try withRegistry { registry in
      let reference = try registry.log(
        try StoreFixture.newCase(now: StoreFixture.paris(2026, 8, 3, 10)),
        at: StoreFixture.paris(2026, 8, 3, 10))
      try registry.assess(reference, .high)
      try registry.decide(reference) {
        try $0.resolve(
          outcome: "Issue fictive", by: StoreFixture.actor,
          at: StoreFixture.paris(2026, 9, 15, 10))
      }
      try registry.decide(reference) {
        try $0.reopen(
          reason: "Nouveau message", by: StoreFixture.actor,
          at: StoreFixture.paris(2026, 11, 2, 10))
      }
      for (month, open) in [("2026-08", 1), ("2026-09", 0), ("2026-11", 1)] {
        let (full, scoped, _) = try Self.bothSummaries(
          registry, try ReportingPeriod.month(month, timeZone: Self.zone),
          rule: nil)
        #expect(scoped["open@current"].value == Double(open), "\(month)")
        #expect(scoped.statistics == full.statistics, "\(month)")
      }
    }
  }

  @Test("a measure in place at the end of a period counts even if lifted since")
  func measureInPlaceLiftedSince() throws {
    try withRegistry { registry in
      let reference = try registry.log(
        try StoreFixture.newCase(now: StoreFixture.paris(2026, 8, 3, 10)),
        at: StoreFixture.paris(2026, 8, 3, 10))
      let measure = try registry.transaction { tx in
        try tx.requestMeasure(
          in: reference, kind: .policeProtection, authority: "Préfecture",
          due: nil, beneficiary: nil, by: StoreFixture.actor,
          at: StoreFixture.paris(2026, 8, 4, 10))
      }
      for (status, at) in [
        (MeasureStatus.inPlace, StoreFixture.paris(2026, 8, 20, 10)),
        (.lifted, StoreFixture.paris(2026, 11, 5, 10)),
      ] {
        try registry.transaction { tx in
          try tx.updateMeasure(
            measure, to: status, note: nil, by: StoreFixture.actor, at: at)
        }
      }
      for (month, inPlace) in [("2026-08", 1), ("2026-10", 1), ("2026-11", 0)] {
        let (full, scoped, _) = try Self.bothSummaries(
          registry, try ReportingPeriod.month(month, timeZone: Self.zone),
          rule: nil)
        #expect(
          scoped["measures.police_protection.in_place_at_end"].value
            == Double(inPlace), "\(month)")
        #expect(scoped.statistics == full.statistics, "\(month)")
      }
    }
  }

  /// The figures that differ between two summaries, for failure messages.
  static func differences(_ a: SummaryReport, _ b: SummaryReport) -> String {
    Set(a.statistics.keys).union(b.statistics.keys).sorted()
      .filter { a.statistics[$0] != b.statistics[$0] }
      .prefix(8)
      .map {
        "\($0): \(a.statistics[$0].map { String(describing: $0.value) } ?? "-") vs \(b.statistics[$0].map { String(describing: $0.value) } ?? "-")"
      }
      .joined(separator: "; ")
  }
}
