import EgideCore
import EgideService
import EgideStore
import Foundation
import Testing

@Suite("The service authenticates a caller by the token they present")
struct AuthenticationTests {
  /// The refusal of presenting `text`, which must be one.
  static func refusal(
    _ service: EgideService, presenting text: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) -> ServiceError? {
    do {
      _ = try service.caller(presenting: text)
      Issue.record("a token was accepted", sourceLocation: sourceLocation)
      return nil
    } catch let error as ServiceError {
      #expect(error.code == .unauthenticated, sourceLocation: sourceLocation)
      #expect(
        !error.message.contains(text), "the message holds the token",
        sourceLocation: sourceLocation)
      #expect(!error.message.contains("\n"), sourceLocation: sourceLocation)
      return error
    } catch {
      Issue.record("\(error)", sourceLocation: sourceLocation)
      return nil
    }
  }

  @Test("a valid token stands for its user, and is marked used")
  func validTokenAuthenticates() throws {
    let fixture = try ServiceFixture()
    let receipt = try fixture.service.run(
      CreateToken(user: "delegue.bobigny"), as: ServiceFixture.admin)
    let caller = try fixture.service.caller(presenting: receipt.secret)
    #expect(caller.name == "delegue.bobigny")
    #expect(caller.credential == .token(try TokenID.parse("T-000001")))
    let listed = try fixture.service.run(ListTokens(), as: ServiceFixture.admin)
    #expect(listed.tokens.first?.lastUsedAt == "2026-12-07T09:00:00Z")
    // The token's user acts with their own role and scope.
    #expect(throws: AccessRefusal.self) {
      try fixture.service.run(ListUsers(), as: caller)
    }
    _ = try fixture.service.run(ListCases(), as: caller)
  }

  @Test("a malformed or unknown token is refused without naming it")
  func unknownTokenIsRefused() throws {
    let fixture = try ServiceFixture()
    _ = Self.refusal(fixture.service, presenting: "hello")
    _ = Self.refusal(fixture.service, presenting: "")
    let unknown = "egide_" + String(repeating: "A", count: 43)
    let error = Self.refusal(fixture.service, presenting: unknown)
    #expect(error?.message.contains("not one this registry issued") == true)
  }

  @Test("a revoked token is refused, saying when it was revoked")
  func revokedTokenIsRefused() throws {
    let fixture = try ServiceFixture()
    let receipt = try fixture.service.run(
      CreateToken(user: "delegue.bobigny"), as: ServiceFixture.admin)
    _ = try fixture.service.run(
      RevokeToken(token: receipt.token.id), as: ServiceFixture.admin)
    let error = Self.refusal(fixture.service, presenting: receipt.secret)
    #expect(error?.message.contains("revoked on 2026-12-07") == true)
    #expect(error?.message.contains("T-000001") == true)
  }

  @Test("an expired token is refused, saying when it expired")
  func expiredTokenIsRefused() throws {
    let fixture = try ServiceFixture()
    let receipt = try fixture.service.run(
      CreateToken(user: "delegue.bobigny", expires: "1d"),
      as: ServiceFixture.admin)
    let later = EgideService(
      registry: fixture.service.registry,
      configuration: fixture.service.configuration,
      clock: { ServiceFixture.now.addingTimeInterval(2 * 86_400) })
    let error = Self.refusal(later, presenting: receipt.secret)
    #expect(error?.message.contains("expired on 2026-12-08") == true)
    let listed = try later.run(ListTokens(), as: ServiceFixture.admin)
    #expect(listed.tokens.first?.state == "expired")
  }

  @Test("the token of a disabled user is refused")
  func disabledUserIsRefused() throws {
    let fixture = try ServiceFixture()
    let receipt = try fixture.service.run(
      CreateToken(user: "delegue.bobigny"), as: ServiceFixture.admin)
    _ = try fixture.service.run(
      DisableUser(name: "delegue.bobigny"), as: ServiceFixture.admin)
    let before = try fixture.snapshot()
    let error = Self.refusal(fixture.service, presenting: receipt.secret)
    #expect(error?.message.contains("disabled") == true)
    #expect(try fixture.snapshot() == before)
  }
}
