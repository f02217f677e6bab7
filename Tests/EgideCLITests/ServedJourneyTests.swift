import EgideTestSupport
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The served registry as its users meet it: the real `egide serve` over
/// TLS on loopback, and the real `egide` as its client, each user with a
/// token.
@Suite("The served registry, through the real client over TLS", .serialized)
struct ServedJourneyTests {
  static let report = [
    "report", "--kind", "threat", "--channel", "social_network", "--platform",
    "x", "--court", "Bobigny", "--target", "Nolwène ARBASSE", "--role",
    "judge", "--summary", "Menace sous une décision",
  ]

  @Test(
    "each role may do what the access policy gives it, and nothing else, over HTTP"
  )
  func permissionMatrix() throws {
    let served = try ServedRegistry()
    let report = try served.client(ServedRegistry.admin, Self.report)
    try #require(report.status == 0, "\(report)")
    let reference = report.output
    let allowed: [(String, [String], Set<String>)] = [
      (
        "list", ["list"],
        [ServedRegistry.admin, ServedRegistry.delegate, ServedRegistry.officer]
      ),
      (
        "show", ["show", reference],
        [ServedRegistry.admin, ServedRegistry.delegate]
      ),
      (
        "note", ["note", reference, "Rappel de la collègue"],
        [ServedRegistry.admin, ServedRegistry.delegate]
      ),
      (
        "assess", ["assess", reference, "--severity", "high"],
        [ServedRegistry.admin]
      ),
      (
        "timeline", ["timeline", reference],
        [ServedRegistry.admin, ServedRegistry.delegate]
      ),
      (
        "summary", ["summary", "--year", "2026"],
        [
          ServedRegistry.admin, ServedRegistry.delegate, ServedRegistry.officer,
          ServedRegistry.liaison,
        ]
      ),
      ("audit", ["audit"], [ServedRegistry.admin, ServedRegistry.officer]),
      ("user list", ["user", "list"], [ServedRegistry.admin]),
      ("token list", ["user", "token", "list"], [ServedRegistry.admin]),
      (
        "campaign list", ["campaign", "list"],
        [ServedRegistry.admin, ServedRegistry.delegate, ServedRegistry.officer]
      ),
      (
        "due", ["due"],
        [ServedRegistry.admin, ServedRegistry.delegate, ServedRegistry.officer]
      ),
    ]
    for (name, arguments, roles) in allowed {
      for user in [
        ServedRegistry.admin, ServedRegistry.delegate, ServedRegistry.officer,
        ServedRegistry.liaison,
      ] {
        let result = try served.client(user, arguments)
        if roles.contains(user) {
          #expect(result.status == 0, "\(name) as \(user): \(result)")
        } else {
          #expect(result.status == 77, "\(name) as \(user): \(result)")
          #expect(
            result.stderrLines.count == 1, "\(name) as \(user): \(result)")
        }
      }
    }
    // The officer of Douai may assess, but not a case of Bobigny.
    let scoped = try served.client(
      ServedRegistry.officer, ["assess", reference, "--severity", "critical"])
    #expect(scoped.status == 77, "\(scoped)")
    #expect(scoped.stderr.contains("ca_douai"), "\(scoped)")
    let stopped = served.stop()
    #expect(stopped?.status == 0, "\(String(describing: stopped))")
  }

  @Test(
    "an unknown, expired or revoked token, or a disabled user, is refused with one line"
  )
  func refusedTokens() throws {
    let served = try ServedRegistry()
    let expired = try served.createToken(
      for: ServedRegistry.delegate, expires: "1d")
    let revoked = try served.createToken(for: ServedRegistry.admin)
    let list = try served.sandbox.run([
      "user", "token", "list", "--db", served.sandbox.db, "--json",
    ])
    try #require(list.status == 0, "\(list)")
    let tokens =
      (try? JSONSerialization.jsonObject(with: list.stdoutData))
      as? [[String: Any]] ?? []
    let revokedID = try #require(tokens.last?["id"] as? String)
    // Token and user administration stays possible on the server's host
    // while it serves.
    let revocation = try served.sandbox.run([
      "user", "token", "revoke", revokedID, "--db", served.sandbox.db,
    ])
    #expect(revocation.status == 0, "\(revocation)")
    let disabling = try served.sandbox.run([
      "user", "disable", ServedRegistry.liaison, "--db", served.sandbox.db,
    ])
    #expect(disabling.status == 0, "\(disabling)")
    served.stop()
    // Three days later, by the server's clock.
    let later = ISO8601DateFormatter().string(
      from: Date().addingTimeInterval(3 * 86_400))
    try served.start(environment: ["EGIDE_NOW": later])
    let cases: [(String, String)] = [
      (
        "egide_" + String(repeating: "A", count: 43),
        "not one this registry issued"
      ),
      ("not-a-token", "not one this registry issued"),
      (expired, "expired"),
      (revoked, "revoked"),
      (served.tokens[ServedRegistry.liaison] ?? "", "disabled"),
    ]
    for (token, words) in cases {
      let result = try served.client(
        ServedRegistry.admin, ["summary", "--year", "2026"], token: token)
      #expect(result.status == 77, "\(words): \(result)")
      #expect(result.stderrLines.count == 1, "\(words): \(result)")
      #expect(result.stderr.contains(words), "\(words): \(result)")
      #expect(!result.stderr.contains(token) || token.count < 20)
    }
    let valid = try served.client(
      ServedRegistry.admin, ["summary", "--year", "2026"])
    #expect(valid.status == 0, "\(valid)")
  }

  @Test(
    "a client's --actor, $EGIDE_ACTOR and $EGIDE_NOW are ignored: the log shows the token's user and the server's time"
  )
  func clientClaimsAreIgnored() throws {
    let served = try ServedRegistry()
    let before = Date()
    let report = try served.client(
      ServedRegistry.delegate, Self.report + ["--actor", ServedRegistry.admin],
      environment: [
        "EGIDE_ACTOR": ServedRegistry.admin, "EGIDE_NOW": "2020-01-01T10:00Z",
      ])
    #expect(report.status == 0, "\(report)")
    #expect(report.stderr.contains("--actor is ignored"), "\(report)")
    let reference = report.output
    let shown = try served.client(
      ServedRegistry.delegate,
      [
        "show", reference, "--json", "--identities", "--purpose",
        Sandbox.purpose,
      ],
      environment: [
        "EGIDE_ACTOR": ServedRegistry.admin, "EGIDE_NOW": "2020-01-01T10:00Z",
      ])
    let document =
      (try? JSONSerialization.jsonObject(with: shown.stdoutData))
      as? [String: Any] ?? [:]
    #expect(document["reportedBy"] as? String == ServedRegistry.delegate)
    let reportedAt = (document["reportedAt"] as? String).flatMap {
      ISO8601DateFormatter().date(from: $0)
    }
    #expect(reportedAt.map { $0 >= before.addingTimeInterval(-1) } == true)
    let audit = try served.client(
      ServedRegistry.admin, ["audit", "--format", "json"])
    let entries =
      (try? JSONSerialization.jsonObject(with: audit.stdoutData))
      as? [[String: Any]] ?? []
    #expect(entries.map { $0["actor"] as? String } == [ServedRegistry.delegate])
    let recordedAt = (entries.first?["recordedAt"] as? String).flatMap {
      ISO8601DateFormatter().date(from: $0)
    }
    #expect(recordedAt.map { $0 >= before.addingTimeInterval(-1) } == true)
  }

  @Test(
    "while served, a local command on the file is refused and pointed at the server; a second server is refused"
  )
  func oneOwner() throws {
    let served = try ServedRegistry()
    let local = try served.sandbox.run(["list", "--db", served.sandbox.db])
    #expect(local.status == 75, "\(local)")
    #expect(local.stderr.contains("--server"), "\(local)")
    let second = try served.sandbox.run([
      "serve", "--db", served.sandbox.db, "--listen", "127.0.0.1:0",
      "--tls-cert", served.sandbox.path("cert.pem"), "--tls-key",
      served.sandbox.path("key.pem"),
    ])
    #expect(second.status != 0, "\(second)")
    #expect(second.stderr.contains("already served"), "\(second)")
    let stopped = served.stop()
    #expect(stopped?.status == 0, "\(String(describing: stopped))")
    #expect(stopped?.stderr.contains("stopped") == true)
    let after = try served.sandbox.run(["list", "--db", served.sandbox.db])
    #expect(after.status == 0, "\(after)")
  }

  @Test(
    "the server refuses a registry or key others may read, and plain HTTP off loopback"
  )
  func refusesToStartUnsafely() throws {
    let served = try ServedRegistry()
    served.stop()
    let sandbox = served.sandbox
    let offLoopback = try sandbox.run([
      "serve", "--db", sandbox.db, "--listen", "0.0.0.0:0",
    ])
    #expect(offLoopback.status == 64, "\(offLoopback)")
    #expect(offLoopback.stderr.contains("--tls-cert"), "\(offLoopback)")
    chmod(sandbox.db, 0o640)
    let readable = try sandbox.run([
      "serve", "--db", sandbox.db, "--listen", "127.0.0.1:0",
    ])
    #expect(readable.status == 77, "\(readable)")
    #expect(readable.stderr.contains("chmod 600"), "\(readable)")
    chmod(sandbox.db, 0o600)
    chmod(sandbox.path("egide.key"), 0o644)
    let key = try sandbox.run([
      "serve", "--db", sandbox.db, "--listen", "127.0.0.1:0",
    ])
    #expect(key.status == 77, "\(key)")
    #expect(key.stderr.contains("registry key"), "\(key)")
  }

  @Test(
    "a client refuses a server whose certificate its authority did not sign")
  func untrustedServer() throws {
    let served = try ServedRegistry()
    let result = try served.sandbox.run(
      ["list", "--server", served.url],
      environment: ["EGIDE_TOKEN": served.tokens[ServedRegistry.admin]])
    #expect(result.status == 75, "\(result)")
    #expect(result.stderr.contains("--ca-cert"), "\(result)")
  }
}
