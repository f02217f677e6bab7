import EgideCore
import Foundation
import Testing

@testable import EgideReports

/// Checks disclosure control from the published figures alone, without
/// calling the code that applies it.
@Suite("Disclosure control")
struct DisclosureTests {
  /// What a reader of the published document sees of a figure: its value,
  /// or that it is hidden.
  static func shown(_ report: SummaryReport, _ id: String) -> Int?? {
    let statistic = report.statistics[id] ?? .count(0)
    if statistic.isSuppressed { return .some(nil) }
    return .some(statistic.value.map { Int($0) })
  }

  /// The lines a reader can add up, rebuilt from the tables as published:
  /// each column of a table with a total, and the months of the period
  /// (in the trend) against the period's overview figures.
  static func readerLines(_ report: SummaryReport) -> [(
    parts: [String], total: String
  )] {
    var lines: [(parts: [String], total: String)] = []
    for table in report.tables {
      guard let total = table.total else { continue }
      for column in table.columns.indices
      where (report.statistics[total.cells[column]]?.kind ?? .count) == .count {
        lines.append((table.rows.map { $0.cells[column] }, total.cells[column]))
      }
    }
    if let trend = report.tables.first(where: { $0.id == "trend" }),
      let overview = report.tables.first(where: { $0.id == "overview" })
    {
      let months = report.period.trailingTwelveMonths.filter {
        $0.start >= report.period.start && $0.end <= report.period.end
      }.map(\.label)
      let rows = trend.rows.filter { months.contains($0.key) }
      let periodCovered =
        report.period.unit != .days && rows.count == months.count
        && months.count > 1
      if periodCovered {
        for (column, figure) in [(0, "new"), (1, "ended.resolved")] {
          if let row = overview.rows.first(where: { $0.key == figure }) {
            lines.append((rows.map { $0.cells[column] }, row.cells[0]))
          }
        }
      }
    }
    return lines
  }

  /// Every violation of the rule a reader could exploit.
  static func violations(_ report: SummaryReport, k: Int) -> [String] {
    var found: [String] = []
    for (id, statistic) in report.statistics where !statistic.isSuppressed {
      switch statistic.kind {
      case .count:
        if let value = statistic.value, value > 0, value < Double(k) {
          found.append("\(id) shows \(Int(value)), below \(k)")
        }
      case .days:
        if statistic.value != nil && statistic.basis < k {
          found.append("\(id) is a duration over \(statistic.basis) cases")
        }
      }
    }
    for line in readerLines(report) {
      let hidden = line.parts.filter { shown(report, $0) == .some(nil) }
      let totalShown = shown(report, line.total)
      let hiddenCount = hidden.count + (totalShown == .some(nil) ? 1 : 0)
      if hiddenCount == 1 {
        found.append("\(line.total): exactly one hidden figure in its line")
      }
      if case .some(.some(let total)) = totalShown, !hidden.isEmpty {
        let visible = line.parts.compactMap { shown(report, $0) ?? nil }
          .reduce(0, +)
        if total - visible <= hidden.count {
          found.append(
            "\(line.total): hidden figures add up to \(total - visible) over \(hidden.count) cells, each forced"
          )
        }
      }
    }
    return found
  }

  @Test(
    "on random registries no published figure identifies anyone",
    arguments: 0..<40)
  func randomRegistries(seed: Int) throws {
    let cases = SummaryFixtures.random(
      count: [0, 5, 30, 120, 400][seed % 5], seed: UInt64(seed) * 7919)
    let periods: [ReportingPeriod] = [
      try .month("2026-06", timeZone: SummaryFixtures.paris),
      try .quarter("2026-Q2", timeZone: SummaryFixtures.paris),
      try .year("2026", timeZone: SummaryFixtures.paris),
    ]
    for period in periods {
      for k in [11, 5, 20] {
        let raw = SummaryBuilder(
          period: period, generatedAt: SummaryFixtures.date("2027-02-01")
        ).build(cases)
        let report = DisclosureControl(rule: DisclosureRule(minimumCount: k))
          .apply(to: raw)
        let problems = Self.violations(report, k: k)
        #expect(problems.isEmpty, "\(period.label) k=\(k): \(problems)")
        #expect(report.disclosure?.minimumCount == k)
      }
    }
  }

