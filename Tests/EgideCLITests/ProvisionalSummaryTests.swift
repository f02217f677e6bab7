import Foundation
import Testing

/// A summary of a period that has not ended would read as complete: it is
/// refused, or made with `--provisional` and marked so in every format.
@Suite("Summaries of a period that has not ended")
struct ProvisionalSummaryTests {
  /// 4 December 2026, 21:00 in Paris.
  static let now = ["EGIDE_NOW": "2026-12-04T20:00:00Z"]

  static func registry() throws -> Sandbox {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    _ = try sandbox.run(
      Sandbox.reportArguments() + ["--db", sandbox.db], environment: Self.now)
    return sandbox
  }

  @Test(
    "the month and the quarter not yet ended are refused in one line, and nothing is published",
    arguments: [["--month", "2026-12"], ["--quarter", "2026-Q4"]])
  func refused(_ period: [String]) throws {
    let sandbox = try Self.registry()
    let before = sandbox.snapshot()
    let result = try sandbox.run(
      ["summary", "--db", sandbox.db] + period, environment: Self.now)
    #expect(result.status == 64, "\(result)")
    #expect(result.stderrLines.count == 1, "\(result)")
    #expect(result.stderr.contains("has not ended"), "\(result)")
    #expect(result.stderr.contains("2026-12-31"), "\(result)")
    #expect(result.stderr.contains("--provisional"), "\(result)")
    #expect(sandbox.snapshot() == before)
  }

  @Test("with --provisional every format carries the marking and the last day")
  func marked() throws {
    let sandbox = try Self.registry()
    func summary(_ format: String, _ lang: String = "en") throws -> String {
      let result = try sandbox.run(
        [
          "summary", "--db", sandbox.db, "--month", "2026-12", "--provisional",
          "--format", format, "--lang", lang, "--internal", "--min-cell", "1",
        ], environment: Self.now)
      #expect(result.status == 0, "\(result)")
      return result.stdout
    }
    let marking = "PROVISIONAL — the period runs until 31 December 2026"
    #expect(try summary("md").contains("> **\(marking)"))
    #expect(
      try summary("md", "fr").contains(
        "PROVISOIRE — la période court jusqu'au 31 décembre 2026"))
    let json =
      try JSONSerialization.jsonObject(
        with: Data(try summary("json").utf8)) as? [String: Any]
    let provisional = json?["provisional"] as? [String: Any]
    #expect(provisional?["lastDay"] as? String == "2026-12-31")
    #expect((provisional?["marking"] as? String)?.hasPrefix(marking) == true)
    let html = try summary("html")
    #expect(html.contains("class=\"provisional-mark\""))
    // Printed, the marking heads and foots every page.
    #expect(html.contains("@top-center { content: \"INTERNAL"))
    #expect(html.contains(marking))
    let csv = try summary("csv")
    #expect(
      csv.contains(
        "about,field,provisional,Provisional until,value,2026-12-31,false"))
  }

  @Test("a month that has ended is complete: no marking, provisional null")
  func complete() throws {
    let sandbox = try Self.registry()
    let result = try sandbox.run(
      [
        "summary", "--db", sandbox.db, "--month", "2026-11", "--format", "json",
        "--internal", "--min-cell", "1",
      ], environment: Self.now)
    #expect(result.status == 0, "\(result)")
    let json =
      try JSONSerialization.jsonObject(
        with: Data(result.stdout.utf8)) as? [String: Any]
    #expect(json?["provisional"] is NSNull)
    #expect(!result.stdout.contains("PROVISIONAL"))
  }
}
