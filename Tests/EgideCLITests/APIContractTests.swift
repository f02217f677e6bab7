import EgideTestSupport
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

@Suite("The served API keeps the promises of its OpenAPI document")
struct APIContractTests {
  /// The checks schemathesis runs on every answer.
  static let checks = [
    "not_a_server_error", "status_code_conformance", "content_type_conformance",
    "response_schema_conformance", "response_headers_conformance",
  ]

  @Test(
    "schemathesis finds no answer that breaks Schemas/api-v1.yaml on a live server",
    .timeLimit(.minutes(8)))
  func schemathesisFindsNoFailure() throws {
    let sandbox = try Sandbox()
    let server = try LiveServer(sandbox: sandbox)
    defer { server.stop() }
    // Every operation but the two that could lock the run out: the
    // stateful phase links the session's token to a revocation and the
    // listed users to a disabling.
    try Self.schemathesis(
      on: server, in: sandbox, seconds: 180,
      [
        "--exclude-operation-id", "revokeToken", "--exclude-operation-id",
        "disableUser",
      ])
    // Those two, fed by the document's examples and by fuzzing only.
    try Self.schemathesis(
      on: server, in: sandbox, seconds: 60,
      [
        "--include-operation-id", "revokeToken", "--include-operation-id",
        "disableUser", "--phases", "examples,coverage,fuzzing",
      ])
    let session = try server.get("/v1/session")
    #expect(
      session.contains("\"user\":\"admin.test\""),
      "the run's token no longer works: \(session)")
  }

  /// Runs schemathesis against `server` with `extra` arguments, for at most
  /// `seconds`; records an issue for every failure it reports.
  static func schemathesis(
    on server: LiveServer, in sandbox: Sandbox, seconds: TimeInterval,
    _ extra: [String], sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let run = try ChildProcess(
      executable: "/usr/bin/env",
      arguments: [
        "python3", "-m", "schemathesis.cli", "run", LiveServer.document.path,
        "--url", server.address,
        "--header", "Authorization: Bearer \(server.token)",
        // Requests without the token would be refused, then throttled.
        "--generation-with-security-parameters", "false",
        "--checks", checks.joined(separator: ","),
        "--max-examples", "25", "--seed", "20261207", "--workers", "2",
        "--request-timeout", "30", "--generation-database", "none",
        // Hypothesis's timing checks fail on a loaded 2-core machine.
        "--suppress-health-check", "all",
        "--no-color",
      ] + extra,
      environment: sandbox.environment(), directory: sandbox.root.path)
    let (termination, timedOut) = run.wait(timeout: seconds)
    let output = String(
      decoding: run.standardOutputData() + run.standardErrorData(),
      as: UTF8.self)
    #expect(
      !timedOut,
      "schemathesis \(extra.joined(separator: " ")) was stopped after \(Int(seconds)) seconds:\n\(output.suffix(6_000))",
      sourceLocation: sourceLocation)
    #expect(
      termination.status == 0,
      "schemathesis \(extra.joined(separator: " ")) found failures (exit \(termination.status)):\n\(summary(of: output))\n--- server log ---\n\(server.log.suffix(3_000))",
      sourceLocation: sourceLocation)
  }

  /// What to show of a failed run: its failures and its summary, past the
  /// progress lines.
  static func summary(of output: String) -> String {
    guard let start = output.range(of: "FAILURES") ?? output.range(of: "ERRORS")
    else { return String(output.suffix(12_000)) }
    return String(output[start.lowerBound...].prefix(20_000))
  }
}

/// `egide serve` on a loopback port over a demo registry, with an admin's
/// token: what the contract test sends its requests to.
final class LiveServer {
  /// The API's OpenAPI document.
  static let document = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Schemas/api-v1.yaml")

  /// The server's clock and the demo's: the same cases every run.
  static let now = "2026-12-07T10:00Z"

  let sandbox: Sandbox
  let process: RunningEgide
  /// `http://127.0.0.1:PORT`.
  let address: String
  /// The token of `admin.test`.
  let token: String
  private let logPath: String

