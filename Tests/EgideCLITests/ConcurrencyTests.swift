import Foundation
import Testing

/// Several delegates writing at the same moment all succeed.
@Suite("Several processes writing at once")
struct ConcurrencyTests {
  @Test("4 reports started at once all succeed with 4 distinct references")
  func fourReportsAtOnce() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let names = [
      "Valézane MIROLIN", "Ombeline TESSARD", "Corentin ABELARD",
      "Maëlis DROUVANT",
    ]
    let running = try names.map { name in
      try sandbox.start(
        Sandbox.reportArguments(
          target: name, summary: "Signalement simultané de \(name)")
          + ["--db", sandbox.db])
    }
    let results = running.map { $0.wait() }
    for result in results {
      #expect(result.status == 0, "\(result)")
      #expect(result.output.wholeMatch(of: /\d{4}-\d{4}/) != nil, "\(result)")
    }
    let references = Set(results.map(\.output))
    #expect(references.count == 4, "\(references)")
    let listed = try Formats.references(
      try sandbox.succeed("list", "--format", "json"))
    #expect(listed.count == 4)
    #expect(Set(listed) == references)
  }

  @Test(
    "8 processes mixing reports and notes on one case all succeed and lose no event"
  )
  func reportsAndNotesAtOnce() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let shared = try sandbox.report(
      summary: "Dossier suivi par plusieurs délégués")
    var running: [RunningEgide] = []
    for index in 0..<8 {
      if index.isMultiple(of: 2) {
        running.append(
          try sandbox.start([
            "note", shared, "Note simultanée n° \(index)", "--db", sandbox.db,
          ]))
      } else {
        running.append(
          try sandbox.start(
            Sandbox.reportArguments(
              target: "Personne fictive \(index)", summary: "Rapport \(index)")
              + ["--db", sandbox.db]))
      }
    }
    let results = running.map { $0.wait() }
    for result in results {
      #expect(result.status == 0, "\(result)")
    }
    let document = try Formats.object(
      try sandbox.succeed(
        "show", shared, "--json", "--identities", "--purpose", Sandbox.purpose))
    let timeline = try #require(document["timeline"] as? [[String: Any]])
    #expect(timeline.count == 5, "1 report + 4 notes, got \(timeline.count)")
    let notes = timeline.compactMap { $0["description"] as? String }.filter {
      $0.contains("Note simultanée")
    }
    #expect(notes.count == 4)
    #expect(timeline.map { $0["sequence"] as? Int ?? 0 } == [1, 2, 3, 4, 5])
    let listed = try Formats.references(
      try sandbox.succeed("list", "--format", "json"))
    #expect(listed.count == 5)
    #expect(Set(listed).count == 5)
  }
}
