import EgideCore
import EgideService
import EgideStore
import Foundation
import Testing

@Suite("The service scans decisions for registered persons, for a purpose")
struct ExposureRequestTests {
  /// An invented Bobigny judgment naming the fixture's default judge.
  static let judgment = ScanExposure.Decision(
    source: "jugement.txt",
    content: """
      TRIBUNAL JUDICIAIRE DE BOBIGNY

      N° RG 24/01234

      À l'audience du 6 février 2026, tenue par Mme Ysolde MARVANNE, présidente.

      """)

  @Test(
    "a scan finds the judge by identifier, masks her name and logs the lookup")
  func scanIsLogged() throws {
    let fixture = try ServiceFixture()
    let reference = try fixture.report()
    let document = try fixture.service.run(
      ScanExposure(decisions: [Self.judgment], purpose: "monthly check"),
      as: ServiceFixture.bobignyDelegate)
    let decision = try #require(document.decisions.first)
    #expect(decision.court == "tj93008")
    #expect(decision.number == "24/01234")
    #expect(decision.label.hasPrefix("jugement.txt — "))
    let hit = try #require(decision.hits.first)
    #expect(hit.person == "P-000001")
    #expect(hit.cases == [reference])
    #expect(hit.name == nil)
    #expect(!hit.passage.contains("MARVANNE"))
    #expect(document.requests.isEmpty)
    let log = try fixture.service.registry.accessLog()
    #expect(log.count == 1)
    #expect(log.first?.action == .exposure)
    #expect(log.first?.actor == "delegue.bobigny")
    #expect(log.first?.caseReference?.description == reference)
    #expect(log.first?.details["names"] == "masked")
    #expect(log.first?.details["files"] == "1")
    #expect(log.first?.details["persons"] == "P-000001")
    #expect(log.first?.recordedAt == ServiceFixture.now)
  }

