import EgideCore
import EgideStore
import Foundation
import Testing

/// `egide list --search WORDS --purpose TEXT`: the cases of the user's
/// scope whose summary, narrative, notes or names hold every word, case
/// and accents folded, each found case logged as a reveal.
@Suite("Searching the cases")
struct CaseSearchTests {
  /// Two cases, in Bobigny and in Lille, with a note on the first.
  static func registry() throws -> (Sandbox, bobigny: String, lille: String) {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let bobigny = try sandbox.report(
      court: "Bobigny", target: "Valézane MIROLIN",
      summary: "Menace sous une décision")
    let lille = try sandbox.report(
      court: "tj59350", target: "Oriane VELARÈDE", role: "clerk",
      summary: "Courriels répétés au greffe")
    try sandbox.succeed("note", bobigny, "Plainte déposée au commissariat")
    return (sandbox, bobigny, lille)
  }

  /// The references `list --search` gives.
  static func found(
    _ sandbox: Sandbox, _ words: String, actor: String? = nil
  ) throws -> [String] {
    let result = try sandbox.run(
      [
        "list", "--db", sandbox.db, "--all", "--format", "json", "--search",
        words, "--purpose", Sandbox.purpose,
      ], environment: actor.map { ["EGIDE_ACTOR": $0] } ?? [:])
    #expect(result.status == 0, "\(result)")
    return try Formats.references(result)
  }

  @Test(
    "every word must appear in a summary, narrative, note or name, whatever its case and accents"
  )
  func findsByFoldedWords() throws {
    let (sandbox, bobigny, lille) = try Self.registry()
    #expect(try Self.found(sandbox, "velarede") == [lille])
    #expect(try Self.found(sandbox, "MENACE decision") == [bobigny])
    #expect(try Self.found(sandbox, "plainte commissariat") == [bobigny])
    #expect(try Self.found(sandbox, "plainte greffe").isEmpty)
  }

  @Test(
    "each case found is logged with the purpose, never the words; none found is logged once"
  )
  func loggedAsReveal() throws {
    let (sandbox, bobigny, _) = try Self.registry()
    _ = try Self.found(sandbox, "mirolin")
    _ = try Self.found(sandbox, "introuvable")
    let log = try Registry.open(at: sandbox.db).accessLog()
    let searches = log.filter { $0.action == .caseSearch }
    #expect(searches.map { $0.caseReference?.description } == [bobigny, nil])
    #expect(searches.allSatisfy { $0.purpose == Sandbox.purpose })
    for entry in log {
      #expect(
        !entry.details.values.contains { $0.lowercased().contains("mirolin") })
    }
  }

  @Test("a delegate of Lille finds only the cases of Lille")
  func withinScope() throws {
    let (sandbox, _, lille) = try Self.registry()
    try sandbox.succeed(
      "user", "add", "delegue.lille", "--role", "delegate", "--court",
      "tj59350")
    #expect(try Self.found(sandbox, "menace", actor: "delegue.lille").isEmpty)
    #expect(
      try Self.found(sandbox, "velarede", actor: "delegue.lille") == [lille])
  }

  @Test("a search without --purpose is refused and logs nothing")
  func needsPurpose() throws {
    let (sandbox, _, _) = try Self.registry()
    let before = sandbox.snapshot()
    let result = try sandbox.run([
      "list", "--db", sandbox.db, "--search", "menace",
    ])
    #expect(result.status == 64, "\(result)")
    #expect(result.stderrLines.count == 1, "\(result)")
    #expect(result.stderr.contains("--search needs --purpose"), "\(result)")
    #expect(sandbox.snapshot() == before)
  }
}