  @Test("the checker itself catches a lone hidden cell and a small count")
  func checkerCatchesLeaks() throws {
    let cases = SummaryFixtures.random(count: 200, seed: 3)
    let period = try ReportingPeriod.year(
      "2026", timeZone: SummaryFixtures.paris)
    var report = SummaryBuilder(
      period: period, generatedAt: SummaryFixtures.date("2027-02-01")
    ).build(cases)
    report.disclosure = DisclosureRule(minimumCount: 11)
    // Without control: small counts are visible.
    #expect(!Self.violations(report, k: 11).isEmpty)
    // Hiding one cell of a line with a shown total is a leak.
    var controlled = DisclosureControl(rule: DisclosureRule(minimumCount: 11))
      .apply(to: report)
    let line = try #require(
      Self.readerLines(controlled).first { line in
        line.parts.allSatisfy {
          !(controlled.statistics[$0]?.isSuppressed ?? false)
        }
          && !(controlled.statistics[line.total]?.isSuppressed ?? false)
          && line.parts.contains { (controlled.statistics[$0]?.basis ?? 0) > 0 }
      })
    let victim = try #require(
      line.parts.first { (controlled.statistics[$0]?.basis ?? 0) > 0 })
    controlled.statistics[victim]?.suppression = .primary
    #expect(
      Self.violations(controlled, k: 11).contains {
        $0.contains("exactly one hidden")
      })
  }

  @Test("two hidden counts of 1 under a shown total are hidden further")
  func forcedOnes() throws {
    var cases: [CaseFacts] = []
    for day in 1...20 {
      cases.append(
        SummaryFixtures.facts(
          reported: String(format: "2026-11-%02d 10:00", day), channel: .phone,
          platform: nil))
    }
    cases.append(
      SummaryFixtures.facts(
        reported: "2026-11-21 10:00", channel: .letter, platform: nil))
    cases.append(
      SummaryFixtures.facts(
        reported: "2026-11-22 10:00", channel: .email, platform: nil))
    let period = try ReportingPeriod.month(
      "2026-11", timeZone: SummaryFixtures.paris)
    let report = DisclosureControl(rule: DisclosureRule(minimumCount: 11))
      .apply(
        to: SummaryBuilder(
          period: period, generatedAt: SummaryFixtures.date("2026-12-15")
        ).build(cases))
    // letter = 1 and email = 1 are hidden; total 22 and phone 20 shown
    // would force both to 1, so phone (or the total) must be hidden too.
    #expect(report[.new(.channel, "letter", .current)]?.isSuppressed == true)
    #expect(report[.new(.channel, "email", .current)]?.isSuppressed == true)
    #expect(
      report[.new(.channel, "phone", .current)]?.isSuppressed == true
        || report[.new(.current)]?.isSuppressed == true)
    #expect(Self.violations(report, k: 11).isEmpty)
  }

  @Test("zero is shown and a count of k is shown")
  func zeroAndThreshold() throws {
    let cases = (1...11).map { day in
      SummaryFixtures.facts(reported: String(format: "2026-11-%02d 10:00", day))
    }
    let period = try ReportingPeriod.month(
      "2026-11", timeZone: SummaryFixtures.paris)
    let report = DisclosureControl(rule: DisclosureRule(minimumCount: 11))
      .apply(
        to: SummaryBuilder(
          period: period, generatedAt: SummaryFixtures.date("2026-12-15")
        ).build(cases))
    #expect(report[.new(.current)]?.publishedValue == 11)
    #expect(report[.new(.kind, "threat", .current)]?.publishedValue == 11)
    #expect(report[.new(.kind, "assault", .current)]?.publishedValue == 0)
    #expect(report[.new(.kind, "assault", .current)]?.isSuppressed == false)
  }

  @Test("a duration resting on fewer than k cases is hidden")
  func smallDurations() throws {
    let cases = (1...4).map { day in
      SummaryFixtures.facts(
        reported: String(format: "2026-11-%02d 10:00", day),
        assessed: String(format: "2026-11-%02d 10:00", day + 2))
    }
    let period = try ReportingPeriod.month(
      "2026-11", timeZone: SummaryFixtures.paris)
    let report = DisclosureControl(rule: DisclosureRule(minimumCount: 11))
      .apply(
        to: SummaryBuilder(
          period: period, generatedAt: SummaryFixtures.date("2026-12-15")
        ).build(cases))
    #expect(report[.delay(.toAssessment, .median)]?.isSuppressed == true)
    #expect(
      report[.delay(.toAssessment, .median)].map { $0.publishedValue == nil }
        == true)
    let relaxed = DisclosureControl(rule: DisclosureRule(minimumCount: 3))
      .apply(
        to: SummaryBuilder(
          period: period, generatedAt: SummaryFixtures.date("2026-12-15")
        ).build(cases))
    #expect(relaxed[.delay(.toAssessment, .median)]?.publishedValue == 2)
    #expect(relaxed.disclosure?.isInternal == true)
  }
}

