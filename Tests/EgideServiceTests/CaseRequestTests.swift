import EgideCore
import EgideService
import EgideStore
import Foundation
import Testing

@Suite("The service decides who may do what with cases")
struct CaseRequestTests {
  @Test("a delegate scoped to Bobigny reports there and reads the case")
  func delegateReportsInScope() throws {
    let fixture = try ServiceFixture()
    let reference = try fixture.report(as: ServiceFixture.bobignyDelegate)
    let document = try fixture.service.run(
      ShowCase(reference: reference), as: ServiceFixture.bobignyDelegate)
    #expect(document.court == "tj93008")
    #expect(document.reportedBy == "delegue.bobigny")
    #expect(!document.identitiesRevealed)
    #expect(document.people.first?.name == IdentityVault.concealed)
  }

  @Test(
    "a court name two courts share means the one of the reporter's scope, and the other is named"
  )
  func courtOfTheScope() throws {
    let notes = NoteCollector()
    let fixture = try ServiceFixture(notes: { notes.add($0) })
    let reference = try fixture.report(
      court: "Lille", as: ServiceFixture.douaiOfficer)
    let document = try fixture.service.run(
      ShowCase(reference: reference), as: ServiceFixture.douaiOfficer)
    #expect(document.court == "tj59350")
    #expect(
      notes.all.contains {
        guard case .warning(let text) = $0 else { return false }
        return text.contains("ta_lille") && text.contains("give the code")
      }, "\(notes.all)")
    // For the admin, who sees every court, the name stays ambiguous.
    #expect(throws: (any Error).self) {
      try fixture.report(court: "Lille")
    }
  }

  @Test("a case outside the caller's scope is refused and nothing is written")
  func outOfScopeIsRefused() throws {
    let fixture = try ServiceFixture()
    let paris = try fixture.report(court: "tj75056")
    let before = try fixture.snapshot()
    #expect(throws: DomainError.self) {
      try fixture.service.run(
        ShowCase(reference: paris, purpose: "check the report"),
        as: ServiceFixture.bobignyDelegate)
    }
    #expect(throws: AccessRefusal.self) {
      try fixture.report(court: "tj75056", as: ServiceFixture.bobignyDelegate)
    }
    #expect(try fixture.snapshot() == before)
  }

  @Test("a liaison sees no case and a delegate may not assess")
  func rolesAreEnforced() throws {
    let fixture = try ServiceFixture()
    let reference = try fixture.report()
    #expect(throws: AccessRefusal.self) {
      try fixture.service.run(
        ListCases(), as: ServiceFixture.liaison)
    }
    #expect(throws: AccessRefusal.self) {
      try fixture.service.run(
        AssessCase(reference: reference, severity: "high"),
        as: ServiceFixture.bobignyDelegate)
    }
  }

  @Test("an unknown caller is refused before anything is read")
  func unknownCallerIsRefused() throws {
    let fixture = try ServiceFixture()
    #expect(throws: AccessRefusal.self) {
      try fixture.service.run(ListCases(), as: .local("personne.inconnue"))
    }
  }

  @Test("a reveal is written to the access log with the service's time")
  func revealIsLogged() throws {
    let fixture = try ServiceFixture()
    let reference = try fixture.report()
    let document = try fixture.service.run(
      ShowCase(reference: reference, purpose: "prepare the complaint"),
      as: ServiceFixture.admin)
    #expect(document.identitiesRevealed)
    #expect(document.people.first?.name == "Ysolde MARVANNE")
    let log = try fixture.service.registry.accessLog()
    #expect(log.count == 1)
    #expect(log.first?.actor == "admin.test")
    #expect(log.first?.recordedAt == ServiceFixture.now)
    #expect(log.first?.purpose == "prepare the complaint")
  }

  @Test("a refused value names its field, as the request names it")
  func refusalsNameTheirField() throws {
    let fixture = try ServiceFixture()
    let reference = try fixture.report()
    do {
      _ = try fixture.service.run(
        AssessCase(reference: reference, severity: "hgh"),
        as: ServiceFixture.admin)
      Issue.record("an unknown severity was accepted")
    } catch let error as DomainError {
      #expect(error.field == "severity")
      #expect(error.message.contains("hgh"))
    }
  }

  @Test("a list is paged with a cursor bound to its filters")
  func listPages() throws {
    let fixture = try ServiceFixture()
    for index in 0..<5 { try fixture.report(name: "Nom Numéro\(index)") }
    let first = try fixture.service.run(
      ListCases(limit: 2), as: ServiceFixture.admin)
    #expect(first.cases.count == 2)
    let cursor = try #require(first.nextCursor)
    let second = try fixture.service.run(
      ListCases(limit: 10, cursor: cursor), as: ServiceFixture.admin)
    #expect(second.cases.count == 3)
    #expect(second.nextCursor == nil)
    #expect(
      Set(first.cases.map(\.reference)).isDisjoint(
        with: second.cases.map(\.reference)))
    #expect(throws: ServiceError.self) {
      try fixture.service.run(
        ListCases(
          filters: CaseFilters(kinds: ["doxxing"]), limit: 2, cursor: cursor),
        as: ServiceFixture.admin)
    }
    #expect(throws: ServiceError.self) {
      try fixture.service.run(
        ListCases(limit: 2, cursor: "pas-un-curseur"), as: ServiceFixture.admin
      )
    }
  }
}

/// The notes a service said, kept for a test to read.
final class NoteCollector: @unchecked Sendable {
  private let lock = NSLock()
  private var notes: [ServiceNote] = []

  /// Keeps a note.
  func add(_ note: ServiceNote) {
    lock.lock()
    defer { lock.unlock() }
    notes.append(note)
  }

  /// Every note kept, in order.
  var all: [ServiceNote] {
    lock.lock()
    defer { lock.unlock() }
    return notes
  }
}
