import EgideCore
import EgideService
import EgideStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

@testable import EgideServer

@Suite("Every request proves who it comes from with a token")
struct AuthenticationTests {
  @Test("the health check answers without a token; nothing else does")
  func healthOnlyWithoutToken() async throws {
    let fixture = try ServerFixture()
    try await fixture.withClient { client in
      let health = try await client.send(.get, "/v1/health", token: nil)
      #expect(health.status == .ok)
      let list = try await client.send(.get, "/v1/cases", token: nil)
      #expect(list.status == .unauthorized)
      #expect(list.headers[.contentType] == "application/problem+json")
      #expect(list.headers[.wwwAuthenticate] == "Bearer realm=\"egide\"")
      #expect(list.problem?.code == "unauthenticated")
      #expect(list.problem?.detail.contains("Bearer") == true)
    }
  }

  @Test(
    "a malformed, unknown, expired or revoked token, or a disabled user, gets 401 with one line saying which"
  )
  func badTokensAreRefused() async throws {
    let fixture = try ServerFixture()
    let registry = fixture.service.registry
    let expiredAt = ServerFixture.now.addingTimeInterval(-3 * 86_400)
    let (_, expired) = try registry.createToken(
      for: "admin.test", label: nil, lifetime: try .parse("1d"),
      by: "admin.test", at: expiredAt)
    let (revokedToken, revoked) = try registry.createToken(
      for: "admin.test", label: nil, lifetime: .standard, by: "admin.test",
      at: ServerFixture.now)
    try registry.revokeToken(
      revokedToken.id, by: "admin.test", at: ServerFixture.now)
    try registry.disableUser(
      "delegue.bobigny", by: "admin.test", at: ServerFixture.now)
    let unknown = TokenSecret.generate().text
    let cases: [(String, String)] = [
      ("Basic YWRtaW46YWRtaW4=", "Bearer"),
      ("Bearer egide_short", "not one this registry issued"),
      ("Bearer \(unknown)", "not one this registry issued"),
      ("Bearer \(expired.text)", "expired"),
      ("Bearer \(revoked.text)", "revoked"),
      ("Bearer \(fixture.token("delegue.bobigny"))", "disabled"),
    ]
    try await fixture.withClient { client in
      for (header, words) in cases {
        let response = try await client.execute(
          uri: "/v1/cases", method: .get, headers: [.authorization: header])
        #expect(response.status == .unauthorized, "\(header)")
        let detail = response.problem?.detail ?? ""
        #expect(detail.contains(words), "\(header): \(detail)")
        #expect(!detail.contains("\n"))
        #expect(!detail.contains(unknown) && !detail.contains(expired.text))
      }
    }
  }

  @Test(
    "repeated failures from one address are slowed with 429 and Retry-After")
  func repeatedFailuresAreThrottled() async throws {
    let fixture = try ServerFixture()
    try await fixture.withClient { client in
      var statuses: [HTTPResponse.Status] = []
      for _ in 0..<12 {
        let response = try await client.send(
          .get, "/v1/cases", token: TokenSecret.generate().text)
        statuses.append(response.status)
      }
      #expect(statuses.prefix(10).allSatisfy { $0 == .unauthorized })
      let last = try await client.send(
        .get, "/v1/cases", token: fixture.token("admin.test"))
      #expect(last.status == .tooManyRequests)
      #expect(last.headers[.retryAfter].flatMap(Int.init) ?? 0 > 0)
      #expect(last.problem?.code == "tooManyAttempts")
    }
  }

  @Test(
    "the caller is the token's user: a name or a time in a header or a field is not taken"
  )
  func identityComesFromTheToken() async throws {
    let fixture = try ServerFixture()
    try await fixture.withClient { client in
      let forged = try await client.send(
        .post, "/v1/cases", token: fixture.token("delegue.bobigny"),
        json: """
          {"kinds":["threat"],"channel":"email","court":"tj93008",
           "targets":[{"name":"Ondine PARVELLE","role":"clerk"}],
           "summary":"Courriel de menaces"}
          """,
        headers: [
          HTTPField.Name("X-Egide-Actor")!: "admin.test",
          HTTPField.Name("Egide-Now")!: "2020-01-01T00:00Z",
        ])
      #expect(forged.status == .created)
      let reference = forged.object["reference"] as? String ?? ""
      let shown = try await client.send(
        .get, "/v1/cases/\(reference)", token: fixture.token("admin.test"))
      #expect(shown.object["reportedBy"] as? String == "delegue.bobigny")
      #expect(
        shown.object["reportedAt"] as? String
          == ISODate.string(ServerFixture.now))
      let claimed = try await client.send(
        .post, "/v1/cases/\(reference)/notes",
        token: fixture.token("delegue.bobigny"),
        json: #"{"text":"note","actor":"admin.test"}"#)
      #expect(claimed.status == .badRequest)
      #expect(claimed.problem?.field == "actor")
    }
  }

  @Test("every 401 carries the bearer challenge, the access policy's included")
  func everyUnauthorizedCarriesTheChallenge() async throws {
    let router = Router(context: EgideRequestContext.self)
    router.add(
      middleware: ServedRequestMiddleware(
        logger: Logger(label: "egide.serve.test"), timeZone: .gmt))
    router.get("/v1/disabled") { _, _ -> Response in
      throw AccessRefusal(.disabledUser, "user 'x' was disabled")
    }
    try await Application(router: router).test(.router) { client in
      let response = try await client.execute(uri: "/v1/disabled", method: .get)
      #expect(response.status == .unauthorized)
      #expect(response.headers[.wwwAuthenticate] == "Bearer realm=\"egide\"")
    }
  }
}