  /// What the server wrote to its standard error.
  var log: String {
    (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
  }

  init(sandbox: Sandbox) throws {
    self.sandbox = sandbox
    let db = sandbox.db
    let key = sandbox.path("registry.key")
    let environment: [String: String?] = [
      "EGIDE_KEY_FILE": key, "EGIDE_NOW": Self.now, "EGIDE_ACTOR": "admin.test",
    ]
    let demo = try sandbox.run(
      ["demo", "--db", db, "--cases", "50", "--actor", "admin.test"],
      environment: environment)
    try #require(demo.status == 0, "\(demo)")
    for path in [db, key] { chmod(path, 0o600) }
    // What the demo lacks and the document's examples name: a notice
    // (N-000001) on a content_takedown measure (M-000024), an occultation
    // request (OC-000001) on an open_data_occultation measure (M-000025),
    // a stored file (E-000001), all in the open case 2026-0038.
    let capture = sandbox.path("capture.png")
    try Data("not really a PNG".utf8).write(to: URL(fileURLWithPath: capture))
    for arguments in [
      [
        "measure", "request", "2026-0038", "--kind", "content_takedown",
        "--authority", "Plateforme (DSA art. 16)",
      ],
      [
        "notice", "draft", "M-000024", "--url", "https://example.org/post/1",
        "--notifier", "Délégué syndical (exemple)", "--email",
        "signalement@example.org", "--channel", "platform_form",
      ],
      [
        "measure", "request", "2026-0038", "--kind", "open_data_occultation",
        "--authority", "Président du tribunal judiciaire",
      ],
      [
        "occultation", "request", "M-000025", "--decision-court", "tj93008",
        "--decision-number", "26/01234", "--decision-date", "12/03/2026",
      ],
      ["evidence", "add", "2026-0038", "--file", capture],
    ] {
      let result = try sandbox.run(
        arguments + ["--db", db], environment: environment)
      try #require(result.status == 0, "\(result)")
    }
    // A spare token first: the document's example of a revocation names
    // T-000001, which must not be the token the run presents.
    var secrets: [String] = []
    for _ in 0..<2 {
      let created = try sandbox.run(
        ["user", "token", "create", "admin.test", "--db", db],
        environment: environment)
      try #require(created.status == 0, "\(created)")
      secrets.append(created.output)
    }
    let secret = try #require(secrets.last)
    try #require(secret.hasPrefix("egide_"), "token create printed \(secret)")
    token = secret
    logPath = sandbox.path("serve.log")
    let descriptor = open(logPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    try #require(descriptor >= 0, "cannot write \(logPath)")
    defer { close(descriptor) }
    process = try RunningEgide(
      arguments: ["serve", "--db", db, "--listen", "127.0.0.1:0"],
      environment: sandbox.environment(environment), directory: sandbox.root,
      stdin: .nullDevice, stderr: .descriptor(descriptor))
    var found: String?
    let deadline = Date().addingTimeInterval(30)
    while found == nil && Date() < deadline && process.isRunning {
      if let line = (try? String(contentsOfFile: logPath, encoding: .utf8))?
        .split(separator: "\n").first(where: {
          $0.contains("egide serve: listening on ")
        }),
        let range = line.range(of: "egide serve: listening on ")
      {
        found = String(line[range.upperBound...])
      } else {
        usleep(50_000)
      }
    }
    guard let found else {
      process.killNow()
      let log = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
      throw ServerDidNotStart(log: log)
    }
    address = found
  }

  /// The body of `GET path` with the run's token (or the error).
  func get(_ path: String) throws -> String {
    let client = try ChildProcess(
      executable: "/usr/bin/env",
      arguments: [
        "python3", "-c",
        """
        import sys, urllib.request
        request = urllib.request.Request(
            sys.argv[1], headers={"Authorization": "Bearer " + sys.argv[2]})
        print(urllib.request.urlopen(request, timeout=30).read().decode())
        """,
        address + path, token,
      ])
    _ = client.wait(timeout: 60)
    return String(
      decoding: client.standardOutputData() + client.standardErrorData(),
      as: UTF8.self)
  }

  /// Stops the server as its operator would (SIGTERM), and waits for it.
  func stop() {
    process.terminate()
  }

  struct ServerDidNotStart: Error, CustomStringConvertible {
    var log: String
    var description: String {
      "egide serve did not say where it listens within 30 seconds:\n\(log)"
    }
  }
}
