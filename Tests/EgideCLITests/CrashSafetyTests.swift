import Foundation
import GRDB
import Testing

/// Killing a command mid-way never leaves a half-written case.
@Suite("Crash safety")
struct CrashSafetyTests {
  /// Checks the registry is sound and every case in it is whole.
  ///
  /// The registry opens and passes SQLite's integrity and foreign-key
  /// checks, and every case is whole: its history starts with the
  /// report, has no gap, matches the event count of its row, and its
  /// kinds and targets are there. Returns the references.
  static func checkWhole(_ path: String) throws -> [String] {
    let queue = try DatabaseQueue(path: path)
    return try queue.read { db in
      #expect(try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok")
      #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
      let broken = try String.fetchAll(
        db,
        sql: """
          SELECT c.reference FROM cases c
          WHERE c.event_count <> (SELECT count(*) FROM events e WHERE e.case_id = c.id)
            OR c.event_count <> (SELECT max(sequence) FROM events e WHERE e.case_id = c.id)
            OR NOT EXISTS (SELECT 1 FROM events e WHERE e.case_id = c.id
                           AND e.sequence = 1 AND e.change = 'reported')
            OR NOT EXISTS (SELECT 1 FROM case_kinds k WHERE k.case_id = c.id)
            OR NOT EXISTS (SELECT 1 FROM case_targets t WHERE t.case_id = c.id)
          """)
      #expect(broken.isEmpty, "half-written cases: \(broken)")
      let orphans = try Int.fetchOne(
        db,
        sql: """
          SELECT count(*) FROM persons p
          WHERE NOT EXISTS (SELECT 1 FROM case_targets t WHERE t.person_id = p.id)
          """)
      #expect(orphans == 0, "persons written without their case")
      return try String.fetchAll(db, sql: "SELECT reference FROM cases")
    }
  }

  @Test(
    "a demo killed at random moments leaves whole batches of whole cases",
    arguments: [0.1, 0.7, 1.3])
  func killedDemo(after delay: Double) throws {
    let sandbox = try Sandbox()
    let running = try sandbox.start([
      "demo", "--db", sandbox.db, "--cases", "20000", "--seed", "11",
    ])
    // Wait for the first batch to land, then kill somewhere in a later one.
    let deadline = Date().addingTimeInterval(60)
    var committed = 0
    while committed < 1_000 && Date() < deadline {
      Thread.sleep(forTimeInterval: 0.05)
      if FileManager.default.fileExists(atPath: sandbox.db) {
        committed =
          (try? DatabaseQueue(path: sandbox.db).read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM cases")
          }) ?? 0
      }
    }
    try #require(committed >= 1_000, "the first batch never landed")
    Thread.sleep(forTimeInterval: delay)
    running.killNow()
    let result = running.wait()
    #expect(result.status != 0, "the demo finished before it was killed")
    let references = try Self.checkWhole(sandbox.db)
    #expect(references.count >= 1_000)
    #expect(references.count % 1_000 == 0, "\(references.count) cases")
    let listed = try sandbox.run(["list", "--all", "--db", sandbox.db])
    #expect(listed.status == 0, "\(listed)")
  }

  @Test(
    "reports killed mid-way never leave a partial case, and every acknowledged one is whole"
  )
  func killedReports() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    var acknowledged: [String: String] = [:]
    for round in 0..<3 {
      let running = try (0..<6).map { index in
        try sandbox.start(
          Sandbox.reportArguments(
            target: "Ysaline VORMERAN-\(round)-\(index)",
            summary: "Signalement \(round)-\(index)") + ["--db", sandbox.db])
      }
      Thread.sleep(forTimeInterval: 0.005 * Double(round * 4 + 1))
      for (index, process) in running.enumerated() where index % 2 == 0 {
        process.killNow()
      }
      for (index, process) in running.enumerated() {
        let result = process.wait()
        if result.status == 0 {
          acknowledged[result.output] = "Signalement \(round)-\(index)"
        } else {
          #expect(result.timedOut == false)
        }
      }
    }
    let references = Set(try Self.checkWhole(sandbox.db))
    #expect(acknowledged.count >= 9, "the odd processes were never killed")
    for (reference, summary) in acknowledged {
      #expect(references.contains(reference), "acknowledged \(reference) lost")
      let shown = try sandbox.run(["show", reference, "--db", sandbox.db])
      #expect(shown.status == 0 && shown.output.contains(summary), "\(shown)")
    }
  }
}
