import EgideCore
import Foundation
import Testing

@testable import EgideReports

@Suite("Summary figures")
struct SummaryBuilderTests {
  let november = ReportingPeriod.months(
    year: 2026, first: 11, count: 1, unit: .month, label: "2026-11",
    timeZone: SummaryFixtures.paris)

  func build(_ cases: [CaseFacts]) -> SummaryReport {
    SummaryBuilder(
      period: november, generatedAt: SummaryFixtures.date("2026-12-15")
    )
    .build(cases)
  }

  @Test("new cases are counted in the Paris month they were reported in")
  func newCasesByMonth() {
    let report = build([
      SummaryFixtures.facts(reported: "2026-11-01 00:30"),
      SummaryFixtures.facts(reported: "2026-11-30 23:30"),
      SummaryFixtures.facts(reported: "2026-12-01 00:10"),
      SummaryFixtures.facts(reported: "2026-10-31 23:59"),
    ])
    #expect(report[.new(.current)]?.value == 2)
    #expect(report[.new(.previous)]?.value == 1)
    let trend = report.tables.first { $0.id == "trend" }
    let november = trend?.rows.first { $0.key == "2026-11" }
    #expect(november.map { report[$0.cells[0]].value } == 2)
  }

  @Test(
    "new cases are counted by when their incident occurred: a month of the period, before it, or not given"
  )
  func newCasesByOccurrence() throws {
    var occurredInOctober = SummaryFixtures.facts(reported: "2026-11-02 09:00")
    occurredInOctober.occurred = SummaryFixtures.date("2026-10-31 23:30")
    var occurredInNovember = SummaryFixtures.facts(reported: "2026-11-20 09:00")
    occurredInNovember.occurred = SummaryFixtures.date("2026-11-01 00:10")
    let unknown = SummaryFixtures.facts(reported: "2026-11-21 09:00")
    let report = build([occurredInOctober, occurredInNovember, unknown])
    #expect(report[.new(.occurrence, "before", .current)]?.value == 1)
    #expect(report[.new(.occurrence, "2026-11", .current)]?.value == 1)
    #expect(report[.new(.occurrence, "unknown", .current)]?.value == 1)
    let table = try #require(
      report.tables.first { $0.id == "new_by_occurrence" })
    #expect(table.rows.map(\.key) == ["2026-11", "before", "unknown"])
    #expect(table.total?.cells == [SummaryFigure.new(.current).id])
    // The rows add up to the new cases.
    let sum = table.rows.compactMap { report[$0.cells[0]].value }.reduce(0, +)
    #expect(sum == report[.new(.current)]?.value)
  }

  @Test("a case with two kinds counts under each kind, once in the total")
  func multiValuedKinds() {
    let report = build([
      SummaryFixtures.facts(
        reported: "2026-11-03", kinds: [.threat, .doxxing]),
      SummaryFixtures.facts(reported: "2026-11-04", kinds: [.threat]),
    ])
    #expect(report[.new(.kind, "threat", .current)]?.value == 2)
    #expect(report[.new(.kind, "doxxing", .current)]?.value == 1)
    #expect(report[.new(.current)]?.value == 2)
  }

  @Test("district, channel, platform, role and severity split the new cases")
  func dimensions() {
    let report = build([
      SummaryFixtures.facts(
        reported: "2026-11-03", roles: [.greffe, .family], district: "ca_douai",
        channel: .letter, platform: nil, severity: nil),
      SummaryFixtures.facts(reported: "2026-11-04", district: nil),
    ])
    #expect(report[.new(.district, "ca_douai", .current)]?.value == 1)
    #expect(report[.new(.district, "national", .current)]?.value == 1)
    #expect(report[.new(.channel, "letter", .current)]?.value == 1)
    #expect(report[.new(.platform, "x", .current)]?.value == 1)
    #expect(report[.newWithPlatform(.current)]?.value == 1)
    #expect(report[.new(.roleCategory, "family", .current)]?.value == 1)
    #expect(report[.new(.severity, "unrated", .current)]?.value == 1)
    #expect(report[.new(.severity, "high", .current)]?.value == 1)
  }

  @Test(
    "judicial courts are counted by cour d'appel and administrative courts by cour administrative d'appel, in two tables"
  )
  func twoOrdersOfCourts() {
    var tribunalAdministratif = SummaryFixtures.facts(
      reported: "2026-11-05", district: "caa_douai")
    tribunalAdministratif.isAdministrative = true
    var conseilDEtat = SummaryFixtures.facts(
      reported: "2026-11-06", district: nil)
    conseilDEtat.isAdministrative = true
    let report = build([
      SummaryFixtures.facts(reported: "2026-11-03", district: "ca_douai"),
      SummaryFixtures.facts(reported: "2026-11-04", district: nil),
      tribunalAdministratif, conseilDEtat,
    ])
    let judicial = report.tables.first { $0.id == "new_by_district" }
    let administrative = report.tables.first {
      $0.id == "new_by_administrative_district"
    }
    #expect(judicial?.rows.map(\.key) == ["ca_douai", "national"])
    #expect(administrative?.rows.map(\.key) == ["caa_douai", "national"])
    #expect(judicial?.total?.cells.first == "new.judicial@current")
    #expect(administrative?.total?.cells.first == "new.administrative@current")
    #expect(report[.newJudicial(.current)]?.value == 2)
    #expect(report[.newAdministrative(.current)]?.value == 2)
    #expect(report[.new(.current)]?.value == 4)
    // The two tables' totals add up to all new cases: disclosure control
    // knows it, so a hidden total of one order cannot be recomputed.
    #expect(
      report.additiveLines.contains(
        AdditiveLine(
          parts: ["new.judicial@current", "new.administrative@current"],
          total: "new@current")))
    let controlled = DisclosureControl(rule: DisclosureRule(minimumCount: 3))
      .apply(to: report)
    #expect(controlled[.newAdministrative(.current)]?.isSuppressed == true)
    #expect(
      controlled[.newJudicial(.current)]?.isSuppressed == true
        || controlled[.new(.current)]?.isSuppressed == true)
  }

  @Test("endings, reopenings and the open backlog follow the dated history")
  func endingsAndBacklog() {
    let report = build([
      SummaryFixtures.facts(
        reported: "2026-09-01", endings: [(.resolved, "2026-11-10")]),
      SummaryFixtures.facts(
        reported: "2026-10-01",
        endings: [
          (.closed(.duplicate), "2026-10-05"), (.reopened, "2026-11-02"),
        ]),
      SummaryFixtures.facts(
        reported: "2026-11-20", endings: [(.closed(.withdrawn), "2026-11-21")]),
      SummaryFixtures.facts(reported: "2026-11-25"),
    ])
    #expect(report[.resolved(.current)]?.value == 1)
    #expect(report[.closed(.withdrawn, .current)]?.value == 1)
    #expect(report[.closed(.duplicate, .previous)]?.value == 1)
    #expect(report[.ended(.current)]?.value == 2)
    #expect(report[.open(.current)]?.value == 2)
    #expect(report[.openAged("under_30_days")]?.value == 1)
    #expect(report[.openAged("30_to_89_days")]?.value == 1)
  }

  @Test(
    "a case resolved twice in a period is one case resolved; one closed then reopened there was not closed"
  )
  func endingsCountCasesOnce() {
    let report = build([
      SummaryFixtures.facts(
        reported: "2026-10-01",
        endings: [
          (.resolved, "2026-11-03"), (.reopened, "2026-11-04"),
          (.resolved, "2026-11-06"),
        ]),
      SummaryFixtures.facts(
        reported: "2026-10-02",
        endings: [
          (.closed(.duplicate), "2026-11-05"), (.reopened, "2026-11-07"),
        ]
      ),
    ])
    #expect(report[.resolved(.current)]?.value == 1)
    #expect(report[.closed(.duplicate, .current)]?.value == 0)
    #expect(report[.ended(.current)]?.value == 1)
    #expect(report[.delay(.toResolution, .median)]?.basis == 1)
  }

  @Test("delays are medians and 90th percentiles in days")
  func delays() {
    let cases = (1...10).map { day in
      SummaryFixtures.facts(
        reported: String(format: "2026-11-%02d 08:00", day),
        assessed: String(format: "2026-11-%02d 08:00", day + day % 3))
    }
    let report = build(cases)
    // Delays: day % 3 for days 1...10 → 1,2,0,1,2,0,1,2,0,1 days.
    #expect(report[.delay(.toAssessment, .median)]?.value == 1)
    #expect(report[.delay(.toAssessment, .p90)]?.value == 2)
    #expect(report[.delay(.toAssessment, .median)]?.basis == 10)
  }

  @Test("measures are counted when requested, decided and in place at the end")
  func measures() {
    let requested = SummaryFixtures.date("2026-11-05")
    let cases = [
      SummaryFixtures.facts(
        reported: "2026-11-01",
        measures: [
          .init(
            kind: .policeProtection, requestedAt: requested,
            due: SummaryFixtures.date("2026-11-10"),
            changes: [
              (.granted, SummaryFixtures.date("2026-11-12")),
              (.inPlace, SummaryFixtures.date("2026-11-13")),
            ]),
          .init(
            kind: .contentTakedown, requestedAt: requested, due: nil,
            changes: [(.granted, SummaryFixtures.date("2026-11-08"))]),
          .init(
            kind: .statutoryProtection, requestedAt: requested, due: nil,
            changes: [(.refused, SummaryFixtures.date("2026-11-20"))]),
        ])
    ]
    let report = build(cases)
    #expect(report[.measures(.policeProtection, .requested)]?.value == 1)
    #expect(report[.measures(.policeProtection, .granted)]?.value == 1)
    #expect(report[.measures(.policeProtection, .inPlaceAtEnd)]?.value == 1)
    #expect(report[.measures(.statutoryProtection, .refused)]?.value == 1)
    #expect(report[.measures(.requested)]?.value == 3)
    #expect(report[.takedown("x", .sent)]?.value == 1)
    #expect(report[.takedown("x", .removed)]?.value == 1)
    #expect(report[.takedown("x", .medianDays)]?.value == 3)
    // The police protection was due on the 10th and still requested then.
    #expect(report[.measuresMissed(.current)]?.value == 1)
    // A platform no takedown went to has no figure: it reads as nil, not 0.
    #expect(report[.takedown("tiktok", .sent)] == nil)
    #expect(report[.new(.platform, "tiktok", .current)] == nil)
  }

  @Test(
    "every figure a table or a line names is one the report holds, and every figure it holds is named by one"
  )
  func figuresAndTablesAgree() {
    let report = build([
      SummaryFixtures.facts(reported: "2026-11-03 10:00"),
      SummaryFixtures.facts(reported: "2026-10-20 10:00"),
    ])
    var named = Set(report.bases.values)
    for table in report.tables {
      for row in table.rows + [table.total].compactMap({ $0 }) {
        named.formUnion(row.cells)
      }
    }
    for line in report.additiveLines {
      named.formUnion(line.parts + [line.total])
    }
    #expect(named.subtracting(report.statistics.keys).isEmpty)
    #expect(Set(report.statistics.keys).subtracting(named).isEmpty)
  }

  @Test(
    "protections fonctionnelles are counted by legal basis: requested, granted, refused, and refused by two months' silence"
  )
  func protectionByBasis() {
    func protection(
      _ basis: ProtectionBasis, requested: String, silence: String,
      changes: [(MeasureStatus, String)] = []
    ) -> CaseFacts.MeasureFacts {
      var facts = CaseFacts.MeasureFacts(
        kind: .statutoryProtection,
        requestedAt: SummaryFixtures.date(requested), due: nil,
        changes: changes.map { ($0.0, SummaryFixtures.date($0.1)) })
      facts.protectionBasis = basis
      facts.silenceEnds = SummaryFixtures.date(silence)
      return facts
    }
    let cases = [
      SummaryFixtures.facts(
        reported: "2026-09-01",
        measures: [
          // Silence since 1 November: refused by silence in November.
          protection(
            .magistrate, requested: "2026-09-01", silence: "2026-11-01"),
          // Decided before its silence ended: not refused by silence.
          protection(
            .magistrate, requested: "2026-09-20", silence: "2026-11-20",
            changes: [(.granted, "2026-11-10")]),
          protection(
            .publicAgent, requested: "2026-11-03", silence: "2027-01-03",
            changes: [(.refused, "2026-11-25")]),
          protection(
            .agentRelative, requested: "2026-11-04", silence: "2027-01-04"),
        ])
    ]
    let report = build(cases)
    #expect(report[.protection(.magistrate, .requested)]?.value == 0)
    #expect(report[.protection(.magistrate, .granted)]?.value == 1)
    #expect(report[.protection(.magistrate, .refusedBySilence)]?.value == 1)
    #expect(report[.protection(.publicAgent, .requested)]?.value == 1)
    #expect(report[.protection(.publicAgent, .refused)]?.value == 1)
    #expect(report[.protection(.agentRelative, .requested)]?.value == 1)
    #expect(report[.protection(.agentRelative, .refusedBySilence)]?.value == 0)
    #expect(report[.protectionRefusedBySilence]?.value == 1)
    // The total row is the statutory_protection row of the measures table.
    #expect(report[.measures(.statutoryProtection, .requested)]?.value == 2)
    let table = report.tables.first { $0.id == "protection_by_basis" }
    #expect(
      table?.total?.cells.prefix(3).elementsEqual([
        "measures.statutory_protection.requested",
        "measures.statutory_protection.granted",
        "measures.statutory_protection.refused",
      ]) == true)
  }

  @Test("a missed assessment deadline counts once, in the period it fell due")
  func missedAssessment() {
    let report = build([
      SummaryFixtures.facts(
        reported: "2026-11-02 09:00", assessed: "2026-11-20"),
      SummaryFixtures.facts(
        reported: "2026-11-03 09:00", assessed: "2026-11-04"),
      SummaryFixtures.facts(reported: "2026-11-27 09:00"),
    ])
    // Due 3 days after report: the first is late, the second on time, the
    // third falls due on 30 November and is still not assessed.
    #expect(report[.assessmentsMissed(.current)]?.value == 2)
  }
}
