import Foundation
import GRDB
import Testing

/// `egide doctor` as a user runs it: a sound registry passes, each kind of
/// damage fails with status 65 and a line naming it and what to do.
@Suite("egide doctor")
struct DoctorCommandTests {
  /// A sandbox whose registry is a demo of 120 synthetic cases, with
  /// assessments, measures, evidence and notes.
  static func demoSandbox() throws -> Sandbox {
    let sandbox = try Sandbox()
    let made = try sandbox.run([
      "demo", "--db", sandbox.db, "--cases", "120", "--seed", "11",
    ])
    try #require(made.status == 0, "\(made)")
    return sandbox
  }

  /// Edits the registry with raw SQL, as someone outside Égide would: the
  /// append-only triggers are dropped first, foreign keys are off.
  static func tamper(_ path: String, _ sql: String) throws {
    var configuration = Configuration()
    configuration.foreignKeysEnabled = false
    let queue = try DatabaseQueue(path: path, configuration: configuration)
    try queue.writeWithoutTransaction { db in
      try db.execute(
        sql: """
          DROP TRIGGER IF EXISTS events_are_append_only_update;
          DROP TRIGGER IF EXISTS events_are_append_only_delete;
          """)
      try db.execute(sql: sql)
    }
    try queue.close()
  }

  @Test("a healthy registry passes every check and is left byte for byte")
  func healthyRegistry() throws {
    let sandbox = try Self.demoSandbox()
    let before = sandbox.snapshot().main
    let result = try sandbox.egide("doctor")
    #expect(result.status == 0, "\(result)")
    #expect(result.stderr.isEmpty, "\(result)")
    for line in [
      "integrity: ok", "foreign keys: ok", "journal mode: wal",
      "hash chain: intact (events ", "every check passed",
    ] {
      #expect(result.stdout.contains(line), "missing '\(line)': \(result)")
    }
    #expect(result.stdout.contains("history: 120 cases"), "\(result)")
    #expect(sandbox.snapshot().main == before)
  }

