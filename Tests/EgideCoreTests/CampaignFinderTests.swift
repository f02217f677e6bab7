import Foundation
import Testing

@testable import EgideCore

@Suite("Campaign detection")
struct CampaignFinderTests {
  static let start = Fixture.paris(2026, 7, 6, 9, 0)

  static func ref(_ sequence: Int) -> CaseReference {
    CaseReference(year: 2026, sequence: sequence)
  }

  static func author(_ number: Int) -> CampaignCase.Entity {
    CampaignCase.Entity(kind: .author, number: number)
  }

  static func domain(_ number: Int) -> CampaignCase.Entity {
    CampaignCase.Entity(kind: .domain, number: number)
  }

  /// A case `hours` after the start.
  static func item(
    _ sequence: Int, hours: Double = 0, target: Int = 1,
    entities: [CampaignCase.Entity] = [], court: String = "tj93008",
    kinds: [IncidentKind] = [.cyberharassment], severity: Severity? = .moderate
  ) -> CampaignCase {
    CampaignCase(
      reference: ref(sequence),
      reportedAt: start.addingTimeInterval(hours * 3_600 + 86_400),
      occurred: OccurrenceDate(
        start: start.addingTimeInterval(hours * 3_600), precision: .minute),
      court: court, kinds: kinds, severity: severity,
      targets: [PersonID(target)], entities: Set(entities))
  }

  @Test("cases sharing an author, even through a third case, are one campaign")
  func sharedAuthorsAreTransitive() {
    let cases = [
      Self.item(1, hours: 0, target: 1, entities: [Self.author(1)]),
      Self.item(
        2, hours: 200, target: 2,
        entities: [
          Self.author(1), Self.author(2),
        ]),
      Self.item(3, hours: 900, target: 3, entities: [Self.author(2)]),
      Self.item(4, hours: 10, target: 4, entities: [Self.author(9)]),
      Self.item(5, hours: 20, target: 5),
    ]
    let linked = CampaignFinder.linked(in: cases)
    #expect(linked.count == 1)
    #expect(linked.first?.cases == [Self.ref(1), Self.ref(2), Self.ref(3)])
    #expect(linked.first?.sharedAuthorCount == 2)
    #expect(linked.first?.authorCount == 2)
    #expect(linked.first?.kind == .linked)
  }

  @Test("a shared site links cases like a shared author")
  func sharedDomainsLink() {
    let cases = [
      Self.item(1, entities: [Self.domain(7), Self.author(1)]),
      Self.item(2, hours: 3, entities: [Self.domain(7), Self.author(2)]),
    ]
    let linked = CampaignFinder.linked(in: cases)
    #expect(linked.map(\.cases) == [[Self.ref(1), Self.ref(2)]])
    #expect(linked.first?.sharedDomainCount == 1)
    #expect(linked.first?.sharedAuthorCount == 0)
  }

  @Test("a campaign gathers courts, kinds, the highest severity and the span")
  func campaignFacts() throws {
    let cases = [
      Self.item(
        1, hours: 0, entities: [Self.author(1)], court: "tj75056",
        kinds: [.threat], severity: .low),
      Self.item(
        2, hours: 30, entities: [Self.author(1)], court: "tj93008",
        kinds: [.doxxing, .threat], severity: .critical),
      Self.item(3, hours: 5, entities: [Self.author(1)], severity: nil),
    ]
    let campaign = try #require(CampaignFinder.linked(in: cases).first)
    #expect(campaign.courts == ["tj75056", "tj93008"])
    #expect(campaign.kinds == [.threat, .cyberharassment, .doxxing])
    #expect(campaign.maximumSeverity == .critical)
    #expect(campaign.span == 30 * 3_600)
    #expect(campaign.first == Self.start)
  }

  @Test("four authors against one judge within six hours are a burst")
  func burstOfFourAuthors() throws {
    let cases = (1...4).map {
      Self.item(
        $0, hours: Double($0) * 1.5, target: 7,
        entities: [
          Self.author($0)
        ])
    }
    let bursts = CampaignFinder.bursts(in: cases)
    let burst = try #require(bursts.first)
    #expect(bursts.count == 1)
    #expect(burst.kind == .burst)
    #expect(burst.target == PersonID(7))
    #expect(burst.cases.count == 4)
    #expect(burst.authorCount == 4)
    #expect(CampaignFinder.linked(in: cases).isEmpty)
  }

