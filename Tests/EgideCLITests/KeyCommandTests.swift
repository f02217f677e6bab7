import EgideCore
import EgideStore
import Foundation
import GRDB
import Testing

/// The registry key as a user meets it: made by init, needed for names,
/// checked, backed up, restored, rotated, and used to seal an older
/// registry — through the real `egide` binary.
@Suite("egide key and sealed identities")
struct KeyCommandTests {
  static let names = ["Valézane MIROLIN", "MIROLIN", "Corentine PASQUAVEL"]

  /// Whether any of `names` is in the bytes of the registry or its log.
  static func namesInFiles(_ sandbox: Sandbox) -> [String] {
    let snapshot = sandbox.snapshot()
    var bytes = snapshot.main ?? Data()
    bytes.append(snapshot.wal ?? Data())
    return names.filter { bytes.range(of: Data($0.utf8)) != nil }
  }

  static func passphraseFile(_ sandbox: Sandbox, _ text: String) throws
    -> String
  {
    let path = sandbox.path("pass-\(UUID().uuidString).txt")
    try Data((text + "\n").utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test("init makes a private key file and the registry keeps no name in clear")
  func initMakesTheKey() throws {
    let sandbox = try Sandbox()
    let created = try sandbox.run(["init", "--db", sandbox.db])
    #expect(created.status == 0, "\(created)")
    #expect(created.stdout.contains("egide key backup"))
    let keyPath = sandbox.path("egide.key")
    let mode =
      try FileManager.default.attributesOfItem(atPath: keyPath)[
        .posixPermissions] as? Int
    #expect(mode == 0o600)
    _ = try sandbox.report()
    _ = try sandbox.report(target: "Corentine PASQUAVEL", role: "clerk")
    #expect(Self.namesInFiles(sandbox) == [])
    // A second registry in the same place reuses the key.
    let other = sandbox.path("other.sqlite")
    let second = try sandbox.run(["init", "--db", other])
    #expect(second.status == 0, "\(second)")
    #expect(second.stdout.contains("existing key"))
  }

  @Test(
    "without the key, lists work and show sealed names; writes are refused and change nothing"
  )
  func withoutTheKey() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let reference = try sandbox.report()
    try FileManager.default.moveItem(
      atPath: sandbox.path("egide.key"), toPath: sandbox.path("kept.key"))
    let listed = try sandbox.egide("list")
    #expect(listed.status == 0, "\(listed)")
    #expect(listed.stdout.contains(reference))
    #expect(listed.stdout.contains("Summaries hidden"))
    #expect(!listed.stdout.contains("Menace de mort"))
    let summary = try sandbox.egide(
      "summary", "--year", "2026", "--provisional")
    #expect(summary.status == 0, "\(summary)")
    let before = sandbox.snapshot()
    let note = try sandbox.egide("note", reference, "Appel reçu")
    #expect(note.status == 77, "\(note)")
    #expect(note.stderr.contains("key"))
    #expect(note.stderrLines.count == 1)
    let report = try sandbox.run(
      Sandbox.reportArguments() + ["--db", sandbox.db])
    #expect(report.status == 77, "\(report)")
    // Revealing without the key is refused the same way as writing.
    for reveal in [
      ["show", reference, "--identities", "--purpose", Sandbox.purpose],
      [
        "export", "cases", "--include-identities", "--purpose", Sandbox.purpose,
      ],
    ] {
      let refused = try sandbox.run(reveal + ["--db", sandbox.db])
      expectCleanFailure(refused, status: 77, mentioning: ["key"])
    }
    #expect(sandbox.snapshot() == before)
  }

  @Test("a key that is not the registry's is refused, and nothing is written")
  func wrongKey() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let reference = try sandbox.report()
    let otherKey = sandbox.path("other.key")
    let other = try sandbox.run(
      ["init", "--db", sandbox.path("other.sqlite")],
      environment: ["EGIDE_KEY_FILE": otherKey])
    #expect(other.status == 0, "\(other)")
    let before = sandbox.snapshot()
    let note = try sandbox.run(
      ["note", reference, "Appel reçu", "--db", sandbox.db],
      environment: ["EGIDE_KEY_FILE": otherKey])
    #expect(note.status == 78, "\(note)")
    #expect(note.stderr.contains("is not the key of"))
    #expect(sandbox.snapshot() == before)
  }