  @Test("doctor --json gives every check with stable keys")
  func jsonOutput() throws {
    let sandbox = try Self.demoSandbox()
    let result = try sandbox.egide("doctor", "--json")
    #expect(result.status == 0, "\(result)")
    let document = try Formats.object(result)
    #expect(document["healthy"] as? Bool == true)
    #expect(document["cases"] as? Int == 120)
    let checks = try #require(document["checks"] as? [[String: Any]])
    #expect(
      checks.map { $0["name"] as? String ?? "" } == [
        "integrity", "foreign keys", "schema", "journal mode", "history",
        "hash chain", "derived tables", "summary totals", "sealed values",
        "identities",
      ])
    let derived = checks.first { $0["name"] as? String == "derived tables" }
    #expect(
      derived?["summary"] as? String == "120 cases agree with their histories")
    let chain = checks.first { $0["name"] as? String == "hash chain" }
    #expect(
      (chain?["summary"] as? String)?.hasPrefix("intact (events ") == true)
    #expect(chain?["outcome"] as? String == "passed")
    // The demo registry is sealed from the start.
    #expect(
      (checks.last?["summary"] as? String)?.hasPrefix(
        "sealed (key fingerprint ")
        == true)
    #expect(checks.last?["outcome"] as? String == "passed")
  }

  /// A damage done outside Égide and what doctor must say about it.
  struct Injection: Sendable, CustomTestStringConvertible {
    var name: String
    var sql: String
    var mentions: [String]
    var testDescription: String { name }
  }

  static let injections = [
    Injection(
      name: "a missing event",
      sql:
        "DELETE FROM events WHERE sequence = 1 AND case_id = (SELECT min(id) FROM cases)",
      mentions: ["history: FAILED", "has no 'reported' event 1", "restore"]),
    Injection(
      name: "a wrong event count",
      sql:
        "UPDATE cases SET event_count = event_count + 3 WHERE id = (SELECT max(id) FROM cases)",
      mentions: ["history: FAILED", "(event_count) but", "restore"]),
    Injection(
      name: "a changed migration checksum",
      sql: "UPDATE egide_migrations SET checksum = 'changed' WHERE version = 2",
      mentions: [
        "schema: FAILED", "migration 2 (external_reference) differs",
      ]),
    Injection(
      name: "a measure without its event",
      sql:
        "UPDATE events SET facts = '{}' WHERE id = (SELECT min(id) FROM events WHERE change = 'measure_requested')",
      mentions: ["history: FAILED", "has no 'measure_requested' event"]),
    Injection(
      name: "a case moved to another court",
      sql: """
        UPDATE cases SET court = 'tj59178', appeal_court = 'ca_douai'
        WHERE id = (SELECT min(id) FROM cases WHERE court <> 'tj59178')
        """,
      mentions: [
        "derived tables: FAILED", "court 'tj59178' where its history gives",
      ]
    ),
    Injection(
      name: "a running total of summaries changed",
      sql: """
        UPDATE summary_totals SET count = count + 1
        WHERE (period, figure) = (SELECT period, figure FROM summary_totals
          WHERE figure = 'new' ORDER BY period LIMIT 1)
        """,
      mentions: [
        "summary totals: FAILED", "new: ", "kept where the history gives",
      ]
    ),
    Injection(
      name: "a duration kept for summaries changed",
      sql: """
        UPDATE summary_durations SET days = days + 1
        WHERE rowid = (SELECT min(rowid) FROM summary_durations)
        """,
      mentions: [
        "summary totals: FAILED", "durations kept for summaries are not",
      ]
    ),
    Injection(
      name: "a case marked resolved",
      sql: """
        UPDATE cases SET status = 'resolved'
        WHERE id = (SELECT min(id) FROM cases WHERE status = 'new')
        """,
      mentions: [
        "derived tables: FAILED",
        "status 'resolved' where its history gives 'new'",
      ]
    ),
    Injection(
      name: "a measure marked in place",
      sql: """
        UPDATE measures SET status = 'in_place'
        WHERE id = (SELECT min(id) FROM measures WHERE status = 'requested')
        """,
      mentions: [
        "derived tables: FAILED",
        "status 'in_place' where its history gives 'requested'",
      ]
    ),
    Injection(
      name: "a kind changed",
      sql: """
        UPDATE case_kinds SET kind = 'assault'
        WHERE case_id = (
          SELECT case_id FROM case_kinds GROUP BY case_id
          HAVING count(*) = 1 AND max(kind) <> 'assault' LIMIT 1)
        """,
      mentions: ["derived tables: FAILED", "kinds '"]),
    Injection(
      name: "a target removed from a case",
      sql: """
        DELETE FROM case_targets
        WHERE case_id = (SELECT min(case_id) FROM case_targets)
        """,
      mentions: ["derived tables: FAILED", "targets '"]),
    Injection(
      name: "a channel and an author of the report changed",
      sql: """
        UPDATE cases SET channel = 'press', reported_by = 'intrus.fictif'
        WHERE id = (SELECT min(id) FROM cases WHERE channel <> 'press')
        """,
      mentions: [
        "derived tables: FAILED", "channel 'press'",
        "reported_by 'intrus.fictif'",
      ]),
    Injection(
      name: "when it occurred made vaguer",
      sql: """
        UPDATE cases SET occurred_precision = 'month'
        WHERE id = (SELECT min(id) FROM cases WHERE occurred_precision = 'minute')
        """,
      mentions: ["derived tables: FAILED", "occurred_precision 'month'"]),
    Injection(
      name: "an event's author changed",
      sql: "UPDATE events SET actor = 'Intrus Fictif' WHERE id = 7",
      mentions: [
        "hash chain: FAILED", "row 7 of events", "breaks the hash chain",
      ]),
  ]

  @Test("doctor finds damage done outside Égide", arguments: injections)
  func detectsInjectedDamage(_ injection: Injection) throws {
    let sandbox = try Self.demoSandbox()
    try Self.tamper(sandbox.db, injection.sql)
    let result = try sandbox.egide("doctor")
    #expect(result.status == 65, "\(result)")
    for text in injection.mentions {
      #expect(
        (result.stdout + result.stderr).contains(text),
        "does not mention \(text): \(result)")
    }
    #expect(result.stderrLines.count == 1, "\(result)")
    #expect(result.stderr.contains("restore it from a backup"), "\(result)")
  }

  @Test("doctor finds a stored file's digest changed outside Égide")
  func detectsChangedEvidenceDigest() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let reference = try sandbox.report()
    let file = sandbox.path("capture.png")
    try Data("capture fictive".utf8).write(to: URL(fileURLWithPath: file))
    try sandbox.succeed("evidence", "add", reference, "--file", file)
    #expect(try sandbox.egide("doctor").status == 0)
    try Self.tamper(
      sandbox.db, "UPDATE evidence SET sha256 = printf('%064d', 0)")
    let result = try sandbox.egide("doctor")
    #expect(result.status == 65, "\(result)")
    #expect(
      result.stdout.contains("evidence E-000001 sha256 '0000"), "\(result)")
  }

  @Test("doctor finds a page overwritten in the middle of the file")
  func detectsCorruptedPage() throws {
    let sandbox = try Self.demoSandbox()
    let handle = try #require(FileHandle(forUpdatingAtPath: sandbox.db))
    let size = try handle.seekToEnd()
    try #require(size >= 16 * 4096)
    try handle.seek(toOffset: (size / 2 / 4096) * 4096)
    try handle.write(contentsOf: Data(repeating: 0x5A, count: 4096))
    try handle.close()
    let result = try sandbox.egide("doctor")
    #expect(result.status == 65, "\(result)")
    let text = result.stdout + result.stderr
    #expect(
      text.contains("integrity: FAILED") || text.contains("malformed"),
      "\(result)")
    #expect(text.contains("restore"), "\(result)")
  }

  @Test(
    "verify never calls a file intact when a page its chains do not read is overwritten"
  )
  func verifyFindsCorruptedPage() throws {
    let sandbox = try Self.demoSandbox()
    #expect(try sandbox.egide("verify").status == 0)
    // A page of an index that neither opening nor the chains read.
    let page = try #require(
      try DatabaseQueue(path: sandbox.db).read { db in
        try Int.fetchOne(
          db,
          sql: """
            SELECT pageno FROM dbstat
            WHERE name = 'cases_by_assignee' AND pagetype = 'leaf'
            ORDER BY pageno DESC LIMIT 1
            """)
      })
    let handle = try #require(FileHandle(forUpdatingAtPath: sandbox.db))
    try handle.seek(toOffset: UInt64(page - 1) * 4096)
    try handle.write(contentsOf: Data(repeating: 0x5A, count: 4096))
    try handle.close()
    let result = try sandbox.egide("verify")
    expectCleanFailure(result, status: 65, mentioning: ["damaged", "restore"])
  }

  @Test("doctor on a missing registry says so with status 66")
  func missingRegistry() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.egide("doctor")
    #expect(result.status == 66, "\(result)")
    #expect(result.stderr.contains(sandbox.db), "\(result)")
    #expect(sandbox.files().isEmpty)
  }
}
