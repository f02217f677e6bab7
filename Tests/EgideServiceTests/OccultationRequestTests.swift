import EgideCore
import EgideService
import EgideStore
import Foundation
import Testing

@Suite("The service files, decides and shows occultation requests")
struct OccultationRequestTests {
  @Test(
    "a Bobigny judge's request on a Bobigny decision goes to its president, its number hidden unless revealed"
  )
  func requestToCourtPresident() throws {
    let fixture = try ServiceFixture()
    let (reference, measure) = try fixture.measure("open_data_occultation")
    let filed = try fixture.service.run(
      RequestOccultation(
        measure: measure, decisionCourt: "Bobigny", decisionNumber: "24/01234",
        decisionDate: "12/03/2026"),
      as: ServiceFixture.bobignyDelegate)
    #expect(filed.request == "OC-000001")
    #expect(filed.caseReference == reference)
    #expect(filed.authority == "Président, Tribunal judiciaire de Bobigny")
    #expect(filed.legalBasis == "COJ L111-13 and R111-12")
    #expect(!filed.allowsAppeal)
    #expect(filed.requestedBy == "delegue.bobigny")
    #expect(filed.requestedAt == ISODate.string(ServiceFixture.now))
    #expect(filed.decisions.first?.label == "tj93008 n° 24/01234 of 2026-03-12")

    let hidden = try fixture.service.run(
      ShowOccultation(request: filed.request),
      as: ServiceFixture.bobignyDelegate)
    #expect(!hidden.identitiesRevealed)
    #expect(hidden.decisions.first?.number == IdentityVault.concealed)
    #expect(hidden.decisions.first?.label == "tj93008")
    #expect(try fixture.service.registry.accessLog().isEmpty)

    let shown = try fixture.service.run(
      ShowOccultation(request: filed.request, purpose: "préparer le recours"),
      as: ServiceFixture.bobignyDelegate)
    #expect(shown.identitiesRevealed)
    #expect(shown.decisions.first?.number == "24/01234")
    let log = try fixture.service.registry.accessLog()
    #expect(log.count == 1)
    #expect(log.first?.action == .occultation)
    #expect(log.first?.caseReference?.description == reference)
    #expect(log.first?.recordedAt == ServiceFixture.now)
    #expect(log.first?.details == ["request": "OC-000001"])
  }

  @Test(
    "a refusal under R111-13 opens a two-month window counted at the service's time, then an appeal"
  )
  func refusalAndAppeal() throws {
    let fixture = try ServiceFixture()
    let (_, measure) = try fixture.measure("open_data_occultation")
    let filed = try fixture.service.run(
      RequestOccultation(
        measure: measure, decisionCourt: "Cour d'appel de Paris",
        judilibreId: "67f0c2a9e1d4"),
      as: ServiceFixture.admin)
    #expect(filed.route == "cassation_magistrate")
    #expect(filed.allowsAppeal)
    #expect(filed.appealWindow == nil)
    let refused = try fixture.service.run(
      DecideOccultation(
        request: filed.request, outcome: "refused", notified: "07/12/2026"),
      as: ServiceFixture.admin)
    #expect(refused.status == "refused")
    #expect(refused.ruling?.outcome == "refused")
    // 7 February 2027 is a Sunday: the window ends on the Monday.
    let window = try #require(refused.appealWindow)
    #expect(window.lastDay == "2027-02-08")
    #expect(window.daysLeft == 63)
    #expect(!window.expired)
    let appealed = try fixture.service.run(
      AppealOccultation(request: filed.request),
      as: ServiceFixture.bobignyDelegate)
    #expect(appealed.status == "appealed")
    #expect(appealed.appealedAt == ISODate.string(ServiceFixture.now))
  }

  @Test(
    "a delegate files but may not decide; a request outside the scope is refused; nothing is written"
  )
  func rolesAndScope() throws {
    let fixture = try ServiceFixture()
    let (_, measure) = try fixture.measure("open_data_occultation")
    let filed = try fixture.service.run(
      RequestOccultation(
        measure: measure, decisionCourt: "tj93008", decisionNumber: "24/1"),
      as: ServiceFixture.bobignyDelegate)
    try fixture.expectRefusal(
      DecideOccultation(request: filed.request, outcome: "granted"),
      as: ServiceFixture.bobignyDelegate, throws: AccessRefusal.self)
    try fixture.expectRefusal(
      DecideOccultation(request: filed.request, outcome: "granted"),
      as: ServiceFixture.douaiOfficer, throws: DomainError.self)
    try fixture.expectRefusal(
      ShowOccultation(request: filed.request, purpose: "contrôle"),
      as: ServiceFixture.douaiOfficer, throws: DomainError.self)
    try fixture.expectRefusal(
      ShowOccultation(request: filed.request), as: ServiceFixture.liaison,
      throws: AccessRefusal.self)
    let (_, lille) = try fixture.measure(
      "open_data_occultation", court: ServiceFixture.lille)
    try fixture.expectRefusal(
      RequestOccultation(
        measure: lille, decisionCourt: "tj59350", decisionNumber: "24/2"),
      as: ServiceFixture.bobignyDelegate, throws: DomainError.self)
    try fixture.expectRefusal(
      AppealOccultation(request: filed.request), as: ServiceFixture.liaison,
      throws: AccessRefusal.self)
    #expect(try fixture.service.registry.accessLog().isEmpty)
  }

  @Test("a refused value names its field and nothing is written")
  func refusalsNameTheirField() throws {
    let fixture = try ServiceFixture()
    let (_, measure) = try fixture.measure("open_data_occultation")
    func request(
      court: String = "tj93008", number: String? = "24/1",
      judilibreId: String? = nil, date: String? = nil,
      relation: String? = nil
    ) -> RequestOccultation {
      RequestOccultation(
        measure: measure, decisionCourt: court, decisionNumber: number,
        judilibreId: judilibreId, decisionDate: date, relation: relation)
    }
    try fixture.expectFieldRefused(
      request(court: "Bobygny"), field: "decisionCourt",
      mentioning: "'Bobygny'")
    try fixture.expectFieldRefused(
      request(number: "24/1'; --"), field: "decisionNumber",
      mentioning: "24/1'; --")
    try fixture.expectFieldRefused(
      request(number: nil), field: "decisionNumber",
      mentioning: "{decisionNumber}")
    try fixture.expectFieldRefused(
      request(judilibreId: "a b"), field: "judilibreId", mentioning: "'a b'")
    try fixture.expectFieldRefused(
      request(date: "2999-01-01"), field: "decisionDate", mentioning: "future")
    try fixture.expectFieldRefused(
      request(relation: "membre"), field: "relation", mentioning: "'membre'")
    try fixture.expectFieldRefused(
      RequestOccultation(
        measure: "mesure", decisionCourt: "tj93008", decisionNumber: "24/1"),
      field: "measure", mentioning: "'mesure'")
    let filed = try fixture.service.run(request(), as: ServiceFixture.admin)
    try fixture.expectFieldRefused(
      DecideOccultation(request: filed.request, outcome: "accepted"),
      field: "outcome", mentioning: "'accepted'")
    try fixture.expectFieldRefused(
      DecideOccultation(
        request: filed.request, outcome: "granted", notified: "31/12/2026"),
      field: "notified", mentioning: "future")
    try fixture.expectFieldRefused(
      ShowOccultation(request: "OC-x"), field: "request", mentioning: "'OC-x'")
  }
}
