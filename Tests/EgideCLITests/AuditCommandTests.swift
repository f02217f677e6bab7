import EgideCore
import EgideStore
import Foundation
import Testing

/// `egide audit` as a user runs it: the access log written by the store,
/// narrowed by user, case and date.
@Suite("egide audit")
struct AuditCommandTests {
  /// An instant given in UTC.
  static func utc(_ text: String) throws -> Date {
    try #require(ISO8601DateFormatter().date(from: text))
  }

  /// A sandbox with two cases and three reveals recorded through the
  /// store: Lormier on the first case on 2 November, Sauvel on the second
  /// on 10 November, Lormier on the second on 20 November.
  static func sandbox() throws -> (Sandbox, [String]) {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let references = [
      try sandbox.report(target: "Valézane MIROLIN"),
      try sandbox.report(target: "Orlande TISSEVAL"),
    ]
    let registry = try Registry.open(at: sandbox.db)
    for (actor, index, date, purpose) in [
      ("Agent Lormier", 0, "2026-11-02T10:00:00Z", "préparer la plainte"),
      ("Agent Sauvel", 1, "2026-11-10T15:30:00Z", "demande du parquet"),
      ("Agent Lormier", 1, "2026-11-20T08:05:00Z", "suivi de la protection"),
    ] {
      try registry.recordAccess(
        AccessEntry(
          actor: actor, recordedAt: try utc(date), action: .show,
          caseReference: try CaseReference.parse(references[index]),
          purpose: purpose, details: ["command": "show"]))
    }
    return (sandbox, references)
  }

  @Test("audit lists every reveal, oldest first, with when, who and why")
  func listsEverything() throws {
    let (sandbox, references) = try Self.sandbox()
    let result = try sandbox.egide("audit")
    #expect(result.status == 0, "\(result)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 5, "\(result)")
    #expect(lines.first?.hasPrefix("WHEN") == true)
    for text in ["WHO", "ACTION", "CASE", "PURPOSE"] {
      #expect(lines.first?.contains(text) == true, "\(result)")
    }
    // Times are shown in the registry's time zone (Paris, UTC+1).
    #expect(lines[1].hasPrefix("2026-11-02 11:00  Agent Lormier"))
    #expect(lines[1].contains(references[0]))
    #expect(lines[1].hasSuffix("préparer la plainte"))
    #expect(lines[2].hasPrefix("2026-11-10 16:30  Agent Sauvel"))
    #expect(lines[3].hasPrefix("2026-11-20 09:05  Agent Lormier"))
    #expect(lines[4] == "3 accesses")
  }

  @Test(
    "the ACTION column names the command that revealed: timeline, list, show")
  func actionNamesTheCommand() throws {
    let (sandbox, references) = try Self.sandbox()
    try sandbox.succeed(
      "timeline", references[0], "--identities", "--purpose", Sandbox.purpose)
    try sandbox.succeed(
      "list", "--identities", "--purpose", Sandbox.purpose)
    let lines = try sandbox.succeed("audit", "--user", "e2e.tester").stdout
      .split(separator: "\n").map(String.init)
    // The timeline's entry, then one per listed case.
    #expect(lines.count == 5, "\(lines)")
    #expect(lines[1].contains("  timeline  "), "\(lines)")
    #expect(lines[2].contains("  list  "), "\(lines)")
    #expect(lines[3].contains("  list  "), "\(lines)")
  }

  @Test(
    "an entry stored before purposes were checked for control characters is still listed, shown safely"
  )
  func olderPurposesAreListed() throws {
    let (sandbox, references) = try Self.sandbox()
    try Registry.open(at: sandbox.db).recordAccess(
      AccessEntry(
        stored: "Agent Lormier",
        recordedAt: try Self.utc("2026-11-21T09:00:00Z"),
        action: .show, caseReference: try CaseReference.parse(references[0]),
        purpose: "routine\u{1B}[2K\nforged line", details: [:]))
    let table = try sandbox.succeed("audit")
    #expect(table.stdout.contains("routine\u{FFFD}[2K\u{FFFD}forged line"))
    #expect(!table.stdout.contains("\u{1B}"))
    let json = try Formats.objects(
      try sandbox.succeed("audit", "--format", "json"))
    #expect(json.count == 4)
  }

  @Test("audit narrows by user, by case and by date")
  func filters() throws {
    let (sandbox, references) = try Self.sandbox()
    func purposes(_ arguments: String...) throws -> [String] {
      let result = try sandbox.run(
        ["audit"] + arguments + ["--format", "json", "--db", sandbox.db])
      #expect(result.status == 0, "\(result)")
      return try Formats.objects(result).map { $0["purpose"] as? String ?? "?" }
    }
    #expect(
      try purposes("--user", "Agent Lormier") == [
        "préparer la plainte", "suivi de la protection",
      ])
    #expect(
      try purposes("--case", references[1]) == [
        "demande du parquet", "suivi de la protection",
      ])
    #expect(
      try purposes("--since", "2026-11-10") == [
        "demande du parquet", "suivi de la protection",
      ])
    #expect(try purposes("--since", "2026-11-15") == ["suivi de la protection"])
    #expect(
      try purposes("--user", "Agent Lormier", "--case", references[1])
        == ["suivi de la protection"])
    #expect(try purposes("--user", "Agent Inconnu") == [])
    let none = try sandbox.egide("audit", "--user", "Agent Inconnu")
    #expect(none.output == "No access matches.", "\(none)")
  }

  @Test("audit --format json gives stable keys and UTC instants")
  func jsonOutput() throws {
    let (sandbox, references) = try Self.sandbox()
    let result = try sandbox.egide("audit", "--format", "json")
    #expect(result.status == 0, "\(result)")
    let entries = try Formats.objects(result)
    #expect(entries.count == 3)
    let first = try #require(entries.first)
    #expect(
      Set(first.keys) == [
        "action", "actor", "caseReference", "details", "purpose", "recordedAt",
      ])
    #expect(first["recordedAt"] as? String == "2026-11-02T10:00:00Z")
    #expect(first["actor"] as? String == "Agent Lormier")
    #expect(first["action"] as? String == "show")
    #expect(first["caseReference"] as? String == references[0])
    #expect(first["details"] as? [String: String] == ["command": "show"])
  }

  @Test("audit refuses a bad date, case or format with status 64")
  func badInput() throws {
    let (sandbox, _) = try Self.sandbox()
    for (arguments, field) in [
      (["--since", "hier"], "since"), (["--case", "42"], "42"),
      (["--format", "xml"], "format"),
    ] {
      let result = try sandbox.run(
        ["audit"] + arguments + ["--db", sandbox.db])
      #expect(result.status == 64, "\(result)")
      #expect(result.stderrLines.count == 1, "\(result)")
      #expect(result.stderr.contains(field), "\(result)")
    }
  }
}
