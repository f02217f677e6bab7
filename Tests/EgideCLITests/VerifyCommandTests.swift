import Foundation
import GRDB
import Testing

/// `egide verify` as a user runs it: intact chains exit 0 with their heads,
/// an edit made outside Égide exits 65 naming the row.
@Suite("egide verify")
struct VerifyCommandTests {
  /// A sandbox registry with three cases, one assessed.
  static func sandbox() throws -> Sandbox {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let first = try sandbox.report(target: "Valézane MIROLIN")
    _ = try sandbox.report(target: "Orlande TISSEVAL")
    _ = try sandbox.report(target: "Maëlle ROUVANT")
    try sandbox.succeed("assess", first, "--severity", "high")
    return sandbox
  }

  @Test("intact chains exit 0 and print each chain's head")
  func intactChains() throws {
    let sandbox = try Self.sandbox()
    let result = try sandbox.egide("verify")
    #expect(result.status == 0, "\(result)")
    #expect(result.stderr.isEmpty, "\(result)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 5, "\(result)")
    for (line, (table, rows)) in zip(
      lines,
      [
        ("events", 4), ("notice_events", 0), ("access_log", 0),
        ("seal_generations", 0),
      ])
    {
      #expect(
        line.wholeMatch(
          of: try Regex("\(table): intact, \(rows) rows?, head [0-9a-f]{64}"))
          != nil, "\(line)")
    }
    #expect(lines.last?.contains("every chain is intact") == true)
  }

  @Test("verify --json gives each chain with its head, rows and state")
  func jsonOutput() throws {
    let sandbox = try Self.sandbox()
    let result = try sandbox.egide("verify", "--json")
    #expect(result.status == 0, "\(result)")
    let document = try Formats.object(result)
    #expect(document["intact"] as? Bool == true)
    let chains = try #require(document["chains"] as? [[String: Any]])
    #expect(
      chains.map { $0["table"] as? String } == [
        "events", "notice_events", "access_log", "seal_generations",
      ])
    #expect(chains.map { $0["rows"] as? Int } == [4, 0, 0, 0])
    #expect(chains.allSatisfy { $0["state"] as? String == "intact" })
    #expect(
      chains.allSatisfy {
        ($0["head"] as? String)?.wholeMatch(of: /[0-9a-f]{64}/) != nil
      })
    // The head moves with the next write, and verify says so.
    let head = chains.first?["head"] as? String
    _ = try sandbox.report(target: "Ysaline MORVANEC")
    let after = try Formats.object(try sandbox.egide("verify", "--json"))
    let events = (after["chains"] as? [[String: Any]])?.first
    #expect(events?["rows"] as? Int == 5)
    #expect(events?["head"] as? String != head)
  }

  @Test("an event changed outside Égide exits 65 naming its row")
  func changedEvent() throws {
    let sandbox = try Self.sandbox()
    try DoctorCommandTests.tamper(
      sandbox.db, "UPDATE events SET actor = 'Intrus Fictif' WHERE id = 2")
    let result = try sandbox.egide("verify")
    #expect(result.status == 65, "\(result)")
    #expect(result.stderrLines.count == 1, "\(result)")
    for text in [
      "row 2 of events", "does not match its hash", "restore", "investigate",
    ] {
      #expect(result.stderr.contains(text), "no '\(text)': \(result)")
    }
    #expect(
      result.stdout.contains("events: BROKEN at row 2 of events"), "\(result)")
    #expect(result.stdout.contains("access_log: intact"), "\(result)")
    #expect(!result.stdout.contains("every chain is intact"), "\(result)")
  }

  @Test("an event deleted outside Égide is found at the row after it")
  func deletedEvent() throws {
    let sandbox = try Self.sandbox()
    try DoctorCommandTests.tamper(sandbox.db, "DELETE FROM events WHERE id = 2")
    let result = try sandbox.egide("verify", "--json")
    #expect(result.status == 65, "\(result)")
    #expect(result.stderr.contains("row 3 of events"), "\(result)")
    #expect(result.stderr.contains("deleted, inserted or reordered"))
    let document = try Formats.object(result)
    #expect(document["intact"] as? Bool == false)
    let events = try #require(
      (document["chains"] as? [[String: Any]])?.first)
    #expect(events["state"] as? String == "broken")
    let link = try #require(events["brokenLink"] as? [String: Any])
    #expect(link["rowId"] as? Int == 3)
    #expect(link["reason"] as? String == "unlinked")
  }
}