  @Test(
    "a key backup restores the key with its passphrase only, and never overwrites"
  )
  func backupAndRestore() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let reference = try sandbox.report()
    let pass = try Self.passphraseFile(sandbox, "trois merles sur la digue")
    let backup = sandbox.path("key.backup")
    try sandbox.succeed("key", "backup", backup, "--passphrase-file", pass)
    let again = try sandbox.egide(
      "key", "backup", backup, "--passphrase-file", pass)
    #expect(again.status == 73, "\(again)")
    let short = try Self.passphraseFile(sandbox, "court")
    let weak = try sandbox.egide(
      "key", "backup", sandbox.path("weak.backup"), "--passphrase-file", short)
    // A bad value (64), not a wrong key (78).
    #expect(weak.status == 64, "\(weak)")
    #expect(weak.stderr.contains("at least 12"))
    // The key is lost.
    try FileManager.default.removeItem(atPath: sandbox.path("egide.key"))
    #expect(try sandbox.egide("note", reference, "Appel").status == 77)
    let wrong = try Self.passphraseFile(sandbox, "trois merles sur la dune")
    let refused = try sandbox.egide(
      "key", "restore", backup, "--passphrase-file", wrong)
    #expect(refused.status == 78, "\(refused)")
    #expect(!FileManager.default.fileExists(atPath: sandbox.path("egide.key")))
    try sandbox.succeed("key", "restore", backup, "--passphrase-file", pass)
    try sandbox.succeed("note", reference, "Appel reçu après restauration")
    let twice = try sandbox.egide(
      "key", "restore", backup, "--passphrase-file", pass)
    #expect(twice.status == 0)
    #expect(twice.stdout.contains("already holds this key"))
  }

  @Test("rotating the key makes the old key and its backups useless")
  func rotate() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let reference = try sandbox.report()
    let pass = try Self.passphraseFile(sandbox, "trois merles sur la digue")
    let oldBackup = sandbox.path("old.backup")
    try sandbox.succeed("key", "backup", oldBackup, "--passphrase-file", pass)
    let oldKey = try Data(
      contentsOf: URL(fileURLWithPath: sandbox.path("egide.key")))
    let rotated = try sandbox.succeed("key", "rotate")
    #expect(rotated.stdout.contains("Resealed"))
    #expect(
      try Data(contentsOf: URL(fileURLWithPath: sandbox.path("egide.key")))
        != oldKey)
    #expect(
      !FileManager.default.fileExists(atPath: sandbox.path("egide.key.new")))
    try sandbox.succeed("note", reference, "Après rotation")
    #expect(Self.namesInFiles(sandbox) == [])
    // The same person reported again is still found through the new index.
    let second = try sandbox.report()
    #expect(second != reference)
    let linked = try sandbox.succeed("list", "--person", "P-000001")
    #expect(linked.stdout.contains(reference))
    #expect(linked.stdout.contains(second))
    try FileManager.default.removeItem(atPath: sandbox.path("egide.key"))
    let restored = try sandbox.egide(
      "key", "restore", oldBackup, "--passphrase-file", pass)
    #expect(restored.status == 78, "\(restored)")
  }

  @Test(
    "a rotation killed at any moment leaves a registry its key opens",
    arguments: [0.05, 0.5, 1.2, 1.7])
  func killedRotation(after delay: Double) throws {
    let sandbox = try Sandbox()
    let demo = try sandbox.run(
      ["demo", "--db", sandbox.db, "--cases", "1500", "--seed", "5"])
    try #require(demo.status == 0, "\(demo)")
    let running = try sandbox.start(["key", "rotate", "--db", sandbox.db])
    Thread.sleep(forTimeInterval: delay)
    running.killNow()
    _ = running.wait()
    // Whatever the moment, the next write finds a key that opens the
    // registry: the old one, or the new one once the swap is finished.
    let note = try sandbox.egide("note", "2026-0001", "Après l'interruption")
    #expect(note.status == 0, "\(note)")
    let doctor = try sandbox.egide("doctor")
    #expect(doctor.status == 0, "\(doctor)")
  }

  @Test(
    "key seal seals a registry kept in clear and leaves no name in its file")
  func sealAnOlderRegistry() throws {
    let sandbox = try Sandbox()
    // A registry made by an Égide that stored identities in clear.
    _ = try Registry.create(at: sandbox.db)
    let reference = try sandbox.report()
    _ = try sandbox.report(target: "Corentine PASQUAVEL", role: "clerk")
    #expect(!FileManager.default.fileExists(atPath: sandbox.path("egide.key")))
    #expect(Self.namesInFiles(sandbox).count == Self.names.count)
    let sealed = try sandbox.succeed("key", "seal")
    #expect(sealed.stdout.contains("Sealed"))
    #expect(FileManager.default.fileExists(atPath: sandbox.path("egide.key")))
    #expect(Self.namesInFiles(sandbox) == [])
    try sandbox.succeed("note", reference, "Après scellement")
    let twice = try sandbox.egide("key", "seal")
    #expect(twice.status == 73, "\(twice)")
  }

  @Test(
    "retention apply purges old cases' identities, and a dry run changes nothing"
  )
  func retention() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let old = ["EGIDE_NOW": "2019-03-04T10:00Z"]
    let reported = try sandbox.run(
      Sandbox.reportArguments(severity: "low") + ["--db", sandbox.db],
      environment: old)
    let reference = reported.output
    #expect(
      try sandbox.run(
        ["assess", reference, "--severity", "low", "--db", sandbox.db],
        environment: old
      ).status == 0)
    #expect(
      try sandbox.run(
        ["resolve", reference, "--outcome", "Classée", "--db", sandbox.db],
        environment: old
      ).status == 0)
    let recent = try sandbox.report(
      target: "Corentine PASQUAVEL", role: "clerk")
    let before = sandbox.snapshot()
    let dry = try sandbox.succeed("retention", "apply", "--dry-run")
    #expect(dry.stdout.contains("Would purge the identities of 1 case "))
    #expect(dry.stdout.contains(reference))
    #expect(!dry.stdout.contains(recent))
    #expect(sandbox.snapshot() == before)
    let applied = try sandbox.succeed("retention", "apply")
    #expect(applied.stdout.contains("Purged the identities of 1 case "))
    #expect(applied.stdout.contains("1 person erased"))
    let timeline = try sandbox.succeed("timeline", reference)
    #expect(timeline.stdout.contains("identities purged"))
    let nothing = try sandbox.succeed("retention", "apply")
    #expect(nothing.stdout.contains("left to purge"))
  }

  @Test(
    "person find matches a folded name through the blind index and logs the lookup"
  )
  func personFind() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    let reference = try sandbox.report()
    let found = try sandbox.succeed(
      "person", "find", "valezane   MIROLIN", "--purpose", "nouveau signalement"
    )
    #expect(found.stdout.contains("P-000001"))
    #expect(found.stdout.contains(reference))
    let none = try sandbox.succeed(
      "person", "find", "Valézane MIROLINE", "--purpose", "nouveau signalement")
    #expect(none.stdout.contains("No registered person"))
    let log = try Registry.open(at: sandbox.db).accessLog(actor: "e2e.tester")
    #expect(log.map(\.action) == [.personSearch, .personSearch])
    #expect(log.first?.purpose == "nouveau signalement")
    // The lookup that found her is listed under her case.
    #expect(log.map { $0.caseReference?.description } == [reference, nil])
    #expect(log.first?.details["persons"] == "P-000001")
    let missing = try sandbox.egide("person", "find", "Valézane MIROLIN")
    #expect(missing.status == 64, "\(missing)")
    try FileManager.default.removeItem(atPath: sandbox.path("egide.key"))
    let keyless = try sandbox.egide(
      "person", "find", "Valézane MIROLIN", "--purpose", "nouveau signalement")
    #expect(keyless.status == 77, "\(keyless)")
  }
}
