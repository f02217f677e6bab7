import EgideCore
import EgideService
import EgideStore
import Foundation
import Testing

@Suite("The service issues, lists and revokes API tokens, for admins only")
struct TokenRequestTests {
  /// Creates a token for the Bobigny delegate as the admin.
  static func create(
    _ fixture: ServiceFixture, expires: String? = nil, label: String? = nil
  ) throws -> CreateToken.Receipt {
    try fixture.service.run(
      CreateToken(user: "delegue.bobigny", expires: expires, label: label),
      as: ServiceFixture.admin)
  }

  @Test("a token's secret is 256 random bits, shown once and never stored")
  func secretIsShownOnce() throws {
    let fixture = try ServiceFixture()
    let receipt = try Self.create(fixture, label: "laptop, Bobigny office")
    #expect(receipt.secret.hasPrefix("egide_"))
    // 43 base64url characters carry 258 bits, of which 256 are random.
    #expect(receipt.secret.count == 6 + 43)
    #expect(receipt.token.id == "T-000001")
    #expect(receipt.token.user == "delegue.bobigny")
    #expect(receipt.token.label == "laptop, Bobigny office")
    #expect(receipt.token.createdBy == "admin.test")
    #expect(receipt.token.createdAt == "2026-12-07T09:00:00Z")
    #expect(receipt.token.expiresAt == "2027-03-07T09:00:00Z")
    #expect(receipt.token.state == "active")
    let bytes = try fixture.snapshot().reduce(Data(), +)
    #expect(bytes.range(of: Data(receipt.secret.utf8)) == nil)
    let again = try Self.create(fixture)
    #expect(again.secret != receipt.secret)
    #expect(again.token.id == "T-000002")
  }

  @Test("a list shows each token's state and never a secret")
  func listShowsNoSecret() throws {
    let fixture = try ServiceFixture()
    let first = try Self.create(fixture)
    let second = try fixture.service.run(
      CreateToken(user: "officier.douai", expires: "30d"),
      as: ServiceFixture.admin)
    _ = try fixture.service.run(
      RevokeToken(token: "T-000001"), as: ServiceFixture.admin)
    let all = try fixture.service.run(ListTokens(), as: ServiceFixture.admin)
    #expect(all.tokens.map(\.id) == ["T-000001", "T-000002"])
    #expect(all.tokens.map(\.state) == ["revoked", "active"])
    #expect(all.tokens.first?.revokedBy == "admin.test")
    let json = try JSONOutput.render(all)
    for secret in [first.secret, second.secret] {
      #expect(!json.contains(secret))
      #expect(!json.contains(String(secret.dropFirst(6))))
    }
    #expect(!json.contains("egide_"))
    let douai = try fixture.service.run(
      ListTokens(user: "officier.douai"), as: ServiceFixture.admin)
    #expect(douai.tokens.map(\.id) == ["T-000002"])
    #expect(douai.tokens.first?.expiresAt == "2027-01-06T09:00:00Z")
  }

  @Test("no one but an admin creates, lists or revokes a token")
  func othersAreRefused() throws {
    let fixture = try ServiceFixture()
    _ = try Self.create(fixture)
    let before = try fixture.snapshot()
    for caller in [
      ServiceFixture.bobignyDelegate, ServiceFixture.douaiOfficer,
      ServiceFixture.liaison,
    ] {
      #expect(throws: AccessRefusal.self) {
        try fixture.service.run(
          CreateToken(user: caller.name), as: caller)
      }
      #expect(throws: AccessRefusal.self) {
        try fixture.service.run(ListTokens(), as: caller)
      }
      #expect(throws: AccessRefusal.self) {
        try fixture.service.run(RevokeToken(token: "T-000001"), as: caller)
      }
    }
    #expect(try fixture.snapshot() == before)
  }

  @Test("a refused token names its field and writes nothing")
  func refusalsNameTheirField() throws {
    let fixture = try ServiceFixture()
    _ = try Self.create(fixture)
    _ = try fixture.service.run(
      DisableUser(name: "liaison.dsj"), as: ServiceFixture.admin)
    _ = try fixture.service.run(
      RevokeToken(token: "T-000001"), as: ServiceFixture.admin)
    let before = try fixture.snapshot()
    let requests: [(any ServiceRequest, String)] = [
      (CreateToken(user: "delegue.bobigny", expires: "0d"), "expires"),
      (CreateToken(user: "delegue.bobigny", expires: "forever"), "expires"),
      (
        CreateToken(user: "delegue.bobigny", label: "two\nlines"), "label"
      ),
      (CreateToken(user: "personne.fictive"), "user"),
      (CreateToken(user: "liaison.dsj"), "user"),
      (RevokeToken(token: "egide_secret"), "token"),
      (RevokeToken(token: "T-000009"), "token"),
      (RevokeToken(token: "T-000001"), "token"),
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

  @Test("a token once revoked is refused again")
  func revokeRefusesTwice() throws {
    let fixture = try ServiceFixture()
    _ = try Self.create(fixture)
    let revoked = try fixture.service.run(
      RevokeToken(token: "T-000001"), as: ServiceFixture.admin)
    #expect(revoked.state == "revoked")
    #expect(revoked.revokedAt == "2026-12-07T09:00:00Z")
    do {
      _ = try fixture.service.run(
        RevokeToken(token: "T-000001"), as: ServiceFixture.admin)
      Issue.record("a token was revoked twice")
    } catch let error as DomainError {
      #expect(error.code == .forbiddenTransition)
      #expect(error.message.contains("already revoked"))
    }
  }
}
