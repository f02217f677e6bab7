import Foundation
import Testing

@testable import EgideCore

/// Who acts, and on which cases: unknown and disabled users, roles,
/// scopes, and the rules for adding and disabling users.
@Suite("Access policy")
struct AccessPolicyTests {
  static let added = Date(timeIntervalSince1970: 1_795_000_000)
  static let disabled = Date(timeIntervalSince1970: 1_795_600_000)

  static func user(
    _ name: String, _ role: UserRole, _ scope: UserScope? = nil,
    disabled: Bool = false
  ) -> User {
    User(
      stored: name, role: role, scope: scope, createdAt: added,
      createdBy: "admin.fictif", disabledAt: disabled ? Self.disabled : nil,
      disabledBy: disabled ? "admin.fictif" : nil)
  }

  static let users = [
    user("admin.fictif", .admin),
    user("delegue.lille", .delegate, .court("tj59350")),
    user("officier.douai", .securityOfficer, .ressort("ca_douai")),
    user("liaison.dsj", .liaison),
    user("ancien.delegue", .delegate, disabled: true),
  ]

  static let paris = CaseLocation(
    reference: CaseReference(year: 2026, sequence: 7), court: "tj75056",
    appealCourt: "ca_paris")
  static let lille = CaseLocation(
    reference: CaseReference(year: 2026, sequence: 8), court: "tj59350",
    appealCourt: "ca_douai")
  static let douai = CaseLocation(
    reference: nil, court: "tj59178", appealCourt: "ca_douai")

  func refused(
    _ actor: String, _ permission: Permission, at location: CaseLocation? = nil
  ) -> AccessRefusal? {
    do {
      _ = try AccessPolicy.user(
        actor, among: Self.users, may: permission, at: location)
      return nil
    } catch {
      return error
    }
  }

  @Test("an actor who is not a user is refused, naming them and the admins")
  func unknownActor() throws {
    let refusal = try #require(refused("inconnu", .list))
    #expect(refusal.reason == .unknownUser)
    #expect(refusal.message.contains("'inconnu' is not a user"))
    #expect(refusal.message.contains("ask an admin (admin.fictif)"))
    #expect(refusal.message.contains("to add it as a user with a role"))
    #expect(!refusal.message.contains("--"), "a domain message names no flag")
  }

  @Test("a disabled user may no longer act, even what their role allowed")
  func disabledUser() throws {
    let refusal = try #require(refused("ancien.delegue", .list))
    #expect(refusal.reason == .disabledUser)
    #expect(refusal.message.contains("was disabled on 2026-11-25"))
    #expect(refusal.message.contains("by admin.fictif"))
  }

  @Test("a permission the role lacks is refused, naming the roles that hold it")
  func permissionRefused() throws {
    let refusal = try #require(refused("delegue.lille", .assess))
    #expect(refusal.reason == .notAllowed)
    #expect(
      refusal.message
        == "user 'delegue.lille' is a delegate and may not run 'assess': that is for admin, security_officer; ask an admin (admin.fictif) if you need it"
    )
    let reveal = try #require(refused("liaison.dsj", .revealIdentities))
    #expect(reveal.message.contains("may not reveal identities"))
  }

  @Test("a case outside the user's ressort is refused; inside it is not")
  func ressortScope() throws {
    let refusal = try #require(refused("officier.douai", .show, at: Self.paris))
    #expect(refusal.reason == .outOfScope)
    #expect(refusal.message.contains("for ressort ca_douai"))
    #expect(refusal.message.contains("case 2026-0007 at tj75056"))
    #expect(refused("officier.douai", .assess, at: Self.lille) == nil)
    #expect(refused("officier.douai", .report, at: Self.douai) == nil)
  }

  @Test("a user limited to a court acts on that court only")
  func courtScope() {
    #expect(refused("delegue.lille", .note, at: Self.lille) == nil)
    #expect(
      refused("delegue.lille", .note, at: Self.douai)?.reason == .outOfScope)
  }

  @Test("a user without a scope acts on every case")
  func unscopedUser() {
    #expect(refused("admin.fictif", .close, at: Self.paris) == nil)
    #expect(AccessPolicy.scope(nil, contains: Self.paris))
  }

  @Test("a registry without users lets whoever acts be an admin")
  func noUsersYet() throws {
    let user = try AccessPolicy.user(
      "premier.venu", among: [], may: .userAdd, at: Self.paris)
    #expect(user.role == .admin)
    #expect(user.scope == nil)
    #expect(user.name == "premier.venu")
  }

  @Test("the last enabled admin cannot be disabled; another admin can")
  func lastAdmin() throws {
    #expect(throws: DomainError.self) {
      try AccessPolicy.disabling("admin.fictif", among: Self.users)
    }
    let two = Self.users + [Self.user("admin.second", .admin)]
    #expect(
      try AccessPolicy.disabling("admin.fictif", among: two).name
        == "admin.fictif")
  }

  @Test("disabling an unknown or already disabled user is refused")
  func disablingRefused() {
    #expect(throws: DomainError.self) {
      try AccessPolicy.disabling("inconnu", among: Self.users)
    }
    do {
      _ = try AccessPolicy.disabling("ancien.delegue", among: Self.users)
      Issue.record("a disabled user was disabled again")
    } catch {
      #expect(error.code == .forbiddenTransition)
      #expect(error.message.contains("already disabled on 2026-11-25"))
    }
  }

  @Test("a name is never reused, even that of a disabled user")
  func namesNeverReused() throws {
    let again = try User(
      name: "ancien.delegue", role: .securityOfficer, scope: nil,
      createdBy: "admin.fictif", createdAt: Self.disabled)
    do {
      try AccessPolicy.adding(again, among: Self.users)
      Issue.record("a name was reused")
    } catch {
      #expect(error.code == .forbiddenTransition)
      #expect(error.message.contains("user 'ancien.delegue' already exists"))
    }
    let fresh = try User(
      name: "nouvelle.deleguee", role: .delegate, scope: nil,
      createdBy: "admin.fictif", createdAt: Self.disabled)
    try AccessPolicy.adding(fresh, among: Self.users)
  }

  @Test("a name written otherwise (capitals) is the same name")
  func lookAlikeNamesRefused() throws {
    for name in ["ANCIEN.DELEGUE", "Ancien.Delegue", "ancien.deleguE"] {
      let lookAlike = try User(
        name: name, role: .admin, scope: nil, createdBy: "admin.fictif",
        createdAt: Self.disabled)
      do {
        try AccessPolicy.adding(lookAlike, among: Self.users)
        Issue.record("\(name) was accepted beside ancien.delegue")
      } catch {
        #expect(error.code == .forbiddenTransition)
        #expect(
          error.message.contains(
            "user '\(name)' is user 'ancien.delegue' written otherwise"),
          "\(error.message)")
      }
    }
  }

  @Test(
    "a user name is a login: letters that look alike, invisible ones and spaces are refused"
  )
  func loginNames() throws {
    for name in [
      "ad\u{200B}min", "ａｄｍｉｎ", "admın", "adm\u{0456}n", "a b", "délégué",
    ] {
      #expect(throws: DomainError.self, "\(name) was accepted") {
        try User(
          name: name, role: .admin, scope: nil, createdBy: "admin.fictif",
          createdAt: Self.disabled)
      }
    }
    for name in ["j.dupont", "Securite_Paris-2", "delegue@usm"] {
      _ = try User(
        name: name, role: .admin, scope: nil, createdBy: "admin.fictif",
        createdAt: Self.disabled)
    }
  }
}

