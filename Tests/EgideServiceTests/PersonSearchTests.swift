import EgideCore
import EgideService
import EgideStore
import Foundation
import Testing

@Suite("The service finds a registered person by name, for a purpose")
struct PersonSearchTests {
  @Test("a search finds the person by folded name and logs it under her case")
  func searchIsLoggedUnderTheCase() throws {
    let fixture = try ServiceFixture()
    let reference = try fixture.report(name: "Ysolde MARVANNE")
    let result = try fixture.service.run(
      FindPerson(
        name: "ysolde   marvanne", purpose: "new report from her clerk"),
      as: ServiceFixture.admin)
    #expect(result.persons.count == 1)
    let person = try #require(result.persons.first)
    #expect(person.id == "P-000001")
    #expect(person.role == "judge")
    #expect(person.court == "tj93008")
    #expect(person.cases == [reference])
    let log = try fixture.service.registry.accessLog()
    #expect(log.count == 1)
    #expect(log.first?.action == .personSearch)
    #expect(log.first?.caseReference?.description == reference)
    #expect(log.first?.purpose == "new report from her clerk")
    #expect(log.first?.details["persons"] == "P-000001")
    #expect(log.first?.recordedAt == ServiceFixture.now)
  }

  @Test("a search that finds no one is still logged, without a case")
  func emptySearchIsLogged() throws {
    let fixture = try ServiceFixture()
    try fixture.report(name: "Ysolde MARVANNE")
    let result = try fixture.service.run(
      FindPerson(name: "Ysolde MARVANNES", purpose: "new report"),
      as: ServiceFixture.bobignyDelegate)
    #expect(result.persons.isEmpty)
    let log = try fixture.service.registry.accessLog()
    #expect(log.map(\.caseReference) == [nil])
    #expect(log.first?.details["matches"] == "0")
    #expect(log.first?.actor == "delegue.bobigny")
  }

  @Test("a scoped caller finds only the persons of their scope")
  func scopeLimitsTheSearch() throws {
    let fixture = try ServiceFixture()
    try fixture.report(court: "tj59350", name: "Ysolde MARVANNE")
    let outside = try fixture.service.run(
      FindPerson(name: "Ysolde MARVANNE", purpose: "new report"),
      as: ServiceFixture.bobignyDelegate)
    #expect(outside.persons.isEmpty)
    let inside = try fixture.service.run(
      FindPerson(name: "Ysolde MARVANNE", purpose: "new report"),
      as: ServiceFixture.douaiOfficer)
    #expect(inside.persons.map(\.court) == ["tj59350"])
  }

  @Test("a search without a purpose or a name, or by a liaison, writes nothing")
  func refusedSearchesWriteNothing() throws {
    let fixture = try ServiceFixture()
    try fixture.report(name: "Ysolde MARVANNE")
    let before = try fixture.snapshot()
    for (request, field) in [
      (FindPerson(name: "Ysolde MARVANNE", purpose: nil), "purpose"),
      (FindPerson(name: " ", purpose: "new report"), "name"),
    ] {
      do {
        _ = try fixture.service.run(request, as: ServiceFixture.admin)
        Issue.record("a search was accepted: \(request)")
      } catch let error as DomainError {
        #expect(error.field == field, "\(error)")
      }
    }
    #expect(throws: AccessRefusal.self) {
      try fixture.service.run(
        FindPerson(name: "Ysolde MARVANNE", purpose: "new report"),
        as: ServiceFixture.liaison)
    }
    #expect(try fixture.snapshot() == before)
  }

  @Test("the name travels in a request body, never in a URL")
  func nameIsNotInThePath() {
    #expect(FindPerson.endpoint.method == .post)
    #expect(FindPerson.endpoint.parameters.isEmpty)
  }
}