  @Test("names are in the answer only when asked for")
  func revealNames() throws {
    let fixture = try ServiceFixture()
    try fixture.report()
    let document = try fixture.service.run(
      ScanExposure(
        decisions: [Self.judgment], purpose: "check before a request",
        reveal: true),
      as: ServiceFixture.admin)
    #expect(document.decisions.first?.hits.first?.name == "Ysolde MARVANNE")
    #expect(
      try fixture.service.registry.accessLog().first?.details["names"]
        == "shown")
  }

  @Test("a scoped caller scans the persons of their scope only")
  func scopeLimitsTheScan() throws {
    let fixture = try ServiceFixture()
    try fixture.report(court: "tj59350")
    let document = try fixture.service.run(
      ScanExposure(decisions: [Self.judgment], purpose: "monthly check"),
      as: ServiceFixture.bobignyDelegate)
    #expect(document.decisions.first?.hits.isEmpty == true)
    // Logged all the same, without a case.
    #expect(
      try fixture.service.registry.accessLog().map(\.caseReference) == [nil])
  }

  @Test("a scan with requests files one occultation request, once")
  func requestIsFiledOnce() throws {
    let fixture = try ServiceFixture()
    let reference = try fixture.report()
    let scan = ScanExposure(
      decisions: [Self.judgment], purpose: "monthly check", request: true,
      minConfidence: "low")
    let document = try fixture.service.run(
      scan, as: ServiceFixture.bobignyDelegate)
    let request = try #require(document.requests.first)
    #expect(document.requests.count == 1)
    #expect(request.case == reference)
    #expect(request.person == "P-000001")
    #expect(request.occultation == "OC-000001")
    #expect(request.decisions == ["tj93008 n° 24/01234"])
    let again = try fixture.service.run(scan, as: ServiceFixture.admin)
    #expect(again.requests.isEmpty)
  }

  @Test(
    "an appeal judgment is filed as the cour d'appel's, not the tribunal's it recounts: the request goes to the Cour de cassation (R111-13)"
  )
  func appealJudgmentGoesToCassation() throws {
    let fixture = try ServiceFixture()
    try fixture.report()
    let appeal = ScanExposure.Decision(
      source: "arret.txt",
      content: """
        RÉPUBLIQUE FRANÇAISE
        AU NOM DU PEUPLE FRANÇAIS

        COUR D'APPEL DE PARIS
        Pôle 2 - Chambre 7
        ARRÊT DU 12 MARS 2026

        N° RG 25/04411

        Décision déférée à la Cour : jugement du 3 mars 2025 du tribunal judiciaire de Bobigny

        COMPOSITION DE LA COUR :
        Mme Ysolde MARVANNE, conseillère déléguée

        LA COUR, après en avoir délibéré
        """)
    let document = try fixture.service.run(
      ScanExposure(
        decisions: [appeal], purpose: "monthly check", request: true,
        minConfidence: "low"),
      as: ServiceFixture.admin)
    #expect(document.decisions.first?.court == "ca_paris")
    let request = try #require(document.requests.first)
    #expect(request.route == "cassation_magistrate")
    #expect(request.legalBasis == "COJ L111-13 and R111-13")
    #expect(request.decisions == ["ca_paris n° 25/04411"])
  }

  @Test(
    "a decision whose court is not certain gets no request, and the answer says why"
  )
  func uncertainCourtIsNotFiled() throws {
    let fixture = try ServiceFixture()
    try fixture.report()
    let unsure = ScanExposure.Decision(
      source: "extrait.txt",
      content: """
        ARRÊT N° 412

        N° RG 25/04412

        Sur appel d'un jugement du tribunal judiciaire de Bobigny.
        Présidente : Mme Ysolde MARVANNE

        LA COUR, après en avoir délibéré
        """)
    let document = try fixture.service.run(
      ScanExposure(
        decisions: [unsure], purpose: "monthly check", request: true,
        minConfidence: "low"),
      as: ServiceFixture.admin)
    let decision = try #require(document.decisions.first)
    #expect(decision.court == nil)
    #expect(decision.courtDoubt?.contains("tj93008") == true)
    #expect(decision.hits.first.map { $0.confidence != "high" } == true)
    #expect(document.requests.isEmpty)
    let skipped = try #require(document.notFiled.first)
    #expect(skipped.person == "P-000001")
    #expect(skipped.reason.contains("not certain"))
    #expect(
      try fixture.service.registry.transaction {
        try $0.occultationRequests(for: PersonID(1))
      }.isEmpty)
  }

  @Test("a refused scan names its field and writes nothing")
  func refusalsNameTheirField() throws {
    let fixture = try ServiceFixture()
    try fixture.report()
    let before = try fixture.snapshot()
    let broken = ScanExposure.Decision(
      source: "broken.json", content: #"{"results": [{"id": "x1"}]}"#)
    let requests: [(ScanExposure, String)] = [
      (ScanExposure(decisions: [Self.judgment], purpose: nil), "purpose"),
      (ScanExposure(decisions: [], purpose: "monthly check"), "decisions"),
      (
        ScanExposure(decisions: [broken], purpose: "monthly check"), "decisions"
      ),
      (
        ScanExposure(
          decisions: [Self.judgment], purpose: "monthly check",
          minConfidence: "certain"), "minConfidence"
      ),
    ]
    for (request, field) in requests {
      do {
        _ = try fixture.service.run(request, as: ServiceFixture.admin)
        Issue.record("a bad scan was accepted")
      } catch let error as DomainError {
        #expect(error.field == field, "\(error)")
      }
    }
    #expect(throws: AccessRefusal.self) {
      try fixture.service.run(
        ScanExposure(decisions: [Self.judgment], purpose: "monthly check"),
        as: ServiceFixture.liaison)
    }
    #expect(try fixture.snapshot() == before)
  }

  @Test("decisions beyond 64 MiB in all are refused by name, before any lookup")
  func oversizedScanIsRefused() throws {
    let fixture = try ServiceFixture()
    try fixture.report()
    let before = try fixture.snapshot()
    let half = String(repeating: "a", count: ScanExposure.maximumSize / 2 + 1)
    do {
      _ = try fixture.service.run(
        ScanExposure(
          decisions: [
            .init(source: "un.txt", content: half),
            .init(source: "deux.txt", content: half),
          ], purpose: "monthly check"),
        as: ServiceFixture.admin)
      Issue.record("an oversized scan was accepted")
    } catch let error as ServiceError {
      #expect(error.code == .tooLarge)
      #expect(error.field == "decisions")
      #expect(error.message.contains("64 MiB"))
    }
    #expect(try fixture.snapshot() == before)
  }

  @Test("a request without decisions decodes, and is refused by name")
  func missingDecisionsDecode() throws {
    let request = try JSONDecoder().decode(
      ScanExposure.self, from: Data(#"{"purpose": "monthly check"}"#.utf8))
    #expect(request.decisions.isEmpty)
  }
}
