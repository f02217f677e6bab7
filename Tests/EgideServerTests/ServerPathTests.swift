import EgideCore
import EgideService
import EgideStore
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@testable import EgideServer

@Suite("The server never opens a path a client names")
struct ServerPathTests {
  @Test(
    "a file name is a label: the evidence kept is the body sent, under the name's last part"
  )
  func evidenceIsTheBody() async throws {
    let fixture = try ServerFixture()
    try await fixture.withClient { client in
      let admin = fixture.token("admin.test")
      let reference = try await client.reportCase(token: admin)
      let upload = try await client.execute(
        uri: "/v1/cases/\(reference)/evidence/files", method: .post,
        headers: [
          .authorization: "Bearer \(admin)",
          .egideArguments: #"{"fileName":"/etc/hostname"}"#,
        ],
        body: ByteBuffer(string: "abc"))
      #expect(upload.status == .created, "\(upload.text)")
      let evidence = upload.object["evidence"] as? String ?? ""
      let retrieved = try await client.send(
        .post, "/v1/evidence/\(evidence)/retrieval", token: admin,
        json: #"{"purpose":"vérifier le contenu"}"#)
      #expect(String(buffer: retrieved.body) == "abc")
      let facts = retrieved.headers[.egideResult] ?? ""
      #expect(facts.contains(#""fileName":"hostname""#), "\(facts)")
    }
  }

  @Test("an import reads its body, whatever path its file name says")
  func importIsTheBody() async throws {
    let fixture = try ServerFixture()
    try await fixture.withClient { client in
      let admin = fixture.token("admin.test")
      // The token's first use of the minute is recorded; then nothing is.
      _ = try await client.send(.get, "/v1/session", token: admin)
      let before = try fixture.snapshot()
      let response = try await client.execute(
        uri: "/v1/imports", method: .post,
        headers: [
          .authorization: "Bearer \(admin)",
          .egideArguments: #"{"fileName":"/etc/passwd"}"#,
        ],
        body: ByteBuffer(string: ""))
      #expect(response.status == .badRequest)
      #expect(response.problem?.detail.contains("is empty") == true)
      #expect(try fixture.snapshot() == before)
    }
  }

  @Test(
    "an imported file with a cell past 128 KiB is refused before it is parsed")
  func importCellIsBounded() async throws {
    let fixture = try ServerFixture()
    try await fixture.withClient { client in
      let admin = fixture.token("admin.test")
      _ = try await client.send(.get, "/v1/session", token: admin)
      let before = try fixture.snapshot()
      let cell = String(repeating: "x", count: (128 << 10) + 1)
      let response = try await client.execute(
        uri: "/v1/imports", method: .post,
        headers: [
          .authorization: "Bearer \(admin)",
          .egideArguments: #"{"fileName":"cases.csv"}"#,
        ],
        body: ByteBuffer(
          string: "external_reference,summary\r\nX-1,\(cell)\r\n"))
      #expect(response.status == .badRequest, "\(response.text)")
      #expect(
        response.problem?.detail.contains(
          "line 2: a cell is longer than 131072 bytes") == true,
        "\(response.text)")
      #expect(try fixture.snapshot() == before)
    }
  }

  @Test("an imported file is held to the server's own limits")
  func importFollowsServerLimits() async throws {
    let fixture = try ServerFixture(
      configuration: ServiceConfiguration(
        importLimits: ImportLimits(
          fileBytes: 4096, lineBytes: 2048, cellBytes: 1024)))
    try await fixture.withClient { client in
      let admin = fixture.token("admin.test")
      _ = try await client.send(.get, "/v1/session", token: admin)
      let before = try fixture.snapshot()
      for (cell, status) in [
        (String(repeating: "x", count: 1025), HTTPResponse.Status.badRequest),
        (String(repeating: "x", count: 5000), .contentTooLarge),
      ] {
        let response = try await client.execute(
          uri: "/v1/imports", method: .post,
          headers: [
            .authorization: "Bearer \(admin)",
            .egideArguments: #"{"fileName":"cases.csv"}"#,
          ],
          body: ByteBuffer(
            string: "external_reference,summary\r\nX-1,\(cell)\r\n"))
        #expect(response.status == status, "\(response.text)")
        #expect(try fixture.snapshot() == before)
      }
    }
  }

  @Test("a field naming a path on the server is refused as unknown")
  func pathFieldsAreRefused() async throws {
    let fixture = try ServerFixture()
    try await fixture.withClient { client in
      let admin = fixture.token("admin.test")
      let reference = try await client.reportCase(token: admin)
      for (uri, body, field) in [
        (
          "/v1/cases/\(reference)/evidence",
          #"{"url":"https://example.org/a","file":"/etc/passwd"}"#, "file"
        ),
        (
          "/v1/cases/\(reference)/notes",
          #"{"text":"@/etc/passwd","path":"/etc/passwd"}"#, "path"
        ),
        (
          "/v1/exposure-scans",
          #"{"purpose":"contrôle","decisions":[],"files":["/etc/passwd"]}"#,
          "files"
        ),
      ] {
        let response = try await client.send(
          .post, uri, token: admin, json: body)
        #expect(response.status == .badRequest, "\(uri)")
        #expect(response.problem?.field == field, "\(uri): \(response.text)")
      }
      // A note's text is taken as written: "@FILE" is read by the CLI on
      // the client's side, never by the server.
      let note = try await client.send(
        .post, "/v1/cases/\(reference)/notes", token: admin,
        json: #"{"text":"@/etc/passwd"}"#)
      #expect(note.status == .created)
      let timeline = try await client.send(
        .post, "/v1/cases/\(reference)/timeline/disclosure", token: admin,
        json: #"{"purpose":"relire la note"}"#)
      #expect(timeline.text.contains("note: @/etc/passwd"))
      #expect(!timeline.text.contains("root:"))
    }
  }
}
