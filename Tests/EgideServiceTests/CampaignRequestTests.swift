import EgideCore
import EgideService
import EgideStore
import Foundation
import Testing

@Suite("The service finds campaigns within each caller's scope")
struct CampaignRequestTests {
  /// Three cases by one invented handle, two in Bobigny and one in Lille
  /// (ressort ca_douai), and one unrelated case; their references.
  static func populate(_ fixture: ServiceFixture) throws -> (
    crow: [String], unrelated: String
  ) {
    func report(_ court: String, _ name: String, _ author: String, _ day: Int)
      throws -> String
    {
      try fixture.service.run(
        ReportCase(
          kinds: ["cyberharassment"], occurred: "0\(day)/11/2026 20:00",
          channel: "social_network", platform: "x", court: court,
          targets: [.init(name: name, role: "judge")],
          summary: "Message hostile sous une décision fictive",
          authors: [author]),
        as: ServiceFixture.admin
      ).reference
    }
    let crow = [
      try report("tj93008", "Isaure VELMONTE", "@corbeau_fictif", 1),
      try report("tj93008", "Clothaire BRENAS", "corbeau_fictif", 3),
      try report("tj59350", "Ambroisine DELCASTE", "@Corbeau_Fictif", 5),
    ]
    let unrelated = try report("tj93008", "Gaspardine LOUVAL", "@passant", 7)
    return (crow, unrelated)
  }

  @Test("the admin lists the campaign of every court, counts only")
  func adminListsEveryCampaign() throws {
    let fixture = try ServiceFixture()
    let (crow, unrelated) = try Self.populate(fixture)
    let document = try fixture.service.run(
      ListCampaigns(), as: ServiceFixture.admin)
    #expect(document.campaigns.count == 1)
    let campaign = try #require(document.campaigns.first)
    #expect(campaign.kind == "linked")
    #expect(campaign.cases == crow)
    #expect(!campaign.cases.contains(unrelated))
    #expect(campaign.sharedAuthorCount == 1)
    #expect(campaign.sharedAuthors == nil)
    #expect(document.reference == nil)
    #expect(document.rules.burstWindowHours == 72)
    #expect(try fixture.service.registry.accessLog().isEmpty)
  }

  @Test("a scoped caller sees the campaigns among the cases of their scope")
  func scopeLimitsCampaigns() throws {
    let fixture = try ServiceFixture()
    let (crow, _) = try Self.populate(fixture)
    let bobigny = try fixture.service.run(
      ListCampaigns(), as: ServiceFixture.bobignyDelegate)
    #expect(bobigny.campaigns.map(\.cases) == [Array(crow.prefix(2))])
    let douai = try fixture.service.run(
      ListCampaigns(), as: ServiceFixture.douaiOfficer)
    #expect(douai.campaigns.isEmpty)
    #expect(throws: AccessRefusal.self) {
      try fixture.service.run(ListCampaigns(), as: ServiceFixture.liaison)
    }
  }

  @Test("since and minCases narrow the list")
  func filtersNarrow() throws {
    let fixture = try ServiceFixture()
    _ = try Self.populate(fixture)
    let three = try fixture.service.run(
      ListCampaigns(minCases: 4), as: ServiceFixture.admin)
    #expect(three.campaigns.isEmpty)
    let recent = try fixture.service.run(
      ListCampaigns(since: "06/11/2026"), as: ServiceFixture.admin)
    #expect(recent.campaigns.isEmpty)
    let earlier = try fixture.service.run(
      ListCampaigns(since: "04/11/2026"), as: ServiceFixture.admin)
    #expect(earlier.campaigns.count == 1)
  }

  @Test("a refused rule or date names its field and writes nothing")
  func refusalsNameTheirField() throws {
    let fixture = try ServiceFixture()
    let (crow, _) = try Self.populate(fixture)
    let before = try fixture.snapshot()
    let requests: [(any ServiceRequest, String)] = [
      (ListCampaigns(minCases: 1), "minCases"),
      (ListCampaigns(burstWindow: 0), "burstWindow"),
      (ListCampaigns(burstAuthors: 1), "burstAuthors"),
      (ListCampaigns(since: "hier"), "since"),
      (ShowCampaigns(reference: "42"), "reference"),
      (ShowCampaigns(reference: crow[0], burstWindow: 721), "burstWindow"),
      (ShowCampaigns(reference: crow[0], purpose: " "), "purpose"),
    ]
    for (request, field) in requests {
      do {
        _ = try request.run(on: fixture.service, as: ServiceFixture.admin)
        Issue.record("\(request) was accepted")
      } catch let error as DomainError {
        #expect(error.field == field, "\(error)")
      }
    }
    #expect(try fixture.snapshot() == before)
  }

  @Test(
    "a case's campaigns name what links them only once the reveal is logged")
  func showRevealsWithPurpose() throws {
    let fixture = try ServiceFixture()
    let (crow, unrelated) = try Self.populate(fixture)
    let hidden = try fixture.service.run(
      ShowCampaigns(reference: crow[1]), as: ServiceFixture.admin)
    #expect(hidden.reference == crow[1])
    #expect(hidden.campaigns.first?.sharedAuthors == [IdentityVault.concealed])
    #expect(try fixture.service.registry.accessLog().isEmpty)

    let shown = try fixture.service.run(
      ShowCampaigns(reference: crow[1], purpose: "brief the prosecutor"),
      as: ServiceFixture.admin)
    #expect(shown.campaigns.first?.sharedAuthors == ["corbeau_fictif"])
    let log = try fixture.service.registry.accessLog()
    #expect(log.count == 1)
    #expect(log.first?.action == .campaign)
    #expect(log.first?.caseReference?.description == crow[1])
    #expect(log.first?.details["command"] == "campaign show")
    #expect(log.first?.recordedAt == ServiceFixture.now)

    let none = try fixture.service.run(
      ShowCampaigns(reference: unrelated), as: ServiceFixture.admin)
    #expect(none.campaigns.isEmpty)
  }

  @Test("a case outside the caller's scope is refused before any reveal")
  func showOutsideScopeIsRefused() throws {
    let fixture = try ServiceFixture()
    let (crow, _) = try Self.populate(fixture)
    let before = try fixture.snapshot()
    // Answered as a case that does not exist.
    #expect(throws: DomainError.self) {
      try fixture.service.run(
        ShowCampaigns(reference: crow[0], purpose: "brief the prosecutor"),
        as: ServiceFixture.douaiOfficer)
    }
    #expect(throws: AccessRefusal.self) {
      try fixture.service.run(
        ShowCampaigns(reference: crow[0], purpose: "brief the prosecutor"),
        as: ServiceFixture.liaison)
    }
    #expect(try fixture.snapshot() == before)
  }
}
