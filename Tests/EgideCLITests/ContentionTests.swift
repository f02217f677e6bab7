import Foundation
import GRDB
import Testing

/// Eight processes writing to one registry at the same moment: every
/// command succeeds, no write is lost, no reference is given twice.
@Suite("Contention between writers")
struct ContentionTests {
  /// Starts every command at once on the sandbox registry and waits for
  /// all of them.
  static func together(_ sandbox: Sandbox, _ commands: [[String]]) throws
    -> [EgideResult]
  {
    let running = try commands.map {
      try sandbox.start($0 + ["--db", sandbox.db])
    }
    return running.map { $0.wait(timeout: 45) }
  }

  /// Expects every run to have succeeded with one line of output.
  static func expectAllSucceeded(
    _ results: [EgideResult], sourceLocation: SourceLocation = #_sourceLocation
  ) {
    for result in results {
      #expect(
        result.status == 0 && result.stderr.isEmpty && !result.timedOut,
        "\(result)", sourceLocation: sourceLocation)
    }
  }

  /// The measure identifier a `measure request` printed.
  static func measureID(_ result: EgideResult) throws -> String {
    try #require(
      result.output.firstMatch(of: /M-\d{6}/).map { String($0.output) },
      "no measure identifier in: \(result)")
  }

  /// The `show --json` document of a case.
  static func show(_ sandbox: Sandbox, _ reference: String) throws
    -> [String: Any]
  {
    try Formats.object(
      try sandbox.succeed(
        "show", reference, "--json", "--identities", "--purpose",
        Sandbox.purpose))
  }

  static func timeline(_ document: [String: Any]) -> [[String: Any]] {
    document["timeline"] as? [[String: Any]] ?? []
  }

  @Test(
    "8 processes reporting, assessing, escalating and moving measures at once all succeed and lose no event"
  )
  func mixedWritersAtOnce() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let shared = try sandbox.report(
      summary: "Dossier commun suivi par huit délégués")
    try sandbox.succeed("assess", shared, "--severity", "high")
    let lanes = 0..<8
    let levels = [
      "head_of_court", "head_of_appeal_court", "ministry", "law_enforcement",
    ]
    let kinds = [
      "police_protection", "statutory_protection", "content_takedown",
      "psychological_support",
    ]

    // Round 1: four new reports; four escalations of the shared case.
    let first = try Self.together(
      sandbox,
      lanes.map { lane in
        lane < 4
          ? Sandbox.reportArguments(
            target: "Aurèle VANTIGNY-\(lane)",
            summary: "Rapport concurrent \(lane)")
          : [
            "escalate", shared, "--to", levels[lane - 4], "--reason",
            "Escalade concurrente \(lane)",
          ]
      })
    Self.expectAllSucceeded(first)
    let own = first.prefix(4).map(\.output)
    // Round 2: the new cases assessed; four measures on the shared case.
    let second = try Self.together(
      sandbox,
      lanes.map { lane in
        lane < 4
          ? ["assess", own[lane], "--severity", "moderate"]
          : [
            "measure", "request", shared, "--kind", kinds[lane - 4],
            "--authority", "Autorité fictive \(lane)",
          ]
      })
    Self.expectAllSucceeded(second)
    let sharedMeasures = try second.suffix(4).map(Self.measureID)
    // Round 3: the new cases escalated; the shared measures granted.
    Self.expectAllSucceeded(
      try Self.together(
        sandbox,
        lanes.map { lane in
          lane < 4
            ? [
              "escalate", own[lane], "--to", "head_of_court", "--reason",
              "Menace confirmée \(lane)",
            ]
            : [
              "measure", "update", sharedMeasures[lane - 4], "--status",
              "granted",
            ]
        }))
    // Round 4: a measure for each new case; the shared ones in place.
    let fourth = try Self.together(
      sandbox,
      lanes.map { lane in
        lane < 4
          ? [
            "measure", "request", own[lane], "--kind", "police_protection",
            "--authority", "Préfecture fictive",
          ]
          : [
            "measure", "update", sharedMeasures[lane - 4], "--status",
            "in_place",
          ]
      })
    Self.expectAllSucceeded(fourth)
    let ownMeasures = try fourth.prefix(4).map(Self.measureID)
    // Round 5: the new measures in place; notes on the shared case.
    Self.expectAllSucceeded(
      try Self.together(
        sandbox,
        lanes.map { lane in
          lane < 4
            ? ["measure", "update", ownMeasures[lane], "--status", "in_place"]
            : ["note", shared, "Note concurrente \(lane)"]
        }))
    // Round 6: eight reports at once.
    let sixth = try Self.together(
      sandbox,
      lanes.map { lane in
        Sandbox.reportArguments(
          target: "Clémence ORVALLE-\(lane)", summary: "Deuxième vague \(lane)")
      })
    Self.expectAllSucceeded(sixth)

    let measures = sharedMeasures + ownMeasures
    #expect(
      Set(measures).count == 8, "measure identifiers given twice: \(measures)")
    let references = [shared] + own + sixth.map(\.output)
    #expect(
      Set(references).count == 13, "references given twice: \(references)")
    let listed = try Formats.references(
      try sandbox.succeed("list", "--all", "--format", "json"))
    #expect(listed.count == 13 && Set(listed) == Set(references), "\(listed)")

    let document = try Self.show(sandbox, shared)
    let events = Self.timeline(document)
    // report, assess, 4 escalations, 4 requests, 8 updates, 4 notes, and
    // the note recording the statutory protection's basis and request,
    // and the one recording its decision
    #expect(events.count == 24, "\(events.count) events on the shared case")
    #expect(events.map { $0["sequence"] as? Int ?? 0 } == Array(1...24))
    #expect(document["status"] as? String == "monitored")
    let shown = document["measures"] as? [[String: Any]] ?? []
    #expect(
      shown.map { $0["status"] as? String }
        == Array(repeating: "in_place", count: 4))
    let descriptions = events.compactMap { $0["description"] as? String }
    for lane in 4..<8 {
      #expect(
        descriptions.contains { $0.contains("Escalade concurrente \(lane)") },
        "escalation \(lane) lost")
      #expect(
        descriptions.contains { $0.contains("Note concurrente \(lane)") },
        "note \(lane) lost")
    }
    for reference in own {
      let ownCase = try Self.show(sandbox, reference)
      #expect(ownCase["status"] as? String == "monitored", "\(reference)")
      #expect(
        Self.timeline(ownCase).map { $0["change"] as? String ?? "?" } == [
          "reported", "assessed", "escalated", "measure_requested",
          "measure_updated",
        ], "\(reference)")
    }
    _ = try CrashSafetyTests.checkWhole(sandbox.db)
  }

  @Test(
    "8 processes reporting in a loop get consecutive, distinct references and lose none"
  )
  func reportingLoops() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let perLane = 5
    let deadline = Date().addingTimeInterval(25)
    final class Outcomes: @unchecked Sendable {
      let lock = NSLock()
      var results: [(summary: String, result: EgideResult)] = []
      func add(_ summary: String, _ result: EgideResult) {
        lock.withLock { results.append((summary, result)) }
      }
    }
    /// The sandbox, shared by the threads that only start processes in it.
    final class Shared: @unchecked Sendable {
      let sandbox: Sandbox
      init(_ sandbox: Sandbox) { self.sandbox = sandbox }
    }
    let outcomes = Outcomes()
    let shared = Shared(sandbox)
    let db = sandbox.db
    DispatchQueue.concurrentPerform(iterations: 8) { lane in
      for round in 0..<perLane where Date() < deadline {
        let summary = "Boucle \(lane)-\(round)"
        guard
          let result = try? shared.sandbox.run(
            Sandbox.reportArguments(
              target: "Isaure QUENTEL-\(lane)", summary: summary)
              + ["--db", db])
        else { continue }
        outcomes.add(summary, result)
      }
    }
    let results = outcomes.results
    #expect(
      results.count == 8 * perLane, "only \(results.count) reports ran in time")
    for (_, result) in results {
      #expect(result.status == 0 && result.stderr.isEmpty, "\(result)")
    }
    let references = results.map(\.result.output)
    #expect(
      Set(references).count == references.count, "a reference was given twice")
    let sequences = references.compactMap {
      Int($0.split(separator: "-").last ?? "")
    }
    .sorted()
    #expect(
      sequences == Array(1...references.count),
      "references have gaps: \(sequences)")
    let exported = try Formats.objects(
      try sandbox.succeed(
        "export", "cases", "--all", "--format", "json", "--include-identities",
        "--purpose", Sandbox.purpose))
    let summaries = Dictionary(
      exported.map {
        ($0["reference"] as? String ?? "?", $0["summary"] as? String ?? "")
      },
      uniquingKeysWith: { first, _ in first })
    for (summary, result) in results {
      #expect(
        summaries[result.output] == summary, "\(result.output) lost its summary"
      )
    }
  }

  @Test(
    "an import of 600 rows while 7 processes report and note succeeds with no duplicate reference"
  )
  func importBesideReporters() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let shared = try sandbox.report(summary: "Dossier annoté pendant l'import")
    let file = try BulkImport.write(to: sandbox.path("lot.csv"), count: 600)
    let importing = try sandbox.start(["import", file, "--db", sandbox.db])
    var results: [EgideResult] = []
    for round in 0..<3 {
      results += try Self.together(
        sandbox,
        (0..<7).map { lane in
          lane % 2 == 0
            ? ["note", shared, "Note pendant l'import \(round)-\(lane)"]
            : Sandbox.reportArguments(
              target: "Lison MARQUETTE-\(lane)",
              summary: "À côté de l'import \(round)")
        })
    }
    let imported = importing.wait(timeout: 60)
    #expect(imported.status == 0, "\(imported)")
    #expect(
      imported.output == "imported 600, already imported 0, invalid 0",
      "\(imported)")
    Self.expectAllSucceeded(results)
    let references = try CrashSafetyTests.checkWhole(sandbox.db)
    let reported = results.filter { $0.arguments.first == "report" }.map(
      \.output)
    #expect(references.count == 1 + 600 + reported.count)
    #expect(
      Set(references).count == references.count, "a reference was given twice")
    #expect(Set(reported).isSubset(of: references))
    #expect(try BulkImport.imported(sandbox.db) == 600)
    let notes = Self.timeline(try Self.show(sandbox, shared)).filter {
      ($0["change"] as? String) == "note"
    }
    #expect(notes.count == 12, "\(notes.count) notes of 12")
  }
}
