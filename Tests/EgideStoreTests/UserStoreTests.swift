import EgideCore
import Foundation
import GRDB
import Testing

@testable import EgideStore

/// Users on real registry files: added, listed, disabled, never deleted;
/// the first admin of a registry without users; where a subject's case is;
/// listings limited to a scope.
@Suite("Users and scopes in the store")
struct UserStoreTests {
  static let now = StoreFixture.paris(2026, 7, 6, 9, 0)

  static func user(
    _ name: String, _ role: UserRole, _ scope: UserScope? = nil
  ) throws -> User {
    try User(
      name: name, role: role, scope: scope, createdBy: "admin.fictif",
      createdAt: now)
  }

  @Test("users added are listed in order with their role and scope")
  func addAndList() throws {
    try withRegistry { registry in
      try registry.addUser(try Self.user("admin.fictif", .admin))
      try registry.addUser(
        try Self.user("officier.douai", .securityOfficer, .ressort("ca_douai")))
      let users = try registry.users()
      #expect(users.map(\.name) == ["admin.fictif", "officier.douai"])
      #expect(users[1].scope == .ressort("ca_douai"))
      #expect(users[1].role == .securityOfficer)
      #expect(users[1].createdAt == Self.now)
      #expect(users.allSatisfy { $0.isEnabled })
      #expect(try registry.user(named: "officier.douai") == users[1])
    }
  }

  @Test("a name is never given twice; a disabled user keeps it")
  func duplicateRefused() throws {
    try withRegistry { registry in
      try registry.addUser(try Self.user("admin.fictif", .admin))
      try registry.addUser(try Self.user("delegue.fictif", .delegate))
      try registry.disableUser(
        "delegue.fictif", by: "admin.fictif", at: Self.now)
      #expect(throws: DomainError.self) {
        try registry.addUser(try Self.user("delegue.fictif", .delegate))
      }
      #expect(try registry.count("users") == 2)
    }
  }

  @Test("disabling records who and when; the row stays and cannot be deleted")
  func disabling() throws {
    try withRegistry { registry in
      try registry.addUser(try Self.user("admin.fictif", .admin))
      try registry.addUser(try Self.user("delegue.fictif", .delegate))
      let later = Self.now.addingTimeInterval(3_600)
      let disabled = try registry.disableUser(
        "delegue.fictif", by: "admin.fictif", at: later)
      #expect(disabled.disabledAt == later)
      let stored = try #require(try registry.user(named: "delegue.fictif"))
      #expect(stored.disabledAt == later)
      #expect(stored.disabledBy == "admin.fictif")
      #expect(throws: (any Error).self) {
        try registry.writer.write { db in
          try db.execute(sql: "DELETE FROM users WHERE name = 'delegue.fictif'")
        }
      }
      #expect(throws: DomainError.self) {
        try registry.disableUser("admin.fictif", by: "admin.fictif", at: later)
      }
      #expect(try registry.user(named: "admin.fictif")?.isEnabled == true)
    }
  }

  @Test("the first admin is claimed once, and only on a registry without users")
  func firstAdmin() throws {
    try withRegistry { registry in
      #expect(try registry.claimFirstAdmin("premier.fictif", at: Self.now))
      #expect(!(try registry.claimFirstAdmin("second.fictif", at: Self.now)))
      let users = try registry.users()
      #expect(users.map(\.name) == ["premier.fictif"])
      #expect(users.first?.role == .admin)
    }
  }

  @Test("users are read from a file without writing to it")
  func usersInFile() throws {
    try withRegistryPath { path in
      let registry = try Registry.create(at: path)
      try registry.addUser(try Self.user("admin.fictif", .admin))
      try registry.writer.close()
      let before = bytes(at: path)
      #expect(
        try Registry.users(inFileAt: path).map(\.name) == ["admin.fictif"])
      #expect(bytes(at: path) == before)
    }
  }

  @Test("the case behind a measure or evidence is found with its courts")
  func locations() throws {
    try withRegistry { registry in
      let reference = try registry.log(
        try StoreFixture.newCase(court: StoreFixture.lille))
      let measure = try registry.transaction { tx in
        try tx.requestMeasure(
          in: reference, kind: .policeProtection, authority: "Préfecture",
          due: nil, beneficiary: nil, by: StoreFixture.actor,
          at: StoreFixture.reportedAt.addingTimeInterval(60))
      }
      let expected = CaseLocation(
        reference: reference, court: "tj59350", appealCourt: "ca_douai")
      #expect(try registry.location(of: .case(reference)) == expected)
      #expect(try registry.location(of: .measure(measure)) == expected)
      #expect(throws: DomainError.self) {
        try registry.location(of: .evidence(EvidenceID(99)))
      }
    }
  }

  @Test("a listing limited to a scope holds the cases of that scope only")
  func scopedListing() throws {
    try withRegistry { registry in
      let lille = try registry.log(
        try StoreFixture.newCase(court: StoreFixture.lille))
      let bobigny = try registry.log(try StoreFixture.newCase())
      var query = CaseQuery(now: Self.now)
      query.scope = .ressort("ca_douai")
      #expect(try registry.list(query).map(\.reference) == [lille])
      query.scope = .court("tj93008")
      #expect(try registry.list(query).map(\.reference) == [bobigny])
      query.scope = nil
      #expect(
        Set(try registry.list(query).map(\.reference)) == [lille, bobigny])
    }
  }
}