/// Roles and scopes as users type them.
@Suite("Roles and scopes")
struct UserRoleAndScopeTests {
  @Test("roles are read whatever the case, spaces or hyphens")
  func roleFolding() throws {
    #expect(try UserRole.parse("Security Officer") == .securityOfficer)
    #expect(try UserRole.parse("security-officer") == .securityOfficer)
    #expect(try UserRole.parse("ADMIN") == .admin)
  }

  @Test("an unknown role names the accepted roles and the closest one")
  func unknownRole() {
    do {
      _ = try UserRole.parse("delegat")
      Issue.record("an unknown role was accepted")
    } catch {
      #expect(error.code == .invalidValue)
      #expect(
        error.message
          == "unknown role 'delegat'; accepted: admin, delegate, security_officer, liaison (did you mean 'delegate'?)"
      )
    }
  }

  @Test("a court scope is read from a code or a name")
  func courtScope() throws {
    #expect(try UserScope.parse(court: "Bobigny") == .court("tj93008"))
    #expect(try UserScope.parse(court: "tj59350") == .court("tj59350"))
  }

  @Test("a ressort is a cour d'appel: a city means its cour d'appel")
  func ressortScope() throws {
    #expect(try UserScope.parse(ressort: "Douai") == .ressort("ca_douai"))
    #expect(try UserScope.parse(ressort: "ca_paris") == .ressort("ca_paris"))
    do {
      _ = try UserScope.parse(ressort: "Bobigny")
      Issue.record("a tribunal was taken for a ressort")
    } catch {
      #expect(error.message.contains("not a cour d'appel"))
    }
  }

  @Test("an unknown court is refused with the closest court")
  func unknownCourt() {
    do {
      _ = try UserScope.parse(court: "Bobginy")
      Issue.record("an unknown court was accepted")
    } catch {
      #expect(error.code == .invalidValue)
      #expect(error.message.contains("unknown court 'Bobginy'"))
      #expect(error.message.contains("tj93008"))
    }
  }

  @Test("a ressort holds every court of its district, a court only itself")
  func containment() {
    let douai = UserScope.ressort("ca_douai")
    #expect(douai.contains(court: "tj59350"))
    #expect(douai.contains(court: "ca_douai"))
    #expect(!douai.contains(court: "tj75056"))
    #expect(UserScope.court("tj93008").contains(court: "tj93008"))
    #expect(!UserScope.court("tj93008").contains(court: "tj75056"))
  }

  @Test("an admin and a liaison take no scope")
  func scopeOnlyForScopedRoles() throws {
    for role in [UserRole.admin, .liaison] {
      #expect(throws: DomainError.self) {
        try User(
          name: "x.fictif", role: role, scope: .court("tj93008"),
          createdBy: "admin.fictif", createdAt: Date())
      }
    }
    let officer = try User(
      name: "officier.fictif", role: .securityOfficer,
      scope: .ressort("ca_douai"), createdBy: "admin.fictif",
      createdAt: Date())
    #expect(officer.roleDescription == "security_officer for ressort ca_douai")
  }
}
