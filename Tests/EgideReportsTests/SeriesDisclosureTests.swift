import EgideCore
import Foundation
import Testing

@testable import EgideReports

/// Disclosure control over a series of publications: the linear programs
/// of the audit, the identities that tie documents together, and what a
/// series published through the ledger keeps hidden. (The attacker's own
/// audit of whole series, in Python with scipy, is in the CLI tests:
/// `PublicationSeriesTests`.)
@Suite("Disclosure control across published summaries")
struct SeriesDisclosureTests {
  static func identity(_ text: String) -> FigureIdentity {
    FigureIdentity(text) ?? FigureIdentity(window: "?", key: text)
  }

  @Test("A linear program bounds a variable by its constraints")
  func linearProgramBounds() throws {
    // x + y = 10, y ≥ 3 (as y − 3 ≥ 0), x ≥ 1: x runs from 1 to 7.
    let program = LinearProgram(
      lowerBounds: [1, 0],
      constraints: [
        .init(terms: [(0, 1), (1, 1)], relation: .equal, bound: 10),
        .init(terms: [(1, 1)], relation: .atLeast, bound: 3),
      ])
    var tableau = try #require(program.feasible())
    let high = try #require(tableau.push(0, up: true) { _ in false })
    let low = try #require(tableau.push(0, up: false) { _ in false })
    #expect(abs(high + 1 - 7) < 1e-9)
    #expect(abs(low + 1 - 1) < 1e-9)
  }

  @Test("A program whose constraints cannot all hold has no feasible point")
  func linearProgramInfeasible() {
    // x + y = 2 with x ≥ 1 and y ≥ 2.
    let program = LinearProgram(
      lowerBounds: [1, 2],
      constraints: [.init(terms: [(0, 1), (1, 1)], relation: .equal, bound: 2)])
    #expect(program.feasible() == nil)
  }

  @Test("A variable that nothing bounds above has no largest value")
  func linearProgramUnbounded() throws {
    let program = LinearProgram(
      lowerBounds: [0, 0],
      constraints: [
        .init(terms: [(0, 1), (1, -1)], relation: .equal, bound: 4)
      ])
    var tableau = try #require(program.feasible())
    #expect(tableau.push(0, up: true) { _ in false } == nil)
  }

  @Test(
    "Three hidden counts, two to a line in three lines, are worked out exactly: the audit finds what the per-line rule lets through"
  )
  func triangleIsExposed() throws {
    // a + b = 30, a + c = 25, b + c = 35 (each line with its total shown
    // and two hidden parts adding up to more than 2): a = 10.
    let (a, b, c) = (
      Self.identity("2026-11/new.kind.threat"),
      Self.identity("2026-11/new.kind.harassment"),
      Self.identity("2026-11/new.kind.doxxing")
    )
    let totals = ["t1", "t2", "t3"].map { Self.identity("2026-11/\($0)") }
    var audit = SeriesAudit(
      relations: [
        .sum([a, b], equals: totals[0]), .sum([a, c], equals: totals[1]),
        .sum([b, c], equals: totals[2]),
      ], figures: [])
    let found = audit.exposures(
      known: [totals[0]: 30, totals[1]: 25, totals[2]: 35],
      hidden: [a: 1, b: 1, c: 1], touching: [a])
    let exposures = try #require(found)
    #expect(Set(exposures.map(\.figure)) == [a, b, c])
    let exposedA = try #require(exposures.first { $0.figure == a })
    #expect(abs(exposedA.lower - 10) < 1e-6)
    #expect(abs((exposedA.upper ?? 0) - 10) < 1e-6)
  }

  @Test("Two hidden counts of a line whose other counts are known stay safe")
  func wideLineIsSafe() throws {
    let (a, b, total) = (
      Self.identity("2026-11/new.kind.threat"),
      Self.identity("2026-11/new.kind.harassment"),
      Self.identity("2026-11/new")
    )
    var audit = SeriesAudit(
      relations: [.sum([a, b], equals: total)], figures: [])
    let found = audit.exposures(
      known: [total: 40], hidden: [a: 1, b: 1], touching: [a, b])
    let exposures = try #require(found)
    #expect(exposures.isEmpty)
  }

  @Test(
    "A quarter's hidden figure is worked out from its three months when they are shown"
  )
  func quarterFromItsMonths() throws {
    let quarter = Self.identity("2026-Q3/new.kind.threat")
    let months = ["2026-07", "2026-08", "2026-09"].map {
      FigureIdentity(window: $0, key: "new.kind.threat")
    }
    var audit = SeriesAudit(relations: [], figures: Set(months + [quarter]))
    let found = audit.exposures(
      known: [months[0]: 12, months[1]: 0, months[2]: 20],
      hidden: [quarter: 1], touching: [quarter])
    let exposures = try #require(found)
    #expect(exposures.map(\.figure) == [quarter])
  }