  @Test(
    "two authors, or three authors spread over more than the window, are no burst"
  )
  func belowTheThresholds() {
    let two = [
      Self.item(1, hours: 0, entities: [Self.author(1)]),
      Self.item(2, hours: 1, entities: [Self.author(2)]),
    ]
    #expect(CampaignFinder.bursts(in: two).isEmpty)
    let spread = [
      Self.item(1, hours: 0, entities: [Self.author(1)]),
      Self.item(2, hours: 50, entities: [Self.author(2)]),
      Self.item(3, hours: 100, entities: [Self.author(3)]),
    ]
    #expect(CampaignFinder.bursts(in: spread).isEmpty)
    #expect(
      CampaignFinder.bursts(
        in: spread, rules: CampaignRules(burstWindow: 101 * 3_600)
      ).count == 1)
  }

  @Test("one case naming three authors alone is no burst; two cases are")
  func burstNeedsTwoCases() {
    let single = [
      Self.item(1, entities: [Self.author(1), Self.author(2), Self.author(3)])
    ]
    #expect(CampaignFinder.bursts(in: single).isEmpty)
    let pair =
      single + [Self.item(2, hours: 2, entities: [Self.author(4)])]
    #expect(CampaignFinder.bursts(in: pair).map(\.cases.count) == [2])
  }

  @Test("different targets make no burst together")
  func burstNeedsOneTarget() {
    let cases = (1...4).map {
      Self.item(
        $0, hours: Double($0), target: $0,
        entities: [
          Self.author($0)
        ])
    }
    #expect(CampaignFinder.bursts(in: cases).isEmpty)
  }

  @Test("an anonymous case inside a burst window belongs to the burst")
  func anonymousCasesJoinTheBurst() {
    let cases = [
      Self.item(1, hours: 0, entities: [Self.author(1)]),
      Self.item(2, hours: 1),
      Self.item(3, hours: 2, entities: [Self.author(2)]),
      Self.item(4, hours: 3, entities: [Self.author(3)]),
      Self.item(5, hours: 300),
    ]
    #expect(
      CampaignFinder.bursts(in: cases).map(\.cases) == [
        (1...4).map(Self.ref)
      ])
  }

  @Test("overlapping windows make one burst; separate waves make two")
  func wavesOfBursts() {
    let firstWave = (1...3).map {
      Self.item($0, hours: Double($0), entities: [Self.author($0)])
    }
    let echo = (4...5).map {
      Self.item($0, hours: 60 + Double($0), entities: [Self.author($0)])
    }
    let later = (6...8).map {
      Self.item($0, hours: 500 + Double($0), entities: [Self.author($0)])
    }
    let bursts = CampaignFinder.bursts(in: firstWave + echo + later)
    #expect(bursts.count == 2)
    #expect(Set(bursts.map(\.cases.count)) == [5, 3])
    // Most recent activity first.
    #expect(bursts.first?.cases.first == Self.ref(6))
  }

  @Test("a case targeting a judge and a relative makes one burst, not two")
  func sharedTargetsDoNotRepeatBursts() {
    let cases = (1...3).map {
      CampaignCase(
        reference: Self.ref($0), reportedAt: Self.start,
        occurred: nil, court: "tj93008", kinds: [.threat], severity: nil,
        targets: [PersonID(1), PersonID(2)], entities: [Self.author($0)])
    }
    #expect(CampaignFinder.bursts(in: cases).count == 1)
  }

  @Test("a case known only to the month is timed by its report")
  func monthPrecisionUsesReportDate() {
    let reported = Self.start.addingTimeInterval(86_400 * 20)
    let item = CampaignCase(
      reference: Self.ref(1), reportedAt: reported,
      occurred: OccurrenceDate(start: Self.start, precision: .month),
      court: "tj93008", kinds: [.threat], severity: nil, targets: [],
      entities: [])
    #expect(item.moment == reported)
  }

  @Test("the campaigns of a case are those that contain it")
  func campaignsOfOneCase() {
    let cases = [
      Self.item(1, hours: 0, target: 1, entities: [Self.author(1)]),
      Self.item(2, hours: 1, target: 1, entities: [Self.author(2)]),
      Self.item(3, hours: 2, target: 1, entities: [Self.author(3)]),
      Self.item(4, hours: 900, target: 2, entities: [Self.author(1)]),
      Self.item(5, hours: 900, target: 3, entities: [Self.author(8)]),
    ]
    let kinds = CampaignFinder.campaigns(of: Self.ref(1), in: cases).map(
      \.kind)
    #expect(Set(kinds) == [.linked, .burst])
    #expect(CampaignFinder.campaigns(of: Self.ref(5), in: cases).isEmpty)
    #expect(CampaignFinder.campaigns(of: Self.ref(4), in: cases).count == 1)
  }
}
