import EgideTestSupport
import Foundation
import Testing

/// The publication ledger through the real `egide`, and the attacker's
/// audit of whole publication schedules: `Tests/Auditor/audit_series.py`,
/// written apart from the Swift code, reads only the published JSON
/// documents and bounds every hidden count with scipy's linear
/// programming.
@Suite("Publishing summaries: the ledger, and an attacker's audit of a series")
struct PublicationSeriesTests {
  /// Every summary is made as of this instant: 2025 and 2026 have ended.
  static let now = "2027-01-15T12:00Z"

  /// The schedule a ministry follows: every month of 2025 and 2026, each
  /// quarter after its last month, each year after its December.
  static let schedule: [[String]] = {
    var periods: [[String]] = []
    for year in [2025, 2026] {
      for month in 1...12 {
        periods.append(["--month", String(format: "%04d-%02d", year, month)])
        if month % 3 == 0 {
          periods.append(["--quarter", "\(year)-Q\(month / 3)"])
        }
      }
      periods.append(["--year", "\(year)"])
    }
    return periods
  }()

  static var auditor: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent(
        "Auditor/audit_series.py"
      ).path
  }

  /// Makes a demo registry and writes, for every period of the schedule,
  /// the summary with `options` into `folder` (one JSON file per period).
  static func publish(
    _ options: [String], db: String, into folder: String, in sandbox: Sandbox
  ) throws {
    try FileManager.default.createDirectory(
      atPath: folder, withIntermediateDirectories: true)
    for period in schedule {
      let result = try sandbox.run(
        ["summary", "--db", db, "--format", "json"] + period + options,
        environment: ["EGIDE_NOW": now])
      try #require(result.status == 0, "\(period): \(result)")
      try result.stdoutData.write(
        to: URL(fileURLWithPath: folder).appendingPathComponent(
          "\(period[1]).json"))
    }
  }

  /// The auditor's report on the documents in `published`, with the true
  /// values of `truth`, and its exit status.
  static func audit(_ published: String, truth: String) throws -> (
    status: Int32, report: [String: Any]
  ) {
    let auditor = try ChildProcess(
      executable: "/usr/bin/env",
      arguments: ["python3", Self.auditor, published, "--truth", truth])
    let ended = auditor.wait(timeout: 600)
    let output = auditor.standardOutputData()
    let report =
      (try? JSONSerialization.jsonObject(with: output) as? [String: Any])
      ?? [
        "unreadable": String(
          decoding: output + auditor.standardErrorData(), as: UTF8.self)
      ]
    return (ended.termination.status, report)
  }

  static func demo(cases: Int, seed: Int, in sandbox: Sandbox) throws -> String
  {
    let db = sandbox.path("demo.sqlite")
    let made = try sandbox.run(
      ["demo", "--db", db, "--cases", "\(cases)", "--seed", "\(seed)"],
      environment: ["EGIDE_NOW": now])
    try #require(made.status == 0, "\(made)")
    return db
  }

  @Test(
    "Every month, quarter and year of two years, published through the ledger, passes the attacker's audit: no hidden count recomputed, pinned to at most 1, or shown elsewhere",
    arguments: [(700, 21), (1_200, 3), (2_000, 7)])
  func scheduleHoldsAgainstTheAuditor(cases: Int, seed: Int) throws {
    let sandbox = try Sandbox()
    let db = try Self.demo(cases: cases, seed: seed, in: sandbox)
    let published = sandbox.path("published")
    let truth = sandbox.path("truth")
    try Self.publish([], db: db, into: published, in: sandbox)
    try Self.publish(
      ["--internal", "--min-cell", "1"], db: db, into: truth, in: sandbox)
    let (status, report) = try Self.audit(published, truth: truth)
    #expect(status == 0, "\(report)")
    #expect(report["documents"] as? Int == Self.schedule.count, "\(report)")
    #expect((report["hidden counts"] as? Int ?? 0) > 100, "\(report)")
    // The auditor's relations were checked against the true values.
    #expect(
      (report["relations checked against the truth"] as? Int ?? 0) > 1_000,
      "\(report)")
    let entries = try Self.history(db, in: sandbox)
    #expect(entries.count == Self.schedule.count, "\(entries)")
  }

  @Test(
    "The same schedule suppressed one document at a time (as before the ledger) fails the auditor: the audit can fail"
  )
  func perDocumentSuppressionFails() throws {
    let sandbox = try Sandbox()
    let db = try Self.demo(cases: 1_200, seed: 3, in: sandbox)
    let alone = sandbox.path("alone")
    let truth = sandbox.path("truth")
    // --internal with the standard k: each document's own control, no
    // ledger.
    try Self.publish(
      ["--internal", "--min-cell", "11"], db: db, into: alone, in: sandbox)
    try Self.publish(
      ["--internal", "--min-cell", "1"], db: db, into: truth, in: sandbox)
    let (status, report) = try Self.audit(alone, truth: truth)
    #expect(status == 1, "\(report)")
    let reasons = Set(
      (report["failures"] as? [[String: Any]] ?? []).compactMap {
        $0["why"] as? String
      })
    #expect(reasons.contains("recomputed exactly"), "\(reasons)")
    #expect(
      reasons.contains("hidden in one document, shown in another"), "\(reasons)"
    )
    #expect(!reasons.contains("true value outside its interval"), "\(reasons)")
    #expect(
      !reasons.contains("a true value breaks a relation the auditor uses"))
  }

  /// The ledger's entries, from `summary --history --format json`.
  static func history(_ db: String, in sandbox: Sandbox) throws -> [[String:
    Any]]
  {
    let result = try sandbox.run(
      ["summary", "--db", db, "--history", "--format", "json"],
      environment: ["EGIDE_NOW": now])
    try #require(result.status == 0, "\(result)")
    return try #require(
      try JSONSerialization.jsonObject(with: result.stdoutData)
        as? [[String: Any]])
  }

  @Test(
    "A published summary is recorded once; the same figures again, in another format, record nothing; an internal one is never recorded"
  )
  func recordsWhatIsPublished() throws {
    let sandbox = try Sandbox()
    let db = try Self.demo(cases: 300, seed: 2, in: sandbox)
    #expect(try Self.history(db, in: sandbox).isEmpty)
    let empty = try sandbox.run(
      ["summary", "--db", db, "--history"], environment: ["EGIDE_NOW": Self.now]
    )
    #expect(empty.stdout.contains("Nothing published yet"), "\(empty)")
    for format in ["md", "json", "html"] {
      let result = try sandbox.run(
        ["summary", "--db", db, "--month", "2026-11", "--format", format],
        environment: ["EGIDE_NOW": Self.now])
      try #require(result.status == 0, "\(result)")
    }
    let internalOne = try sandbox.run(
      [
        "summary", "--db", db, "--month", "2026-10", "--internal", "--min-cell",
        "3",
      ],
      environment: ["EGIDE_NOW": Self.now])
    try #require(internalOne.status == 0, "\(internalOne)")
    let entries = try Self.history(db, in: sandbox)
    #expect(entries.count == 1, "\(entries)")
    let entry = try #require(entries.first)
    #expect(entry["period"] as? String == "2026-11")
    #expect(entry["format"] as? String == "md")
    #expect(entry["minimumCount"] as? Int == 11)
    #expect((entry["hidden"] as? Int ?? 0) > 0)
    #expect((entry["digest"] as? String)?.count == 64)
    #expect(entry["supersededBy"] == nil || entry["supersededBy"] is NSNull)
    let table = try sandbox.run(
      ["summary", "--db", db, "--history"], environment: ["EGIDE_NOW": Self.now]
    )
    #expect(table.stdout.contains("2026-11"), "\(table)")
    for wrong in [
      ["--month", "2026-11"], ["--format", "csv"], ["--supersede"],
    ] {
      let refused = try sandbox.run(
        ["summary", "--db", db, "--history"] + wrong,
        environment: ["EGIDE_NOW": Self.now])
      #expect(refused.status == 64, "\(wrong): \(refused)")
      #expect(refused.stderr.contains(wrong[0]), "\(refused)")
      #expect(refused.stdout.isEmpty)
    }
    #expect(try Self.history(db, in: sandbox).count == 1)
  }

  @Test(
    "A case reported into a published month: the summary is refused, naming the figure and --supersede, until --supersede replaces the edition"
  )
  func correctionsNeedSupersede() throws {
    let sandbox = try Sandbox()
    let db = try Self.demo(cases: 300, seed: 2, in: sandbox)
    let first = try sandbox.run(
      ["summary", "--db", db, "--month", "2026-11"],
      environment: ["EGIDE_NOW": Self.now])
    try #require(first.status == 0, "\(first)")
    let late = try sandbox.run(
      [
        "report", "--db", db, "--kind", "threat", "--channel", "email",
        "--court", "tj93008", "--target", "Camille Testard", "--role", "judge",
        "--summary", "Menace reçue par courriel",
      ], environment: ["EGIDE_NOW": "2026-11-10T10:00Z"])
    try #require(late.status == 0, "\(late)")
    let before = try Data(contentsOf: URL(fileURLWithPath: db))
    for period in [["--month", "2026-11"], ["--month", "2026-12"]] {
      let refused = try sandbox.run(
        ["summary", "--db", db] + period, environment: ["EGIDE_NOW": Self.now])
      #expect(refused.status == 65, "\(refused)")
      #expect(refused.stderrLines.count == 1, "\(refused)")
      #expect(refused.stderr.contains("2026-11/"), "\(refused)")
      #expect(refused.stderr.contains("--supersede"), "\(refused)")
      #expect(refused.stdout.isEmpty)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    let replaced = try sandbox.run(
      ["summary", "--db", db, "--month", "2026-11", "--supersede"],
      environment: ["EGIDE_NOW": Self.now])
    #expect(replaced.status == 0, "\(replaced)")
    let entries = try Self.history(db, in: sandbox)
    #expect(entries.count == 2, "\(entries)")
    #expect(
      entries.first?["supersededBy"] as? Int == entries.last?["id"] as? Int)
    let december = try sandbox.run(
      ["summary", "--db", db, "--month", "2026-12"],
      environment: ["EGIDE_NOW": Self.now])
    #expect(december.status == 0, "\(december)")
  }
}
