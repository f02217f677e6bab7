import EgideCore
import EgideService
import EgideStore
import Foundation
import Testing

@Suite("The service lets admins only add, list and disable users")
struct UserRequestTests {
  @Test("an admin adds a scoped user, signed and dated by the service")
  func adminAddsAUser() throws {
    let fixture = try ServiceFixture()
    let receipt = try fixture.service.run(
      AddUser(
        name: "officier.lille", role: "security_officer", court: "tj59350"),
      as: ServiceFixture.admin)
    #expect(receipt.user.name == "officier.lille")
    #expect(receipt.user.scope == "tj59350")
    #expect(receipt.user.scopeKind == "court")
    #expect(receipt.user.createdBy == "admin.test")
    #expect(receipt.user.createdAt == "2026-12-07T09:00:00Z")
    #expect(receipt.roleDescription == "security_officer for court tj59350")
    #expect(receipt.scopeName?.contains("Lille") == true)
    let users = try fixture.service.run(ListUsers(), as: ServiceFixture.admin)
    #expect(users.users.map(\.name).last == "officier.lille")
    #expect(users.users.count == 5)
  }

  @Test(
    "no one but an admin adds, lists or disables a user, and nothing is written"
  )
  func othersAreRefused() throws {
    let fixture = try ServiceFixture()
    let before = try fixture.snapshot()
    for caller in [
      ServiceFixture.bobignyDelegate, ServiceFixture.douaiOfficer,
      ServiceFixture.liaison,
    ] {
      #expect(throws: AccessRefusal.self) {
        try fixture.service.run(
          AddUser(name: "intrus.fictif", role: "admin"), as: caller)
      }
      #expect(throws: AccessRefusal.self) {
        try fixture.service.run(ListUsers(), as: caller)
      }
      #expect(throws: AccessRefusal.self) {
        try fixture.service.run(
          DisableUser(name: "admin.test"), as: caller)
      }
    }
    #expect(try fixture.snapshot() == before)
  }

  @Test("a refused user names the field at fault, in its request's words")
  func refusalsNameTheirField() throws {
    let fixture = try ServiceFixture()
    let before = try fixture.snapshot()
    let requests: [(AddUser, String)] = [
      (AddUser(name: "x.fictif", role: "securty_officer"), "role"),
      (AddUser(name: "x.fictif", role: "delegate", court: "Bobginy"), "court"),
      (
        AddUser(name: "x.fictif", role: "delegate", ressort: "tj93008"),
        "ressort"
      ),
      (
        AddUser(
          name: "x.fictif", role: "delegate", court: "Bobigny",
          ressort: "ca_paris"), "ressort"
      ),
      (AddUser(name: "x.fictif", role: "admin", court: "Bobigny"), "court"),
      (AddUser(name: "x fictif", role: "delegate"), "name"),
    ]
    for (request, field) in requests {
      do {
        _ = try fixture.service.run(request, as: ServiceFixture.admin)
        Issue.record("a bad user was accepted: \(request)")
      } catch let error as DomainError {
        #expect(error.field == field, "\(error)")
        #expect(!error.message.contains("--"), "\(error)")
      }
    }
    #expect(try fixture.snapshot() == before)
  }

  @Test("a disabled user may no longer act; the last admin cannot be disabled")
  func disabling() throws {
    let fixture = try ServiceFixture()
    let receipt = try fixture.service.run(
      DisableUser(name: "delegue.bobigny"), as: ServiceFixture.admin)
    #expect(receipt.user.enabled == false)
    #expect(receipt.user.disabledBy == "admin.test")
    #expect(receipt.user.disabledAt == "2026-12-07T09:00:00Z")
    #expect(throws: AccessRefusal.self) {
      try fixture.service.run(ListCases(), as: ServiceFixture.bobignyDelegate)
    }
    let before = try fixture.snapshot()
    for name in ["admin.test", "delegue.bobigny", "personne.fictive"] {
      do {
        _ = try fixture.service.run(
          DisableUser(name: name), as: ServiceFixture.admin)
        Issue.record("\(name) was disabled")
      } catch let error as DomainError {
        #expect(error.message.contains(name), "\(error)")
        #expect(!error.message.contains("egide"), "\(error)")
      }
    }
    #expect(try fixture.snapshot() == before)
  }
}
