import EgideCore
import EgideService
import EgideStore
import Foundation
import Testing

@Suite("The service reads the access log within each caller's scope")
struct AccessLogRequestTests {
  /// A reveal in a Bobigny case and one in a Lille case; their references.
  static func populate(_ fixture: ServiceFixture) throws -> (String, String) {
    let bobigny = try fixture.report()
    let lille = try fixture.report(court: "tj59350", name: "Oriane VELARDE")
    for reference in [bobigny, lille] {
      _ = try fixture.service.run(
        ShowCase(reference: reference, purpose: "prepare the complaint"),
        as: ServiceFixture.admin)
    }
    return (bobigny, lille)
  }

  @Test("the admin reads every entry, oldest first, narrowed by case and user")
  func adminReadsEverything() throws {
    let fixture = try ServiceFixture()
    let (bobigny, lille) = try Self.populate(fixture)
    let all = try fixture.service.run(ListAccessLog(), as: ServiceFixture.admin)
    #expect(all.entries.map(\.caseReference) == [bobigny, lille])
    #expect(all.entries.first?.recordedAt == "2026-12-07T09:00:00Z")
    #expect(all.entries.first?.details == ["command": "show"])
    let one = try fixture.service.run(
      ListAccessLog(case: lille), as: ServiceFixture.admin)
    #expect(one.entries.map(\.caseReference) == [lille])
    let nobody = try fixture.service.run(
      ListAccessLog(user: "personne.fictive"), as: ServiceFixture.admin)
    #expect(nobody.entries.isEmpty)
    let later = try fixture.service.run(
      ListAccessLog(since: "2026-12-08"), as: ServiceFixture.admin)
    #expect(later.entries.isEmpty)
  }

  @Test("an officer scoped to a ressort reads the entries of its cases only")
  func scopedOfficerReadsTheirScope() throws {
    let fixture = try ServiceFixture()
    let (bobigny, lille) = try Self.populate(fixture)
    let douai = try fixture.service.run(
      ListAccessLog(), as: ServiceFixture.douaiOfficer)
    #expect(douai.entries.map(\.caseReference) == [lille])
    let outside = try fixture.service.run(
      ListAccessLog(case: bobigny), as: ServiceFixture.douaiOfficer)
    #expect(outside.entries.isEmpty)
  }

  @Test(
    "a delegate or a liaison may not read the log; bad filters name their field"
  )
  func refusals() throws {
    let fixture = try ServiceFixture()
    _ = try Self.populate(fixture)
    let before = try fixture.snapshot()
    for caller in [ServiceFixture.bobignyDelegate, ServiceFixture.liaison] {
      #expect(throws: AccessRefusal.self) {
        try fixture.service.run(ListAccessLog(), as: caller)
      }
    }
    for (request, field) in [
      (ListAccessLog(case: "42"), "case"),
      (ListAccessLog(since: "hier"), "since"),
    ] {
      do {
        _ = try fixture.service.run(request, as: ServiceFixture.admin)
        Issue.record("a bad filter was accepted: \(request)")
      } catch let error as DomainError {
        #expect(error.field == field, "\(error)")
      }
    }
    #expect(try fixture.snapshot() == before)
  }
}
