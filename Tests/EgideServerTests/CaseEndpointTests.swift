import EgideCore
import EgideService
import EgideStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import EgideServer

@Suite(
  "The case endpoints answer as the service decides, in problem+json when they refuse"
)
struct CaseEndpointTests {
  static let report = """
    {"kinds":["threat","doxxing"],"channel":"social_network","platform":"x",
     "court":"Bobigny","occurred":"20/11/2026 21:40",
     "targets":[{"name":"Maëlys CORVANNEAU","role":"judge","function":"jld"}],
     "summary":"Menace publiée avec l'adresse du domicile",
     "authors":["@compte_imaginaire"]}
    """

  @Test(
    "a delegate reports, lists and reads a case of their court; summaries stay sealed"
  )
  func delegateJourney() async throws {
    let fixture = try ServerFixture()
    try await fixture.withClient { client in
      let token = fixture.token("delegue.bobigny")
      let created = try await client.send(
        .post, "/v1/cases", token: token, json: Self.report)
      #expect(created.status == .created, "\(created.text)")
      let reference = try #require(created.object["reference"] as? String)
      let list = try await client.send(.get, "/v1/cases", token: token)
      #expect(list.status == .ok)
      let cases = list.object["cases"] as? [[String: Any]] ?? []
      #expect(cases.map { $0["reference"] as? String } == [reference])
      // Not revealed: null, with "sealed": true beside it, never a string.
      #expect(cases.first?["summary"] is NSNull)
      #expect(cases.first?["sealed"] as? Bool == true)
      #expect(!list.text.contains(IdentityVault.concealed))
      let shown = try await client.send(
        .get, "/v1/cases/\(reference)", token: token)
      #expect(shown.status == .ok)
      #expect(shown.object["identitiesRevealed"] as? Bool == false)
      #expect(!shown.text.contains("CORVANNEAU"))
    }
  }

