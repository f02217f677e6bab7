import EgideTestSupport
import Foundation
import Testing

/// `egide backup` and `egide restore` as a user runs them.
@Suite("egide backup and egide restore")
struct BackupRestoreTests {
  /// What the writer processes reported, shared between threads.
  final class Reports: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [EgideResult] = []

    func add(_ result: EgideResult) {
      lock.lock()
      results.append(result)
      lock.unlock()
    }

    var all: [EgideResult] {
      lock.lock()
      defer { lock.unlock() }
      return results
    }
  }

  /// The SHA-256 of a file, by the system's sha256sum.
  static func sha256(_ path: String) throws -> String {
    let tool = try ChildProcess(
      executable: "/usr/bin/sha256sum", arguments: [path])
    _ = tool.wait()
    let output = tool.standardOutputData()
    return String(
      String(decoding: output, as: UTF8.self).prefix { $0 != " " })
  }

  @Test(
    "a backup taken while 4 processes report is verified, and its restore holds every case"
  )
  func backupWhileWriting() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    var initial: [String] = []
    for name in ["Anselme VORTAN", "Brunehilde CASSIN"] {
      initial.append(try sandbox.report(target: name))
    }
    let reports = Reports()
    let writers = DispatchGroup()
    let perWriter = 10
    let environment = sandbox.environment()
    let root = sandbox.root
    let db = sandbox.db
    for writer in 0..<4 {
      DispatchQueue.global().async(group: writers) {
        for index in 0..<perWriter {
          let arguments =
            Sandbox.reportArguments(
              target: "Témoin fictif \(writer)-\(index)",
              summary: "Signalement concurrent \(writer)-\(index)")
            + ["--db", db]
          if let running = try? RunningEgide(
            arguments: arguments, environment: environment, directory: root,
            stdin: .nullDevice)
          {
            reports.add(running.wait())
          }
        }
      }
    }
    let deadline = Date().addingTimeInterval(60)
    while reports.all.count < 4, Date() < deadline { usleep(10_000) }
    let committedBefore = reports.all.filter { $0.status == 0 }.map(\.output)
    let backupPath = sandbox.path("backup.sqlite")
    let backup = try sandbox.run(["backup", backupPath, "--db", sandbox.db])
    let finishedDuringBackup = reports.all.count
    writers.wait()

    #expect(backup.status == 0, "\(backup)")
    #expect(
      finishedDuringBackup < 4 * perWriter,
      "the writers had all finished when the backup ended")
    let all = reports.all
    #expect(all.count == 4 * perWriter)
    for result in all { #expect(result.status == 0, "\(result)") }
    let reported = Set(initial + all.map(\.output))
    let match = try #require(
      backup.output.firstMatch(
        of: /verified: (\d+) cases, (\d+) events, .*SHA-256 ([0-9a-f]{64})$/),
      "\(backup)")
    let backedUp = try #require(Int(match.output.1))
    #expect(backedUp >= initial.count + committedBefore.count)
    #expect(try Self.sha256(backupPath) == String(match.output.3))
    let mode =
      try FileManager.default.attributesOfItem(atPath: backupPath)[
        .posixPermissions] as? Int
    #expect(mode == 0o600)

    let restoredPath = sandbox.path("restored.sqlite")
    let restore = try sandbox.run([
      "restore", backupPath, "--db", restoredPath,
    ])
    #expect(restore.status == 0, "\(restore)")
    #expect(restore.output.contains("\(backedUp) cases"), "\(restore)")
    let doctor = try sandbox.run(["doctor", "--db", restoredPath])
    #expect(doctor.status == 0, "\(doctor)")
    let listed = try Formats.references(
      try sandbox.run([
        "list", "--all", "--format", "json", "--limit", "1000", "--db",
        restoredPath,
      ]))
    #expect(listed.count == backedUp)
    #expect(Set(listed).isSubset(of: reported))
    #expect(Set(initial + committedBefore).isSubset(of: Set(listed)))
    for reference in listed {
      let shown = try sandbox.run(["show", reference, "--db", restoredPath])
      #expect(shown.status == 0, "\(shown)")
      #expect(shown.stdout.contains(reference), "\(shown)")
    }
  }

  @Test("a backup over an existing file is refused with 73 and the file kept")
  func backupOverExistingFile() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    _ = try sandbox.report()
    let existing = sandbox.path("existing.sqlite")
    let content = Data("une sauvegarde plus ancienne\n".utf8)
    try content.write(to: URL(fileURLWithPath: existing))
    let files = sandbox.files()
    let result = try sandbox.egide("backup", existing)
    #expect(result.status == 73, "\(result)")
    #expect(result.stdout.isEmpty, "\(result)")
    #expect(result.stderrLines.count == 1, "\(result)")
    #expect(result.stderr.contains(existing), "\(result)")
    #expect(FileManager.default.contents(atPath: existing) == content)
    #expect(sandbox.files() == files)
  }

  @Test(
    "a restore over an existing registry is refused with 73 and says to move it"
  )
  func restoreOverExistingRegistry() throws {
    let sandbox = try Sandbox()
    try sandbox.initRegistry()
    _ = try sandbox.report()
    let backupPath = sandbox.path("backup.sqlite")
    try sandbox.succeed("backup", backupPath)
    let before = sandbox.snapshot()
    let files = sandbox.files()
    let result = try sandbox.run(["restore", backupPath, "--db", sandbox.db])
    #expect(result.status == 73, "\(result)")
    #expect(result.stderrLines.count == 1, "\(result)")
    #expect(result.stderr.contains("move it away first"), "\(result)")
    #expect(sandbox.snapshot() == before)
    #expect(sandbox.files() == files)
  }

  @Test("a restore of a garbage file is refused with 65 and creates nothing")
  func restoreGarbage() throws {
    let sandbox = try Sandbox()
    let garbage = sandbox.path("not-a-backup.bin")
    var generator = SystemRandomNumberGenerator()
    try Data(
      (0..<32_768).map { _ in UInt8.random(in: 0...255, using: &generator) }
    ).write(to: URL(fileURLWithPath: garbage))
    let files = sandbox.files()
    let result = try sandbox.run(["restore", garbage, "--db", sandbox.db])
    #expect(result.status == 65, "\(result)")
    #expect(result.stderrLines.count == 1, "\(result)")
    #expect(result.stderr.contains("not an Égide backup"), "\(result)")
    #expect(sandbox.files() == files)
  }

  @Test("a restore of a missing file says so with 66 and creates nothing")
  func restoreMissingFile() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run([
      "restore", sandbox.path("absent.sqlite"), "--db", sandbox.db,
    ])
    #expect(result.status == 66, "\(result)")
    #expect(sandbox.files().isEmpty)
  }
}
