import Foundation
import GRDB
import Testing

/// What a hostile colleague with write access to the file can try on the
/// sealed values and the history's guards, checked through the real
/// `egide` binary: moved values, rewritten notes and disarmed triggers
/// are named by `doctor` and `verify`.
@Suite("egide against edits of sealed values and guards")
struct SealedRegistryAttackTests {
  /// A sealed sandbox with two cases, a note on each, a judge and a clerk.
  static func sandbox() throws -> (Sandbox, [String]) {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let first = try sandbox.report(target: "Valézane MIROLIN")
    let second = try sandbox.report(
      target: "Orlande TISSEVAL", role: "clerk",
      summary: "Insultes répétées à l'accueil du greffe")
    try sandbox.succeed("note", first, "Appel de la collègue fictive")
    try sandbox.succeed(
      "note", second, "Plainte déposée au commissariat fictif")
    return (sandbox, [first, second])
  }

  /// Runs raw SQL on the file with the history's guards dropped.
  static func edit(_ sandbox: Sandbox, _ sql: String) throws {
    let queue = try DatabaseQueue(path: sandbox.db)
    try queue.writeWithoutTransaction { db in
      for name in [
        "events_are_append_only_update", "events_are_append_only_delete",
      ] {
        try db.execute(sql: "DROP TRIGGER IF EXISTS \(name)")
      }
      try db.execute(sql: sql)
    }
    try queue.close()
  }

  @Test(
    "a judge's sealed name copied onto a clerk's row is named by doctor and never shown as the clerk's"
  )
  func movedNameIsNamed() throws {
    let (sandbox, references) = try Self.sandbox()
    try Self.edit(
      sandbox,
      "UPDATE persons SET identity = (SELECT identity FROM persons WHERE id = 1) WHERE id = 2"
    )
    let doctor = try sandbox.egide("doctor")
    #expect(doctor.status == 65, "\(doctor)")
    #expect(
      doctor.stdout.contains(
        "problem: sealed values: persons.identity, row 2 does not open at its place"
      ), "\(doctor)")
    let shown = try sandbox.egide(
      "show", references[1], "--identities", "--purpose", Sandbox.purpose)
    #expect(shown.status != 0, "\(shown)")
    #expect(!shown.stdout.contains("Valézane"), "\(shown)")
    #expect(shown.stderrLines.count == 1, "\(shown)")
    #expect(shown.stderr.contains("persons.identity, row 2"), "\(shown)")
  }

  @Test("two notes' sealed texts swapped are seen by verify without the key")
  func swappedNotesBreakVerify() throws {
    let (sandbox, _) = try Self.sandbox()
    try Self.edit(
      sandbox,
      """
      UPDATE events SET identity = CASE id
        WHEN 3 THEN (SELECT identity FROM events WHERE id = 4)
        ELSE (SELECT identity FROM events WHERE id = 3) END
      WHERE id IN (3, 4)
      """)
    try FileManager.default.moveItem(
      atPath: sandbox.path("egide.key"), toPath: sandbox.path("away.key"))
    let verify = try sandbox.egide("verify")
    #expect(verify.status == 65, "\(verify)")
    #expect(verify.stderrLines.count == 1, "\(verify)")
    #expect(
      verify.stderr.contains("row 3 of events")
        && verify.stderr.contains("sealed content does not match"),
      "\(verify)")
  }

  @Test("a history guard replaced by one that never fires fails doctor")
  func disarmedTriggerFailsDoctor() throws {
    let (sandbox, _) = try Self.sandbox()
    try Self.edit(
      sandbox,
      """
      CREATE TRIGGER events_are_append_only_delete BEFORE DELETE ON events
      WHEN 0
      BEGIN
        SELECT RAISE(ABORT, 'the case history is append-only');
      END
      """)
    let doctor = try sandbox.egide("doctor")
    #expect(doctor.status == 65, "\(doctor)")
    #expect(
      doctor.stdout.contains(
        "trigger events_are_append_only_delete on events differs from the one its migration created"
      ), "\(doctor)")
  }

  @Test(
    "a measure's and an escalation's authority are not in the file in clear")
  func authoritiesAreSealed() throws {
    let (sandbox, references) = try Self.sandbox()
    let authority = "Procureure Ysolde FERNAVIC"
    try sandbox.succeed(
      "measure", "request", references[0], "--kind", "police_protection",
      "--authority", authority)
    try sandbox.succeed("assess", references[0], "--severity", "high")
    try sandbox.succeed(
      "escalate", references[0], "--to", "head_of_court", "--reason",
      "Menace réitérée", "--authority", "Président Ambroise QUILLEVAN")
    let snapshot = sandbox.snapshot()
    var bytes = snapshot.main ?? Data()
    bytes.append(snapshot.wal ?? Data())
    for name in ["FERNAVIC", "QUILLEVAN"] {
      #expect(bytes.range(of: Data(name.utf8)) == nil, "\(name) in clear")
    }
    let shown = try sandbox.egide(
      "show", references[0], "--identities", "--purpose", Sandbox.purpose)
    #expect(shown.status == 0, "\(shown)")
    #expect(shown.stdout.contains(authority), "\(shown)")
    #expect(shown.stdout.contains("QUILLEVAN"), "\(shown)")
  }
}