  @Test(
    "a disclosure needs a purpose in the body, never in the URL, and is logged first"
  )
  func disclosureIsLogged() async throws {
    let fixture = try ServerFixture()
    try await fixture.withClient { client in
      let token = fixture.token("delegue.bobigny")
      let reference = try await client.reportCase(token: token)
      let inURL = try await client.send(
        .get, "/v1/cases/\(reference)?purpose=prepare", token: token)
      #expect(inURL.status == .badRequest)
      #expect(inURL.problem?.field == "purpose")
      let without = try await client.send(
        .post, "/v1/cases/\(reference)/disclosure", token: token, json: "{}")
      #expect(without.status == .badRequest)
      #expect(without.problem?.field == "purpose")
      #expect(try fixture.service.registry.accessLog().isEmpty)
      let revealed = try await client.send(
        .post, "/v1/cases/\(reference)/disclosure", token: token,
        json: #"{"purpose":"préparer la plainte"}"#)
      #expect(revealed.status == .ok)
      #expect(revealed.text.contains("CORVANNEAU"))
      let log = try fixture.service.registry.accessLog()
      #expect(log.map(\.actor) == ["delegue.bobigny"])
      #expect(log.first?.purpose == "préparer la plainte")
    }
  }

  @Test(
    "refusals carry their HTTP status: 403 role, 404 unknown or outside the scope, 409 lifecycle"
  )
  func refusalStatuses() async throws {
    let fixture = try ServerFixture()
    try await fixture.withClient { client in
      let admin = fixture.token("admin.test")
      let reference = try await client.reportCase(token: admin)
      let role = try await client.send(
        .post, "/v1/cases/\(reference)/assessment",
        token: fixture.token("delegue.bobigny"),
        json: #"{"severity":"high"}"#)
      #expect(role.status == .forbidden)
      #expect(role.problem?.code == "notAllowed")
      let scope = try await client.send(
        .get, "/v1/cases/\(reference)", token: fixture.token("officier.douai"))
      // Outside the scope reads as unknown: no confirmation, no court.
      #expect(scope.status == .notFound)
      #expect(scope.problem?.code == "notFound")
      #expect(scope.problem?.detail.contains("tj") == false)
      let liaison = try await client.send(
        .get, "/v1/cases", token: fixture.token("liaison.dsj"))
      #expect(liaison.status == .forbidden)
      let missing = try await client.send(
        .get, "/v1/cases/2026-9999", token: admin)
      #expect(missing.status == .notFound)
      let early = try await client.send(
        .post, "/v1/cases/\(reference)/resolution", token: admin,
        json: #"{"outcome":"Auteur identifié"}"#)
      #expect(early.status == .conflict)
      #expect(early.problem?.code == "forbiddenTransition")
    }
  }

  @Test(
    "bad input gets 400 or 413 naming the field, and the registry is left byte for byte as it was"
  )
  func badInputChangesNothing() async throws {
    let fixture = try ServerFixture()
    try await fixture.withClient { client in
      let admin = fixture.token("admin.test")
      let reference = try await client.reportCase(token: admin)
      let before = try fixture.snapshot()
      let bad:
        [(HTTPRequest.Method, String, String?, HTTPResponse.Status, String?)] =
          [
            (.post, "/v1/cases", "{\"kinds\": [\"threat\"", .badRequest, nil),
            (.post, "/v1/cases", "[1, 2]", .badRequest, nil),
            (
              .post, "/v1/cases/\(reference)/assessment", #"{"severity": 3}"#,
              .badRequest, "severity"
            ),
            (
              .post, "/v1/cases/\(reference)/assessment",
              #"{"severity":"hgh"}"#, .badRequest, "severity"
            ),
            (
              .post, "/v1/cases/\(reference)/assessment",
              #"{"severity":"high","colour":"red"}"#, .badRequest, "colour"
            ),
            (
              .post, "/v1/cases/\(reference)/assessment",
              #"{"factors":["weapon"]}"#, .badRequest, "severity"
            ),
            (
              .post, "/v1/cases/\(reference)/notes",
              #"{"reference":"2026-0002","text":"x"}"#, .badRequest, "reference"
            ),
            (.get, "/v1/cases?limit=abc", nil, .badRequest, "limit"),
            (
              .get, "/v1/cases?cursor=not-a-cursor&limit=5", nil, .badRequest,
              "cursor"
            ),
            (.get, "/v1/cases?colour=red", nil, .badRequest, "colour"),
            (
              .post, "/v1/cases",
              #"{"kinds":["threat"],"channel":"email","court":"Bobigny","summary":"x","targets":[{"name":"Maëlys CORVANNEAU","role":"judge","colour":"red"}]}"#,
              .badRequest, "targets[0].colour"
            ),
            (
              .post, "/v1/cases/\(reference)/notes",
              "{\"text\":\"" + String(repeating: "x", count: 2 << 20) + "\"}",
              .contentTooLarge, nil
            ),
          ]
      for (method, uri, body, status, field) in bad {
        let response = try await client.send(
          method, uri, token: admin, json: body)
        #expect(response.status == status, "\(uri) \(body?.prefix(60) ?? "")")
        #expect(response.headers[.contentType] == "application/problem+json")
        if let field { #expect(response.problem?.field == field, "\(uri)") }
      }
      #expect(try fixture.snapshot() == before)
    }
  }

  @Test(
    "the server log holds the route, status and user, never a name, a free text or a token"
  )
  func logHoldsNoIdentity() async throws {
    let fixture = try ServerFixture()
    try await fixture.withClient { client in
      let token = fixture.token("delegue.bobigny")
      let reference = try await client.reportCase(token: token)
      _ = try await client.send(
        .post, "/v1/cases/\(reference)/disclosure", token: token,
        json: #"{"purpose":"appeler Maëlys CORVANNEAU"}"#)
      _ = try await client.send(
        .post, "/v1/cases", token: token,
        json:
          #"{"kinds":["threat"],"channel":"email","court":"Juge CORVANNEAU","targets":[],"summary":"x"}"#
      )
    }
    let log = fixture.log.text
    #expect(log.contains("route=POST /v1/cases"))
    #expect(log.contains("user=delegue.bobigny"))
    #expect(log.contains("status=201"))
    for secret in [
      "CORVANNEAU", "Maëlys", "Menace", "compte_imaginaire", "appeler",
      fixture.token("delegue.bobigny"),
    ] {
      #expect(!log.contains(secret), "the log holds \(secret)")
    }
  }

  @Test(
    "a list is paged: the cursor of one page gives the next, and the pages do not overlap"
  )
  func listIsPaged() async throws {
    let fixture = try ServerFixture()
    try await fixture.withClient { client in
      let admin = fixture.token("admin.test")
      for _ in 0..<5 {
        _ = try await client.send(
          .post, "/v1/cases", token: admin, json: Self.report)
      }
      let first = try await client.send(.get, "/v1/cases?limit=2", token: admin)
      let cursor = try #require(first.object["nextCursor"] as? String)
      var references = (first.object["cases"] as? [[String: Any]] ?? [])
        .compactMap {
          $0["reference"] as? String
        }
      var next: String? = cursor
      while let page = next {
        let response = try await client.send(
          .get, "/v1/cases?limit=2&cursor=\(page)", token: admin)
        references += (response.object["cases"] as? [[String: Any]] ?? [])
          .compactMap {
            $0["reference"] as? String
          }
        next = response.object["nextCursor"] as? String
      }
      #expect(references.count == 5)
      #expect(Set(references).count == 5)
    }
  }

  @Test("a limit as large as an integer lists every case on one page")
  func largestLimitListsEverything() async throws {
    let fixture = try ServerFixture()
    try await fixture.withClient { client in
      let admin = fixture.token("admin.test")
      for _ in 0..<2 {
        _ = try await client.send(
          .post, "/v1/cases", token: admin, json: Self.report)
      }
      let all = try await client.send(
        .get, "/v1/cases?limit=\(Int.max)", token: admin)
      #expect(all.status == .ok, "\(all.text)")
      #expect((all.object["cases"] as? [Any])?.count == 2)
      #expect(all.object["nextCursor"] == nil)
    }
  }
}

@Suite("A list over HTTP answers a page at a time")
struct PagedListTests {
  @Test(
    "without a limit, a list answers its first 500 cases and a cursor for the rest"
  )
  func listWithoutLimitIsPaged() async throws {
    let fixture = try ServerFixture()
    for index in 0...ListCases.pageSize {
      _ = try ReportCase(
        kinds: ["threat"], channel: "email", court: "tj93008",
        targets: [.init(name: "Personne Numéro\(index)", role: "clerk")],
        summary: "Courriel de menace"
      ).run(on: fixture.service, as: .local("admin.test"))
    }
    try await fixture.withClient { client in
      let admin = fixture.token("admin.test")
      let first = try await client.send(.get, "/v1/cases", token: admin)
      #expect((first.object["cases"] as? [Any])?.count == ListCases.pageSize)
      let cursor = try #require(first.object["nextCursor"] as? String)
      let rest = try await client.send(
        .get, "/v1/cases?cursor=\(cursor)&limit=9999", token: admin)
      #expect((rest.object["cases"] as? [Any])?.count == 1)
      #expect(rest.object["nextCursor"] == nil)
    }
  }
}
