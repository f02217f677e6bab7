import Foundation
import GRDB
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A read-only registry, a missing folder, a full disk and a damaged file
/// each give one clear line and the README's exit status, never a crash,
/// and leave what was there as it was.
@Suite("Faults of the file system and the file")
struct FaultTests {
  /// Commands that write, each on `reference` of `db`.
  static func writes(_ reference: String, db: String, file: String)
    -> [[String]]
  {
    [
      Sandbox.reportArguments(summary: "Signalement refusé") + ["--db", db],
      ["note", reference, "Note refusée", "--db", db],
      ["assess", reference, "--severity", "high", "--db", db],
      ["import", file, "--db", db],
    ]
  }

  /// Fills a registry at `db` with two cases and returns their references.
  static func seed(_ sandbox: Sandbox, db: String) throws -> [String] {
    let created = try sandbox.run(["init", "--db", db])
    try #require(created.status == 0, "\(created)")
    return try ["Odile FRANVAL", "Gaspard LUTREAU"].map { name in
      let result = try sandbox.run(
        Sandbox.reportArguments(target: name, summary: "Dossier de \(name)")
          + ["--db", db])
      try #require(result.status == 0, "\(result)")
      return result.output
    }
  }

  /// Checks the cases of `db` are still there and whole.
  static func expectIntact(
    _ sandbox: Sandbox, db: String, references: [String],
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let present = try CrashSafetyTests.checkWhole(db)
    #expect(
      Set(references).isSubset(of: present), "cases lost: \(present)",
      sourceLocation: sourceLocation)
    for reference in references {
      let shown = try sandbox.run(["show", reference, "--db", db])
      #expect(shown.status == 0, "\(shown)", sourceLocation: sourceLocation)
    }
  }

  // MARK: - Read-only registry

  /// Refuses every write with exit 74 and keeps the bytes; reads work.
  ///
  /// On a read-only file system SQLite cannot create the shared-memory
  /// file a WAL registry is read through, so reading there may fail too:
  /// with `readsMayFail`, a read must succeed or be refused cleanly.
  static func expectReadOnlyBehaviour(
    _ sandbox: Sandbox, db: String, references: [String], file: String,
    readsMayFail: Bool = false,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    // An empty log SQLite may leave beside the file holds nothing.
    func bytes() -> RegistrySnapshot {
      var snapshot = sandbox.snapshot(db)
      if snapshot.wal?.isEmpty == true { snapshot.wal = nil }
      return snapshot
    }
    let before = bytes()
    for arguments in writes(references[0], db: db, file: file) {
      let result =
        (try? sandbox.run(arguments))
        ?? EgideResult(
          arguments: arguments, status: -1, stdoutData: Data(),
          stderrData: Data())
      expectCleanFailure(
        result, status: 74, mentioning: [db], sourceLocation: sourceLocation)
      #expect(
        bytes() == before,
        "\(arguments[0]) changed the registry: \(before.differences(to: bytes()))",
        sourceLocation: sourceLocation)
    }
    for arguments in [
      ["list", "--all", "--db", db], ["show", references[1], "--db", db],
    ] {
      let result =
        (try? sandbox.run(arguments))
        ?? EgideResult(
          arguments: arguments, status: -1, stdoutData: Data(),
          stderrData: Data())
      if readsMayFail && result.status != 0 {
        expectCleanFailure(
          result, status: 74, mentioning: [db], sourceLocation: sourceLocation)
      } else {
        #expect(result.status == 0, "\(result)", sourceLocation: sourceLocation)
      }
    }
    #expect(bytes() == before, sourceLocation: sourceLocation)
  }

  @Test(
    "a registry on a read-only file system refuses every write with one line and exit 74, and still reads",
    .disabled(
      if: !ScratchMount.available,
      "needs to mount a tmpfs and remount it read-only (root or CAP_SYS_ADMIN)")
  )
  func readOnlyMount() throws {
    let sandbox = try Sandbox()
    let mount = try #require(ScratchMount.make(size: "4m"))
    let db = mount.path("registry.sqlite")
    let references = try Self.seed(sandbox, db: db)
    let file = try BulkImport.write(to: sandbox.path("lot.csv"), count: 5)
    try #require(mount.remount(readOnly: true))
    Self.expectReadOnlyBehaviour(
      sandbox, db: db, references: references, file: file, readsMayFail: true)
    #expect(mount.remount(readOnly: false))
    try Self.expectIntact(sandbox, db: db, references: references)
  }

  @Test(
    "an immutable registry file (chattr +i) refuses every write with one line and exit 74, and still reads",
    .disabled(
      if: !immutableFilesWork,
      "needs chattr +i to work here (root on a file system with the immutable attribute)"
    ))
  func immutableFile() throws {
    let sandbox = try Sandbox()
    let references = try Self.seed(sandbox, db: sandbox.db)
    let file = try BulkImport.write(to: sandbox.path("lot.csv"), count: 5)
    try #require(runTool(["chattr", "+i", sandbox.db]) == 0)
    defer { runTool(["chattr", "-i", sandbox.db]) }
    Self.expectReadOnlyBehaviour(
      sandbox, db: sandbox.db, references: references, file: file)
    runTool(["chattr", "-i", sandbox.db])
    try Self.expectIntact(sandbox, db: sandbox.db, references: references)
  }

  @Test(
    "a registry of mode 0400 refuses every write with one line and exit 74",
    .disabled(
      if: getuid() == 0,
      "root ignores file modes; the read-only mount and chattr tests cover it"))
  func readOnlyMode() throws {
    let sandbox = try Sandbox()
    let references = try Self.seed(sandbox, db: sandbox.db)
    let file = try BulkImport.write(to: sandbox.path("lot.csv"), count: 5)
    chmod(sandbox.db, 0o400)
    defer { chmod(sandbox.db, 0o600) }
    Self.expectReadOnlyBehaviour(
      sandbox, db: sandbox.db, references: references, file: file)
  }

  // MARK: - Missing folder

  @Test(
    "a registry path in a missing folder is refused with one line, and no folder or file is created"
  )
  func missingFolder() throws {
    let sandbox = try Sandbox()
    let folder = sandbox.path("absent")
    let db = folder + "/sub/registry.sqlite"
    let file = try BulkImport.write(to: sandbox.path("lot.csv"), count: 3)
    expectCleanFailure(
      try sandbox.run(["init", "--db", db]), status: 74, mentioning: [db])
    expectCleanFailure(
      try sandbox.run(["demo", "--db", db, "--cases", "50"]), status: 74,
      mentioning: [db])
    for arguments in Self.writes("2026-0001", db: db, file: file) + [
      ["list", "--db", db], ["show", "2026-0001", "--db", db],
    ] {
      expectCleanFailure(
        try sandbox.run(arguments), status: 66, mentioning: ["no registry", db])
    }
    #expect(
      !FileManager.default.fileExists(atPath: folder), "\(sandbox.files())")
    #expect(sandbox.files() == ["lot.csv"], "\(sandbox.files())")
  }

  @Test(
    "an output or input file in a missing folder is refused with one line and the registry is untouched"
  )
  func missingFolderForFiles() throws {
    let sandbox = try Sandbox()
    let references = try Self.seed(sandbox, db: sandbox.db)
    let before = sandbox.snapshot()
    let out = sandbox.path("absent/export.csv")
    expectCleanFailure(
      try sandbox.egide("export", "cases", "--out", out), status: 74,
      mentioning: [out])
    expectCleanFailure(
      try sandbox.egide("import", sandbox.path("absent/lot.csv")), status: 66,
      mentioning: ["absent/lot.csv"])
    expectCleanFailure(
      try sandbox.egide(
        "evidence", "add", references[0], "--file",
        sandbox.path("absent/capture.png")),
      status: 66, mentioning: ["capture.png"])
    #expect(sandbox.snapshot() == before)
    #expect(!FileManager.default.fileExists(atPath: sandbox.path("absent")))
  }

  // MARK: - Full disk

  @Test(
    "on a full disk every write fails with one line and exit 74, the cases already there stay whole, and writing works again once space is freed",
    .disabled(
      if: !ScratchMount.available,
      "needs to mount a small tmpfs (root or CAP_SYS_ADMIN)"))
  func fullDisk() throws {
    let sandbox = try Sandbox()
    let mount = try #require(ScratchMount.make(size: "2m"))
    let db = mount.path("registry.sqlite")
    let references = try Self.seed(sandbox, db: db)
    let file = try BulkImport.write(to: sandbox.path("lot.csv"), count: 400)
    let evidence = sandbox.path("capture.bin")
    try Data(repeating: 0x42, count: 300_000).write(
      to: URL(fileURLWithPath: evidence))
    let before = try #require(FileManager.default.contents(atPath: db))
    let filler = mount.fill()
    for arguments in Self.writes(references[0], db: db, file: file) + [
      ["evidence", "add", references[1], "--file", evidence, "--db", db],
      ["list", "--all", "--db", db],
      ["init", "--db", mount.path("second.sqlite")],
    ] {
      let result = try sandbox.run(arguments)
      expectCleanFailure(
        result, status: 74, mentioning: [mount.root.path, "full"])
      #expect(
        FileManager.default.contents(atPath: db) == before,
        "\(arguments[0]) changed the registry")
    }
    #expect(
      !FileManager.default.fileExists(atPath: mount.path("second.sqlite")))
    unlink(filler)
    try Self.expectIntact(sandbox, db: db, references: references)
    #expect(try BulkImport.imported(db) == 0)
    let imported = try sandbox.run(["import", file, "--db", db])
    #expect(imported.status == 0, "\(imported)")
    #expect(try BulkImport.imported(db) == 400)
    try Self.expectIntact(sandbox, db: db, references: references)
  }

  @Test(
    "a registry truncated to 0 bytes is refused by every command, read or write, and stays empty"
  )
  func emptiedRegistry() throws {
    let sandbox = try Sandbox()
    #expect(
      FileManager.default.createFile(atPath: sandbox.db, contents: Data()))
    for command in [
      ["verify"], ["list"], ["doctor"], ["summary", "--month", "2026-10"],
      Sandbox.reportArguments(),
    ] {
      let result = try sandbox.run(command + ["--db", sandbox.db])
      expectCleanFailure(result, status: 65, mentioning: ["empty"])
      let size =
        try FileManager.default.attributesOfItem(
          atPath: sandbox.db)[.size] as? Int
      #expect(size == 0, "\(command) wrote to the empty file")
    }
  }

  @Test(
    "an import that fills the disk half-way writes none of its rows",
    .disabled(
      if: !ScratchMount.available,
      "needs to mount a small tmpfs (root or CAP_SYS_ADMIN)"))
  func importFillingTheDisk() throws {
    let sandbox = try Sandbox()
    let mount = try #require(ScratchMount.make(size: "1m"))
    let db = mount.path("registry.sqlite")
    let references = try Self.seed(sandbox, db: db)
    let file = try BulkImport.write(to: sandbox.path("lot.csv"), count: 3_000)
    let result = try sandbox.run(["import", file, "--db", db])
    expectCleanFailure(result, status: 74, mentioning: ["full"])
    #expect(try BulkImport.imported(db) == 0)
    try Self.expectIntact(sandbox, db: db, references: references)
  }

  @Test(
    "under a file-size limit (ulimit -f) a write fails with one line and exit 74 instead of killing egide"
  )
  func fileSizeLimit() throws {
    let sandbox = try Sandbox()
    let references = try Self.seed(sandbox, db: sandbox.db)
    let file = try BulkImport.write(to: sandbox.path("lot.csv"), count: 1_000)
    for arguments in [
      ["import", file, "--db", sandbox.db],
      ["demo", "--db", sandbox.path("demo.sqlite"), "--cases", "1000"],
    ] {
      let limited = try runWithFileSizeLimit(sandbox, kibibytes: 256, arguments)
      #expect(!limited.signalled, "\(limited)")
      expectCleanFailure(limited.result, status: 74)
    }
    #expect(try BulkImport.imported(sandbox.db) == 0)
    try Self.expectIntact(sandbox, db: sandbox.db, references: references)
  }

  // MARK: - Damaged file

  /// A registry with cases, its log folded into the file.
  static func closedRegistry(_ sandbox: Sandbox) throws -> [String] {
    let references = try seed(sandbox, db: sandbox.db)
    try DatabaseQueue(path: sandbox.db).writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
    }
    return references
  }

  /// Overwrites `count` bytes of the registry at `offset`.
  static func damage(
    _ path: String, at offset: Int, count: Int, with byte: UInt8?
  ) throws {
    let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
    defer { try? handle.close() }
    try handle.seek(toOffset: UInt64(offset))
    var generator = SystemRandomNumberGenerator()
    let bytes = (0..<count).map { _ in
      byte ?? UInt8.random(in: 0...255, using: &generator)
    }
    try handle.write(contentsOf: Data(bytes))
  }

  /// The page of the registry holding the root of `table`, and the page size.
  static func rootPage(of table: String, in path: String) throws -> (
    page: Int, size: Int
  ) {
    try DatabaseQueue(path: path).read { db in
      let page = try Int.fetchOne(
        db, sql: "SELECT rootpage FROM sqlite_master WHERE name = ?",
        arguments: [table])
      let size = try Int.fetchOne(db, sql: "PRAGMA page_size")
      return (try #require(page), try #require(size))
    }
  }

  /// Every command on a damaged registry: one line, exit 65, bytes kept.
  static func expectRefusedUntouched(
    _ sandbox: Sandbox, references: [String], mentioning fragments: [String],
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let before = sandbox.snapshot()
    let file = try BulkImport.write(to: sandbox.path("lot.csv"), count: 3)
    for arguments in writes(references[0], db: sandbox.db, file: file) + [
      ["list", "--all", "--db", sandbox.db],
      ["show", references[0], "--db", sandbox.db],
      ["export", "cases", "--all", "--db", sandbox.db],
    ] {
      let result = try sandbox.run(arguments)
      expectCleanFailure(
        result, status: 65, mentioning: fragments,
        sourceLocation: sourceLocation)
      #expect(
        sandbox.snapshot() == before,
        "\(arguments[0]) changed the damaged file: \(before.differences(to: sandbox.snapshot()))",
        sourceLocation: sourceLocation)
    }
  }

  @Test(
    "a registry whose header is overwritten is refused with one line and exit 65, byte for byte untouched"
  )
  func damagedHeader() throws {
    let sandbox = try Sandbox()
    let references = try Self.closedRegistry(sandbox)
    try Self.damage(sandbox.db, at: 0, count: 100, with: nil)
    try Self.expectRefusedUntouched(
      sandbox, references: references, mentioning: [sandbox.db, "backup"])
  }

  @Test(
    "a registry whose table of cases is overwritten is refused with one line and exit 65, byte for byte untouched"
  )
  func damagedCasesTable() throws {
    let sandbox = try Sandbox()
    let references = try Self.closedRegistry(sandbox)
    let (page, size) = try Self.rootPage(of: "cases", in: sandbox.db)
    try Self.damage(sandbox.db, at: (page - 1) * size, count: size, with: nil)
    try Self.expectRefusedUntouched(
      sandbox, references: references, mentioning: [sandbox.db, "backup"])
  }

  @Test(
    "a registry cut in half is refused with one line and exit 65, byte for byte untouched"
  )
  func truncatedRegistry() throws {
    let sandbox = try Sandbox()
    let references = try Self.closedRegistry(sandbox)
    let size = try #require(
      try FileManager.default.attributesOfItem(atPath: sandbox.db)[.size]
        as? Int)
    try #require(truncate(sandbox.db, off_t(size / 2)) == 0)
    try Self.expectRefusedUntouched(
      sandbox, references: references, mentioning: [sandbox.db])
  }
}