@Suite("Disclosure control across tables and documents")
struct DisclosureConsistencyTests {
  @Test("a figure shown in the overview and in the trend is hidden in both")
  func sharedFigures() throws {
    for seed in 0..<30 {
      let cases = SummaryFixtures.random(count: 60, seed: UInt64(seed) + 101)
      let period = try ReportingPeriod.month(
        "2026-06", timeZone: SummaryFixtures.paris)
      let report = SummaryBuilder(
        period: period, generatedAt: SummaryFixtures.date("2027-02-01")
      ).publish(cases, rule: DisclosureRule(minimumCount: 11))
      let trend = try #require(report.tables.first { $0.id == "trend" })
      let overview = try #require(report.tables.first { $0.id == "overview" })
      for (month, column) in [("2026-06", 0), ("2026-05", 1)] {
        let trendRow = try #require(trend.rows.first { $0.key == month })
        for (trendColumn, figure) in [(0, "new"), (1, "ended.resolved")] {
          let overviewRow = try #require(
            overview.rows.first { $0.key == figure })
          let a = report[trendRow.cells[trendColumn]]
          let b = report[overviewRow.cells[column]]
          #expect(a.value == b.value, "\(month) \(figure)")
          #expect(
            a.publishedValue == b.publishedValue,
            "seed \(seed): \(month) \(figure) shown once, hidden once")
        }
      }
      let delays = try #require(report.tables.first { $0.id == "delays" })
      let resolution = try #require(
        delays.rows.first { $0.key == "to_resolution" })
      let resolved = try #require(
        overview.rows.first { $0.key == "ended.resolved" })
      #expect(
        report[resolution.cells[2]].publishedValue
          == report[resolved.cells[0]].publishedValue)
    }
  }

  @Test("a total hidden to protect its parts is hidden in the trend too")
  func hiddenTotalHiddenInTrend() throws {
    // Eleven cases in eleven districts: each district shows 1, so the
    // shown total of 11 would tell that every hidden district holds
    // exactly one case; the total itself must go, everywhere.
    let districts = [
      "ca_paris", "ca_douai", "ca_lyon", "ca_agen", "ca_riom", "ca_rennes",
      "ca_nimes", "ca_metz", "ca_pau", "ca_caen", "ca_dijon",
    ]
    let cases = districts.enumerated().map { day, district in
      SummaryFixtures.facts(
        reported: String(format: "2026-06-%02d 10:00", day + 1),
        district: district)
    }
    let period = try ReportingPeriod.month(
      "2026-06", timeZone: SummaryFixtures.paris)
    let report = SummaryBuilder(
      period: period, generatedAt: SummaryFixtures.date("2026-08-01")
    ).publish(cases, rule: DisclosureRule(minimumCount: 11))
    #expect(report[.new(.current)]?.isSuppressed == true)
    let trend = try #require(report.tables.first { $0.id == "trend" })
    let june = try #require(trend.rows.first { $0.key == "2026-06" })
    #expect(report[june.cells[0]].isSuppressed)
    #expect(DisclosureTests.violations(report, k: 11).isEmpty)
  }
}
