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
    let deadline = Date().addingTimeInterval(20)
    for round in 0..<8 where Date() < deadline {
      let running = try (0..<6).map { index in
        try sandbox.start(
          Sandbox.reportArguments(
            target: "Ysaline VORMERAN-\(round)-\(index)",
            summary: "Signalement \(round)-\(index)") + ["--db", sandbox.db])
      }
      // Spread the kills from process start to well into the write.
      Thread.sleep(forTimeInterval: 0.005 * Double(round * 4 + 1))
      for (index, process) in running.enumerated() where index % 2 == 0 {
        Thread.sleep(forTimeInterval: Double.random(in: 0...0.02))
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
    #expect(acknowledged.count >= 12, "the odd processes were never killed")
    for (reference, summary) in acknowledged {
      #expect(references.contains(reference), "acknowledged \(reference) lost")
      let shown = try sandbox.run(
        [
          "show", reference, "--identities", "--purpose", Sandbox.purpose,
          "--db",
          sandbox.db,
        ])
      #expect(shown.status == 0 && shown.output.contains(summary), "\(shown)")
    }
  }

  /// A registry holding two cases, written once and copied for each round.
  static func baseRegistry(_ sandbox: Sandbox) throws -> (
    path: String, references: [String]
  ) {
    try sandbox.initRegistry()
    let references = [
      try sandbox.report(summary: "Dossier antérieur à l'import"),
      try sandbox.report(
        target: "Anselme TREVOUX", summary: "Second dossier antérieur"),
    ]
    try #require(
      !FileManager.default.fileExists(atPath: sandbox.db + "-wal"),
      "the registry was not closed cleanly")
    return (sandbox.db, references)
  }

  /// Copies the registry at `source` to a new file of the sandbox.
  static func copy(_ source: String, to name: String, in sandbox: Sandbox)
    throws -> String
  {
    let path = sandbox.path(name)
    try FileManager.default.copyItem(atPath: source, toPath: path)
    return path
  }

  @Test(
    "an import of 2,000 rows killed at random moments leaves all of its rows or none, and the earlier cases whole"
  )
  func killedImports() throws {
    let sandbox = try Sandbox()
    let base = try Self.baseRegistry(sandbox)
    let rows = 2_000
    let file = try BulkImport.write(to: sandbox.path("lot.csv"), count: rows)

    // One import run to its end gives the time a kill is spread over.
    let timed = try Self.copy(base.path, to: "timed.sqlite", in: sandbox)
    let started = Date()
    let complete = try sandbox.run(["import", file, "--db", timed])
    let duration = Date().timeIntervalSince(started)
    try #require(complete.status == 0, "\(complete)")
    #expect(try BulkImport.imported(timed) == rows)

    var killedWhileWriting = 0
    var outcomes: [String] = []
    let deadline = Date().addingTimeInterval(max(8, duration * 3))
    // Four rounds at least (two of each way of choosing the moment), six
    // at most while time allows.
    for round in 0..<6 where round < 4 || Date() < deadline {
      let db = try Self.copy(
        base.path, to: "round-\(round).sqlite", in: sandbox)
      let running = try sandbox.start(["import", file, "--db", db])
      var writing = false
      if round.isMultiple(of: 2) {
        // Anywhere in the run: reading, checking or writing the rows.
        Thread.sleep(
          forTimeInterval: Double.random(in: 0.05...(duration * 1.1)))
      } else {
        // Just after the transaction starts putting pages in the log: an
        // import keeps its pages in a 16 MiB cache, so for 2,000 rows that
        // is its commit, which lasts a few milliseconds.
        let limit = Date().addingTimeInterval(duration * 2 + 5)
        while Date() < limit {
          let size =
            (try? FileManager.default.attributesOfItem(atPath: db + "-wal")[
              .size]
              as? Int) ?? 0
          if size > 0 { break }
          Thread.sleep(forTimeInterval: 0.0002)
        }
        Thread.sleep(forTimeInterval: Double.random(in: 0...0.002))
      }
      let wal =
        (try? FileManager.default.attributesOfItem(atPath: db + "-wal")[.size]
          as? Int) ?? 0
      writing = wal > 0
      running.killNow()
      let result = running.wait()
      let references = try Self.checkWhole(db)
      let count = try BulkImport.imported(db)
      outcomes.append(
        "round \(round): exit \(result.status), \(count) rows, log \(wal) bytes"
      )
      #expect(count == 0 || count == rows, "half an import: \(outcomes)")
      #expect(references.count == 2 + count, "\(outcomes)")
      if result.status == 0 {
        #expect(count == rows, "the import said it was done: \(outcomes)")
      } else if writing && count == 0 {
        killedWhileWriting += 1
      }
      for earlier in base.references {
        let shown = try sandbox.run(["show", earlier, "--db", db])
        #expect(shown.status == 0, "\(shown)")
      }
      // Importing the same file again completes what was lost.
      if round == 1 {
        let again = try sandbox.run(["import", file, "--db", db])
        #expect(again.status == 0, "\(again)")
        #expect(try BulkImport.imported(db) == rows)
        _ = try Self.checkWhole(db)
      }
    }
    #expect(
      killedWhileWriting >= 1,
      "no kill landed while the rows were being written: \(outcomes)")
  }

  @Test(
    "notes, escalations and measure updates killed at random moments leave each history whole"
  )
  func killedLifecycleWrites() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let shared = try sandbox.report(summary: "Dossier très sollicité")
    try sandbox.succeed("assess", shared, "--severity", "high")
    var measures: [String] = []
    for index in 0..<4 {
      let requested = try sandbox.succeed(
        "measure", "request", shared, "--kind", "police_protection",
        "--authority", "Préfecture fictive \(index)")
      measures.append(
        try #require(requested.output.firstMatch(of: /M-\d{6}/)).output
          .description)
    }
    var acknowledged: [String] = []
    let deadline = Date().addingTimeInterval(20)
    // Four rounds at least (two of each way of choosing the moment), six
    // at most while time allows.
    for round in 0..<6 where round < 4 || Date() < deadline {
      var commands: [[String]] = []
      for lane in 0..<8 {
        switch lane % 4 {
        case 0, 1: commands.append(["note", shared, "Note \(round)-\(lane)"])
        case 2:
          commands.append([
            "escalate", shared, "--to", "ministry", "--reason",
            "Escalade \(round)-\(lane)",
          ])
        default:
          // Each measure goes granted, in place, lifted over the rounds.
          let measure = measures[(round * 2 + lane / 4) % measures.count]
          let next = ["granted", "in_place", "lifted"][min(round / 2, 2)]
          commands.append([
            "measure", "update", measure, "--status", next, "--note",
            "Mise à jour \(round)-\(lane)",
          ])
        }
      }
      let running = try commands.map {
        try sandbox.start($0 + ["--db", sandbox.db])
      }
      let killed = Set((0..<8).filter { $0 % 2 == round % 2 })
      for lane in killed.sorted() {
        Thread.sleep(forTimeInterval: Double.random(in: 0...0.03))
        running[lane].killNow()
      }
      for (lane, process) in running.enumerated() {
        let result = process.wait()
        guard result.status == 0 else {
          // Only the killed processes may fail, and a measure update whose
          // previous step was killed before it was written.
          #expect(
            killed.contains(lane)
              || (commands[lane][0] == "measure" && result.status == 65),
            "\(result)")
          continue
        }
        acknowledged.append(commands[lane].last ?? "")
      }
    }
    let references = try Self.checkWhole(sandbox.db)
    #expect(references == [shared])
    let shown = try Formats.object(
      try sandbox.succeed(
        "show", shared, "--json", "--identities", "--purpose", Sandbox.purpose))
    let events = shown["timeline"] as? [[String: Any]] ?? []
    let descriptions = events.compactMap { $0["description"] as? String }
    #expect(
      events.map { $0["sequence"] as? Int ?? 0 } == Array(1...events.count))
    for text in acknowledged {
      #expect(
        descriptions.contains { $0.contains(text) },
        "acknowledged '\(text)' lost")
    }
    #expect(
      acknowledged.count >= 6, "\(acknowledged.count) writes acknowledged")
  }
}