  @Test("How each figure adds up over months follows when it is counted")
  func aggregationOfKeys() {
    #expect(SeriesAudit.aggregation(of: "new.kind.threat") == .sum)
    #expect(SeriesAudit.aggregation(of: "new.severity.high") == nil)
    #expect(SeriesAudit.aggregation(of: "ended.resolved") == .atMostSum)
    #expect(SeriesAudit.aggregation(of: "measures.other.requested") == .sum)
    #expect(SeriesAudit.aggregation(of: "measures.other.granted") == .atMostSum)
    #expect(SeriesAudit.aggregation(of: "takedown.x.removed") == .atLeastSum)
    #expect(SeriesAudit.aggregation(of: "open.age.median") == nil)
    #expect(
      SeriesAudit.components(of: "2026-Q2") == [
        ["2026-04", "2026-05", "2026-06"]
      ])
    #expect(SeriesAudit.components(of: "2026").map(\.count) == [12, 4])
    #expect(SeriesAudit.components(of: "2026-11").isEmpty)
    #expect(SeriesAudit.components(of: "2026-11-01..2026-11-20").isEmpty)
  }

  @Test("A relation reads back as it was stored")
  func relationRoundTrip() throws {
    let relation = FigureRelation(
      [
        (Self.identity("at 2026-10-31T23:00:00Z/open"), 1),
        (Self.identity("2026-11/new"), 1), (Self.identity("2026-11/ended"), -1),
      ], isEquality: true, constant: -2)
    #expect(FigureRelation(stored: relation.stored) == relation)
    #expect(FigureRelation(stored: "= x\t1 a/b") == nil)
    #expect(FigureRelation(stored: "=\t0\tone a/b") == nil)
  }

  @Test(
    "One figure has one identity in every document that shows it: the month's own summary, the next month's previous column, a later trend"
  )
  func identitiesAcrossDocuments() throws {
    let cases = SummaryFixtures.random(count: 600, seed: 5)
    func report(_ month: String) throws -> SummaryReport {
      SummaryBuilder(
        period: try ReportingPeriod.month(
          month, timeZone: SummaryFixtures.paris),
        generatedAt: SummaryFixtures.date("2027-02-01")
      ).build(cases)
    }
    let (september, october, november) = (
      try report("2026-09"), try report("2026-10"), try report("2026-11")
    )
    let own = september.identity(of: "ended.resolved@current")
    #expect(own == Self.identity("2026-09/ended.resolved"))
    #expect(october.identity(of: "ended.resolved@previous") == own)
    #expect(november.identity(of: "trend.2026-09.resolved") == own)
    #expect(
      september["ended.resolved@current"]
        == november["trend.2026-09.resolved"])
    #expect(
      october.identity(of: "open@previous")
        == september.identity(of: "open@current"))
    #expect(
      september.identity(of: "open@current").window.hasPrefix("at "))
  }

  /// Publishes `periods` in order, each against the ledger of those
  /// before, as `egide summary` does.
  static func publishSeries(_ periods: [ReportingPeriod], cases: [CaseFacts])
    throws -> [(report: SummaryReport, publication: Publication)]
  {
    var ledger: [Publication] = []
    var series: [(SummaryReport, Publication)] = []
    for period in periods {
      let built = SummaryBuilder(
        period: period, generatedAt: SummaryFixtures.date("2027-02-01")
      ).build(cases)
      let report = try SeriesDisclosure(
        rule: DisclosureRule(minimumCount: 11), ledger: ledger
      ).apply(to: built)
      let publication = Publication(
        report, digest: String(repeating: "0", count: 64),
        publishedAt: SummaryFixtures.date("2027-02-01"))
      ledger.append(publication)
      series.append((report, publication))
    }
    return series
  }

  static func schedule() throws -> [ReportingPeriod] {
    let zone = SummaryFixtures.paris
    var periods: [ReportingPeriod] = []
    for month in 1...12 {
      periods.append(
        try .month(String(format: "2026-%02d", month), timeZone: zone))
      if month % 3 == 0 {
        periods.append(try .quarter("2026-Q\(month / 3)", timeZone: zone))
      }
    }
    periods.append(try .year("2026", timeZone: zone))
    return periods
  }

  @Test(
    "Over a year of monthly, quarterly and yearly summaries, a figure hidden once is never shown later"
  )
  func hiddenOnceStaysHidden() throws {
    let series = try Self.publishSeries(
      Self.schedule(), cases: SummaryFixtures.random(count: 900, seed: 11))
    var hidden: [FigureIdentity: String] = [:]
    var checked = 0
    for (_, publication) in series {
      for (figure, published) in publication.figures {
        if let first = hidden[figure] {
          checked += 1
          #expect(
            published.isHidden,
            "\(figure) hidden in \(first), shown in \(publication.period)")
        }
      }
      for (figure, published) in publication.figures where published.isHidden {
        hidden[figure] = hidden[figure] ?? publication.period
      }
    }
    #expect(checked > 100)
  }

  @Test(
    "In every summary of a series, a hidden backlog figure is never the only one of the balance hidden, and a duration is hidden with its count"
  )
  func balanceAndDurations() throws {
    let series = try Self.publishSeries(
      Self.schedule(), cases: SummaryFixtures.random(count: 500, seed: 3))
    for (report, _) in series {
      let balance = [
        "open@previous", "new@current", "ended@current", "open@current",
      ]
      let hiddenCount = balance.filter { report[$0].isSuppressed }.count
      #expect(hiddenCount != 1, "\(report.period.label): \(balance)")
      for (duration, basis) in report.bases where report[basis].isSuppressed {
        #expect(
          report[duration].isSuppressed || report[duration].value == nil,
          "\(report.period.label): \(duration) shown, \(basis) hidden")
      }
    }
  }

  @Test("A summary of the same period against its own publication is the same")
  func republishingIsStable() throws {
    let cases = SummaryFixtures.random(count: 700, seed: 8)
    let period = try ReportingPeriod.month(
      "2026-05", timeZone: SummaryFixtures.paris)
    let series = try Self.publishSeries([period, period], cases: cases)
    #expect(series[0].publication.sameFigures(as: series[1].publication))
  }
}
