import EgideCore
import EgideService
import EgideStore
import Foundation
import Testing

@Suite("The service decides who may request and update measures")
struct MeasureRequestTests {
  @Test(
    "a delegate requests a measure in her court, due at the end of the day typed"
  )
  func delegateRequestsInScope() throws {
    let fixture = try ServiceFixture()
    let reference = try fixture.report()
    let receipt = try fixture.service.run(
      RequestMeasure(
        reference: reference, kind: "police_protection",
        authority: "Préfecture fictive", due: "15/12/2026"),
      as: ServiceFixture.bobignyDelegate)
    #expect(receipt.reference == reference)
    #expect(receipt.measure == "M-000001")
    #expect(receipt.kind == "police_protection")
    let shown = try fixture.service.run(
      ShowCase(reference: reference), as: ServiceFixture.admin)
    let measure = try #require(shown.measures.first)
    // The end of 15 December in Paris (UTC+1).
    #expect(measure.due == "2026-12-15T22:59:59Z")
    #expect(measure.beneficiary == "P-000001")
    #expect(shown.timeline.last?.actor == "delegue.bobigny")
    #expect(
      shown.timeline.last?.recordedAt == ISODate.string(ServiceFixture.now))
  }

  @Test("a security officer of Douai updates a measure of a case in Lille")
  func officerUpdatesInRessort() throws {
    let fixture = try ServiceFixture()
    let (reference, measure) = try fixture.measure(
      "police_protection", court: ServiceFixture.lille)
    let receipt = try fixture.service.run(
      UpdateMeasure(measure: measure, status: "granted", note: "Rondes"),
      as: ServiceFixture.douaiOfficer)
    #expect(receipt.reference == reference)
    #expect(receipt.measure == measure)
    #expect(receipt.status == "granted")
  }

  @Test(
    "a measure outside the caller's scope is refused and nothing is written")
  func outOfScopeIsRefused() throws {
    let fixture = try ServiceFixture()
    let (paris, parisMeasure) = try fixture.measure(
      "police_protection", court: ServiceFixture.paris)
    let (_, bobignyMeasure) = try fixture.measure("police_protection")
    try fixture.expectRefusal(
      RequestMeasure(
        reference: paris, kind: "police_protection", authority: "Préfecture"),
      as: ServiceFixture.bobignyDelegate, throws: DomainError.self)
    try fixture.expectRefusal(
      UpdateMeasure(measure: parisMeasure, status: "granted"),
      as: ServiceFixture.douaiOfficer, throws: DomainError.self)
    try fixture.expectRefusal(
      UpdateMeasure(measure: bobignyMeasure, status: "granted"),
      as: ServiceFixture.douaiOfficer, throws: DomainError.self)
  }

  @Test("a delegate may not update a measure and a liaison may not request one")
  func rolesAreEnforced() throws {
    let fixture = try ServiceFixture()
    let (reference, measure) = try fixture.measure("police_protection")
    try fixture.expectRefusal(
      UpdateMeasure(measure: measure, status: "granted"),
      as: ServiceFixture.bobignyDelegate, throws: AccessRefusal.self)
    try fixture.expectRefusal(
      RequestMeasure(
        reference: reference, kind: "police_protection", authority: "Préfecture"
      ),
      as: ServiceFixture.liaison, throws: AccessRefusal.self)
  }

  @Test("a refused value names its field and nothing is written")
  func refusalsNameTheirField() throws {
    let fixture = try ServiceFixture()
    let (reference, measure) = try fixture.measure("police_protection")
    try fixture.expectFieldRefused(
      RequestMeasure(reference: reference, kind: "polic", authority: "P"),
      field: "kind", mentioning: "'polic'")
    try fixture.expectFieldRefused(
      RequestMeasure(
        reference: reference, kind: "police_protection", authority: "P",
        due: "2026-12"),
      field: "due", mentioning: "'2026-12'")
    try fixture.expectFieldRefused(
      RequestMeasure(
        reference: reference, kind: "police_protection", authority: "P",
        due: "31/02/2027"),
      field: "due", mentioning: "31/02/2027")
    try fixture.expectFieldRefused(
      RequestMeasure(
        reference: reference, kind: "police_protection", authority: "P",
        beneficiary: "personne"),
      field: "beneficiary", mentioning: "'personne'")
    try fixture.expectFieldRefused(
      UpdateMeasure(measure: "mesure", status: "granted"),
      field: "measure", mentioning: "'mesure'")
    try fixture.expectFieldRefused(
      UpdateMeasure(measure: measure, status: "grantd"),
      field: "status", mentioning: "did you mean 'granted'")
  }

  @Test("a due day already past is refused by the case's rules")
  func pastDueIsRefused() throws {
    let fixture = try ServiceFixture()
    let reference = try fixture.report()
    let error = try fixture.expectRefusal(
      RequestMeasure(
        reference: reference, kind: "police_protection", authority: "P",
        due: "06/12/2026"),
      as: ServiceFixture.admin, throws: DomainError.self)
    #expect(error?.code == .unacceptableValue)
    #expect(error?.message.contains("due date") == true)
  }
}
