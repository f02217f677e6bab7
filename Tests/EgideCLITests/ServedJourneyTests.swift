import EgideCore
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
    let setUp: [[String]] = [
      Self.report,
      ["evidence", "add", "2026-0001", "--file", "capture.png"],
      [
        "measure", "request", "2026-0001", "--kind", "content_takedown",
        "--authority", "X (Twitter)",
      ],
      [
        "notice", "draft", "M-000001", "--url", "https://x.com/a/status/1",
        "--notifier", "Délégué Fictif", "--email", "d@example.org",
        "--channel", "platform_form",
      ],
      [
        "measure", "request", "2026-0001", "--kind", "open_data_occultation",
        "--authority", "Président du tribunal",
      ],
      [
        "occultation", "request", "M-000002", "--decision-court", "tj93008",
        "--decision-number", "24/01234",
      ],
      ["user", "add", "a.desactiver", "--role", "liaison"],
      ["user", "token", "create", "a.desactiver"],
    ]
    try Data([1, 2, 3]).write(
      to: URL(fileURLWithPath: served.sandbox.path("capture.png")))
    try "Président : M. Personne Fictive\n".write(
      toFile: served.sandbox.path("decision.txt"), atomically: true,
      encoding: .utf8)
    for index in 0..<4 {
      try """
      external_reference,kinds,channel,court,target_name,target_role,summary
      LOT-\(index),threat,email,Bobigny,Nom Fictif,clerk,Courriel
      """.write(
        toFile: served.sandbox.path("lot-\(index).csv"), atomically: true,
        encoding: .utf8)
    }
    for arguments in setUp {
      let result = try served.client(ServedRegistry.admin, arguments)
      try #require(result.status == 0, "\(result)")
    }
    let tokens = try served.client(
      ServedRegistry.admin, ["user", "token", "list", "--json"])
    let spare = try #require(
      ((try? JSONSerialization.jsonObject(with: tokens.stdoutData))
        as? [[String: Any]])?.last?["id"] as? String)
    let purpose = ["--purpose", Sandbox.purpose]
    // Each permission served over HTTP, and a command that needs it.
    let commands: [(Permission, [String])] = [
      (.report, Self.report),
      (.import, ["import", "lot-{N}.csv"]),
      (.list, ["list"]),
      (.show, ["show", "2026-0001"]),
      (.timeline, ["timeline", "2026-0001"]),
      (.export, ["export", "cases"]),
      (.revealIdentities, ["show", "2026-0001", "--identities"] + purpose),
      (.note, ["note", "2026-0001", "Rappel"]),
      (
        .evidenceAdd,
        ["evidence", "add", "2026-0001", "--url", "https://example.org/p"]
      ),
      (
        .evidenceGet,
        ["evidence", "get", "E-000001", "--out", "copie-{N}.png"] + purpose
      ),
      (
        .measureRequest,
        [
          "measure", "request", "2026-0001", "--kind", "legal_support",
          "--authority", "Barreau",
        ]
      ),
      (.assess, ["assess", "2026-0001", "--severity", "high"]),
      (
        .escalate,
        ["escalate", "2026-0001", "--to", "ministry", "--reason", "Gravité"]
      ),
      (.assign, ["assign", "2026-0001", "--to", ServedRegistry.delegate]),
      (
        .measureUpdate,
        ["measure", "update", "M-000002", "--status", "granted"]
      ),
      (
        .noticeAddURL,
        [
          "notice", "add-url", "N-000001", "--url",
          "https://x.com/a/status/{N}",
        ]
      ),
      (.noticeRender, ["notice", "render", "N-000001"] + purpose),
      (.noticeShow, ["notice", "show", "N-000001"]),
      (.noticeSend, ["notice", "send", "N-000001"]),
      (
        .noticeReply,
        [
          "notice", "reply", "N-000001", "--decision", "kept", "--reasons",
          "Pas de violation",
        ]
      ),
      (
        .noticeDraft,
        [
          "notice", "draft", "M-000001", "--url", "https://x.com/b/status/{N}",
          "--notifier", "Délégué Fictif", "--email", "d@example.org",
          "--channel", "pharos",
        ]
      ),
      (.due, ["due"]),
      (.occultationShow, ["occultation", "show", "OC-000001"]),
      (
        .occultationDecide,
        ["occultation", "decide", "OC-000001", "--outcome", "refused"]
      ),
      (.occultationAppeal, ["occultation", "appeal", "OC-000001"]),
      (
        .occultationRequest,
        [
          "occultation", "request", "M-000002", "--decision-court", "tj93008",
          "--decision-number", "24/0{N}",
        ]
      ),
      (.exposureScan, ["exposure", "scan", "decision.txt"] + purpose),
      (.campaignList, ["campaign", "list"]),
      (.campaignShow, ["campaign", "show", "2026-0001"]),
      // The year runs and the cases change between users: each edition
      // replaces the one before in the publication ledger.
      (
        .summary,
        ["summary", "--year", "2026", "--supersede", "--provisional"]
      ),
      (
        .summaryInternal,
        [
          "summary", "--year", "2026", "--min-cell", "3", "--internal",
          "--provisional",
        ]
      ),
      (.audit, ["audit"]),
      (.userList, ["user", "list"]),
      (.userAdd, ["user", "add", "nouvel.agent{N}", "--role", "delegate"]),
      (.tokenList, ["user", "token", "list"]),
      (.tokenCreate, ["user", "token", "create", ServedRegistry.liaison]),
      (.tokenRevoke, ["user", "token", "revoke", spare]),
      (.userDisable, ["user", "disable", "a.desactiver"]),
      (.resolve, ["resolve", "2026-0001", "--outcome", "Réglé"]),
      (.reopen, ["reopen", "2026-0001", "--reason", "Nouveau message"]),
      (.close, ["close", "2026-0001", "--reason", "withdrawn"]),
    ]
    let users: [(String, UserRole, Bool)] = [
      (ServedRegistry.liaison, .liaison, false),
      (ServedRegistry.delegate, .delegate, true),
      (ServedRegistry.nationalOfficer, .securityOfficer, false),
      (ServedRegistry.admin, .admin, false),
    ]
    var checked = Set<Permission>()
    for (index, (user, role, scoped)) in users.enumerated() {
      for (permission, template) in commands {
        let arguments = template.map {
          $0.replacingOccurrences(of: "{N}", with: "\(index)")
        }
        // A user limited to a court gets no internal summary: its small
        // counts cover every court.
        let allowed =
          AccessPolicy.allows(role, permission)
          && !(scoped && permission == .summaryInternal)
        let result = try served.client(user, arguments)
        let step = "\(permission.rawValue) as \(user) (\(role.rawValue))"
        if allowed {
          // Allowed: never refused for the role or the scope, whatever
          // the lifecycle says of the case by then; a read succeeds.
          #expect(result.status != 77, "\(step): \(result)")
          if Self.reads.contains(permission) {
            #expect(result.status == 0, "\(step): \(result)")
          }
        } else {
          #expect(result.status == 77, "\(step): \(result)")
          #expect(result.stderrLines.count == 1, "\(step): \(result)")
        }
        checked.insert(permission)
      }
    }
    // Every permission but the maintenance ones, which stay on the
    // server's host, was tried over HTTP.
    let maintenance: Set<Permission> = [
      .keys, .retention, .verify, .doctor, .backup, .restore,
    ]
    #expect(checked == Set(Permission.allCases).subtracting(maintenance))
    // The officer of Douai may assess, but not a case of Bobigny.
    let scopedOut = try served.client(
      ServedRegistry.officer, ["assess", "2026-0002", "--severity", "critical"])
    // Answered as a case that does not exist: no court named.
    #expect(scopedOut.status == 65, "\(scopedOut)")
    #expect(scopedOut.stderr.contains("no case 2026-0002"), "\(scopedOut)")
    #expect(!scopedOut.stderr.contains("tj93008"), "\(scopedOut)")
    for local in [["verify"], ["doctor"], ["backup", "copie.sqlite"]] {
      let refused = try served.client(ServedRegistry.admin, local)
      #expect(refused.status == 64, "\(refused)")
      #expect(refused.stderr.contains("host that holds it"), "\(refused)")
    }
    let stopped = served.stop()
    #expect(stopped?.status == 0, "\(String(describing: stopped))")
  }

  /// The permissions of the matrix whose command only reads (and
  /// logs): allowed, it succeeds whatever was done before.
  static let reads: Set<Permission> = [
    .list, .show, .timeline, .export, .revealIdentities, .evidenceGet,
    .noticeRender, .noticeShow, .due, .occultationShow, .exposureScan,
    .campaignList, .campaignShow, .summary, .summaryInternal, .audit,
    .userList, .tokenList, .import, .report, .tokenCreate, .userAdd,
  ]

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
      ServedRegistry.admin, ["summary", "--year", "2026", "--provisional"])
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
