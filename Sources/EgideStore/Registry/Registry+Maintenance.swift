import Crypto
import EgideCore
import Foundation
import GRDB

#if canImport(Glibc)
import Glibc
#endif

/// One check of a registry file, as `egide doctor` prints it.
public struct RegistryCheck: Sendable, Equatable {
  /// How a check came out.
  public enum Outcome: String, Sendable {
    /// Nothing wrong.
    case passed
    /// Something is wrong: see ``RegistryCheck/problems``.
    case failed
    /// A fact worth saying that is neither good nor bad.
    case informational
  }

  /// The name of the check (`integrity`, `history`…).
  public var name: String
  /// How it came out.
  public var outcome: Outcome
  /// What was found, in a few words.
  public var summary: String
  /// One line per problem, each saying what to do.
  public var problems: [String]
}

/// The health of a registry file: each check, and what the file holds.
public struct RegistryHealth: Sendable, Equatable {
  /// The file checked.
  public var path: String
  /// Every check, in the order they ran.
  public var checks: [RegistryCheck]
  /// The highest migration applied.
  public var schemaVersion: Int
  /// How many cases the file holds.
  public var cases: Int
  /// How many case events the file holds.
  public var events: Int

  /// Whether no check failed.
  public var isHealthy: Bool { !checks.contains { $0.outcome == .failed } }
  /// Every problem of every check.
  public var problems: [String] { checks.flatMap(\.problems) }
}

/// What a backup wrote: a verified copy of the registry.
public struct BackupSummary: Sendable, Equatable {
  /// The backup file.
  public var path: String
  /// How many cases it holds: those of the registry when it began.
  public var cases: Int
  /// How many case events it holds.
  public var events: Int
  /// Its size in bytes.
  public var size: Int
  /// The SHA-256 of the file, hex-encoded.
  public var sha256: String
}

/// What a restore created: a new registry from a backup.
public struct RestoreSummary: Sendable, Equatable {
  /// The new registry.
  public var path: String
  /// How many cases it holds.
  public var cases: Int
  /// How many case events it holds.
  public var events: Int
  /// Its schema version once pending migrations were applied.
  public var schemaVersion: Int
  /// The migrations applied while restoring (those the backup lacked).
  public var migrated: [Int]
}

extension Registry {
  /// What to do when the history or the file is damaged.
  static let restoreAdvice =
    "restore the registry from a backup ('egide restore BACKUP --db NEW_PATH')"

  /// Checks a registry file without writing to it: integrity, foreign
  /// keys, migrations, journal mode and the consistency of the case
  /// history.
  ///
  /// The file is opened read-only; SQLite may create its `-wal` and
  /// `-shm` companions, never changes the file itself.
  ///
  /// - Parameters:
  ///   - path: the registry file.
  ///   - requireWAL: whether a journal mode other than WAL fails the check
  ///     (a restored copy is switched to WAL when opened).
  ///   - migrations: the migrations applied ones are compared with.
  ///   - key: the registry key, if at hand: every sealed value is then
  ///     opened at its place, and one moved from elsewhere is named.
  ///     Nothing opened is shown or kept.
  /// - Returns: every check, and how many cases and events the file holds.
  /// - Throws: ``StoreError``: `.noRegistry`, `.notARegistry` for a file
  ///   that is not an Égide registry at all, `.io`.
  public static func checkHealth(
    at path: String, requireWAL: Bool = true,
    migrations: [Migration] = Migration.shipped, key: RegistryKey? = nil
  ) throws(StoreError) -> RegistryHealth {
    try requireFile(
      path,
      missing:
        "no registry at \(path); point --db or $EGIDE_DB at an existing one")
    do {
      let queue = try inspectionQueue(path)
      defer { try? queue.close() }
      return try queue.read { db in
        try RegistryInspection(
          db: db, path: path, migrations: migrations, requireWAL: requireWAL,
          key: key
        ).run()
      }
    } catch {
      throw storeError(error, path: path)
    }
  }

  /// Copies the registry at `path` into a new file at `destination` with
  /// SQLite's online backup, safe while other processes write, then
  /// verifies the copy.
  ///
  /// The copy is written to a temporary file (0600) in the destination's
  /// folder and gets its name only once verified: it passes every check of
  /// ``checkHealth(at:requireWAL:migrations:)`` and holds exactly the
  /// cases and events the registry held in the snapshot it copied.
  ///
  /// - Throws: ``StoreError``: `.alreadyExists` if anything is at
  ///   `destination`; `.noRegistry`, `.notARegistry`, `.io` for the
  ///   registry; `.notARegistry` if the copy fails its checks.
  public static func backup(of path: String, to destination: String)
    throws(StoreError) -> BackupSummary
  {
    try requireFile(
      path,
      missing:
        "no registry at \(path); point --db or $EGIDE_DB at the registry to back up"
    )
    let target = try PendingFile(
      destination, prefix: ".egide-backup",
      exists:
        "'\(destination)' already exists; Égide never overwrites a file: give a new backup path"
    )
    defer { target.discard() }
    let source: DatabaseQueue
    do { source = try inspectionQueue(path, readOnly: false) } catch {
      throw storeError(error, path: path)
    }
    defer { try? source.close() }
    var snapshot = (cases: 0, events: 0)
    do {
      let copy = try DatabaseQueue(path: target.temporary)
      try copy.writeWithoutTransaction { copyDB in
        try source.read { db in
          // Counted in the read transaction the backup copies from.
          _ = try Migrator(migrations: Migration.shipped).appliedVersions(db)
          snapshot = try counts(db)
          try db.backup(to: copyDB)
        }
      }
      try copy.close()
    } catch let error as StoreError {
      throw error
    } catch let error as DatabaseError
      where error.resultCode == .SQLITE_NOTADB
      || error.resultCode == .SQLITE_CORRUPT
    {
      throw storeError(error, path: path)
    } catch {
      throw storeError(error, path: destination)
    }
    let health = try checkHealth(at: target.temporary)
    target.removeCompanions()
    guard health.isHealthy else {
      throw StoreError(
        .notARegistry,
        "the backup copy fails its checks (\(health.problems.first ?? "")); nothing was kept at \(destination); run 'egide doctor' on the registry"
      )
    }
    guard health.cases == snapshot.cases, health.events == snapshot.events
    else {
      throw StoreError(
        .io,
        "the backup copy holds \(health.cases) cases and \(health.events) events but the registry held \(snapshot.cases) and \(snapshot.events); nothing was kept at \(destination); try again"
      )
    }
    try target.commit()
    let (size, digest) = try fingerprint(destination)
    return BackupSummary(
      path: destination, cases: snapshot.cases, events: snapshot.events,
      size: size, sha256: digest)
  }

  /// Creates a new registry at `path` from a backup, after checking the
  /// backup, and applies the migrations it lacks.
  ///
  /// Never replaces a file: the registry appears at `path` only once
  /// complete. The backup file itself is only read, as plain bytes.
  ///
  /// - Throws: ``StoreError``: `.alreadyExists` if anything is at `path`;
  ///   `.noRegistry` if there is no backup; `.notARegistry` for a file that
  ///   is not a sound Égide backup; `.schemaTooNew` for a backup from a
  ///   newer Égide; `.io`.
  public static func restore(from backup: String, to path: String)
    throws(StoreError) -> RestoreSummary
  {
    try requireFile(
      backup,
      missing:
        "no backup at \(backup); give the path of a file written by 'egide backup'"
    )
    let target = try PendingFile(
      path, prefix: ".egide-restore",
      exists:
        "a file already exists at \(path); restore never replaces a registry: move it away first (mv \(path) \(path).old) or give another --db path"
    )
    defer { target.discard() }
    if let size = try? FileManager.default.attributesOfItem(
      atPath: backup + "-wal")[.size] as? Int, size > 0
    {
      throw StoreError(
        .notARegistry,
        "\(backup) has a write-ahead log (\(backup)-wal): it is a registry in use, not a backup; copy it with 'egide backup' and restore that copy"
      )
    }
    try target.fill(from: backup)
    let before = try checkBackup(target.temporary, named: backup)
    let registry = try Registry.open(at: target.temporary)
    let after: [Int: String]
    do {
      after = try registry.writer.read { db in
        try Migrator(migrations: Migration.shipped).appliedVersions(db)
      }
      try registry.writer.close()
    } catch {
      throw storeError(error, path: path)
    }
    try target.commit()
    return RestoreSummary(
      path: path, cases: before.cases, events: before.events,
      schemaVersion: after.keys.max() ?? 0,
      migrated: after.keys.filter { before.versions[$0] == nil }.sorted())
  }

  /// Checks the copy of a backup before it becomes a registry.
  private static func checkBackup(_ copy: String, named backup: String)
    throws(StoreError) -> (cases: Int, events: Int, versions: [Int: String])
  {
    var versions: [Int: String] = [:]
    do {
      let queue = try inspectionQueue(copy)
      defer { try? queue.close() }
      versions = try queue.read { db in
        _ = try Migrator(migrations: Migration.shipped).needsMigration(db)
        return try Migrator(migrations: Migration.shipped).appliedVersions(db)
      }
    } catch let error as StoreError where error.code != .notARegistry {
      throw error
    } catch {
      let reason: String
      if let error = error as? DatabaseError {
        reason = error.message ?? "not a database"
      } else {
        reason = "not an Égide registry"
      }
      throw StoreError(
        .notARegistry,
        "\(backup) is not an Égide backup (\(reason)); nothing was restored; give a file written by 'egide backup'"
      )
    }
    let health: RegistryHealth
    do { health = try checkHealth(at: copy, requireWAL: false) } catch {
      throw StoreError(
        .notARegistry,
        "\(backup) is not an Égide backup (\(error.message)); nothing was restored"
      )
    }
    guard health.isHealthy, !versions.isEmpty else {
      throw StoreError(
        .notARegistry,
        "\(backup) fails the checks of 'egide doctor' (\(health.problems.first ?? "no schema")); nothing was restored; use another backup"
      )
    }
    return (health.cases, health.events, versions)
  }

  /// A connection that only reads.
  ///
  /// With `readOnly`, SQLite opens the file read-only and never writes to
  /// it (not even a checkpoint). Without it, the connection is as any
  /// command's: the last one to close folds the write-ahead log into the
  /// file and removes the `-wal` and `-shm` files.
  static func inspectionQueue(_ path: String, readOnly: Bool = true) throws
    -> DatabaseQueue
  {
    var configuration = Configuration()
    configuration.readonly = readOnly || access(path, W_OK) != 0
    configuration.busyMode = .timeout(10)
    return try DatabaseQueue(path: path, configuration: configuration)
  }

  /// How many cases and events a registry holds.
  static func counts(_ db: Database) throws -> (cases: Int, events: Int) {
    let cases = try Int.fetchOne(db, sql: "SELECT count(*) FROM cases") ?? 0
    let events = try Int.fetchOne(db, sql: "SELECT count(*) FROM events") ?? 0
    return (cases, events)
  }

  /// Refuses a path that is not a readable regular file.
  private static func requireFile(_ path: String, missing: String)
    throws(StoreError)
  {
    var status = stat()
    guard stat(path, &status) == 0 else {
      throw StoreError(.noRegistry, missing)
    }
    guard (status.st_mode & S_IFMT) == S_IFREG else {
      throw StoreError(
        .notARegistry, "\(path) is not a file; give the path of a registry")
    }
    guard access(path, R_OK) == 0 else {
      throw StoreError(
        .io, "cannot read \(path): permission denied; check its owner and mode")
    }
  }

  /// The size and SHA-256 of a file, read in chunks.
  private static func fingerprint(_ path: String) throws(StoreError) -> (
    Int, String
  ) {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw StoreError(.io, "cannot read \(path) back to fingerprint it")
    }
    defer { try? handle.close() }
    var hasher = SHA256()
    var size = 0
    do {
      while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
        hasher.update(data: chunk)
        size += chunk.count
      }
    } catch {
      throw StoreError(.io, "cannot read \(path) back: \(error)")
    }
    let digest = hex(hasher.finalize())
    return (size, digest)
  }
}

/// A file being created: written under a temporary name (0600) in the
/// folder of its final name, which it gets only when complete, never over
/// an existing file.
private struct PendingFile {
  let destination: String
  let temporary: String
  let exists: String

  init(_ destination: String, prefix: String, exists: String)
    throws(StoreError)
  {
    var status = stat()
    if lstat(destination, &status) == 0 {
      throw StoreError(.alreadyExists, exists)
    }
    let folder = (destination as NSString).deletingLastPathComponent
    var template = Array(
      ((folder.isEmpty ? "." : folder) + "/\(prefix)-XXXXXX").utf8CString)
    let descriptor = mkstemp(&template)
    guard descriptor >= 0 else {
      throw StoreError(
        .io,
        "cannot create \(destination): \(SystemError.describe(errno)); check the folder exists and is writable"
      )
    }
    fchmod(descriptor, 0o600)
    Glibc.close(descriptor)
    self.destination = destination
    self.temporary = String(
      decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) },
      as: UTF8.self)
    self.exists = exists
  }

  /// Copies the bytes of `source` into the temporary file.
  func fill(from source: String) throws(StoreError) {
    guard let input = FileHandle(forReadingAtPath: source) else {
      throw StoreError(.io, "cannot read \(source); check its permissions")
    }
    defer { try? input.close() }
    guard let output = FileHandle(forWritingAtPath: temporary) else {
      throw StoreError(.io, "cannot write a file next to \(destination)")
    }
    defer { try? output.close() }
    do {
      while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty {
        try output.write(contentsOf: chunk)
      }
      try output.synchronize()
    } catch {
      throw StoreError(
        .io, "cannot copy \(source) next to \(destination): \(error)")
    }
  }

  /// Removes SQLite's companion files of the temporary file.
  func removeCompanions() {
    for suffix in ["-wal", "-shm", "-journal"] { unlink(temporary + suffix) }
  }

  /// Gives the file its final name, once its bytes are on disk.
  func commit() throws(StoreError) {
    removeCompanions()
    let descriptor = Glibc.open(temporary, O_RDONLY)
    if descriptor >= 0 {
      fsync(descriptor)
      Glibc.close(descriptor)
    }
    if link(temporary, destination) != 0 {
      let code = errno
      if code == EEXIST { throw StoreError(.alreadyExists, exists) }
      throw StoreError(
        .io, "cannot create \(destination): \(SystemError.describe(code))"
      )
    }
    let folder = (destination as NSString).deletingLastPathComponent
    let directory = Glibc.open(folder.isEmpty ? "." : folder, O_RDONLY)
    if directory >= 0 {
      fsync(directory)
      Glibc.close(directory)
    }
  }

  /// Removes the temporary file (the final name, if given, stays).
  func discard() {
    removeCompanions()
    unlink(temporary)
  }
}

/// The checks of `egide doctor`, run in one read transaction.
private struct RegistryInspection {
  let db: Database
  let path: String
  let migrations: [Migration]
  let requireWAL: Bool
  let key: RegistryKey?

  /// At most this many problems are listed per check.
  static let listed = 20

  func run() throws -> RegistryHealth {
    let integrity = try integrityCheck()
    let applied = try Migrator(migrations: migrations).appliedVersions(db)
    guard !applied.isEmpty else {
      throw StoreError(
        .notARegistry,
        "\(path) is an empty SQLite database, not an Égide registry; give the path of a registry or create one with 'egide init'"
      )
    }
    var checks = [integrity]
    checks.append(attempt("foreign keys", foreignKeyCheck))
    checks.append(attempt("schema") { try schemaCheck(applied) })
    checks.append(attempt("journal mode", journalCheck))
    checks.append(attempt("history", historyCheck))
    checks.append(attempt("hash chain", hashChainCheck))
    checks.append(attempt("derived tables", derivedTablesCheck))
    checks.append(attempt("summary totals", summaryTotalsCheck))
    checks.append(attempt("sealed values", sealedValuesCheck))
    checks.append(attempt("identities", sealingCheck))
    let counts = (try? Registry.counts(db)) ?? (0, 0)
    return RegistryHealth(
      path: path, checks: checks, schemaVersion: applied.keys.max() ?? 0,
      cases: counts.0, events: counts.1)
  }

  /// Runs a check; a failure to run it fails it.
  private func attempt(_ name: String, _ body: () throws -> RegistryCheck)
    -> RegistryCheck
  {
    do { return try body() } catch {
      let reason =
        (error as? DatabaseError)?.message ?? (error as? StoreError)?.message
        ?? "\(error)"
      return RegistryCheck(
        name: name, outcome: .failed, summary: "could not run",
        problems: [
          "\(name): cannot be checked (\(reason)); \(Registry.restoreAdvice)"
        ])
    }
  }

  private func check(
    _ name: String, ok: String, failed: String, _ problems: [String]
  ) -> RegistryCheck {
    var lines = Array(problems.prefix(Self.listed))
    if problems.count > Self.listed {
      lines.append(
        "\(name): \(problems.count - Self.listed) more problems of the same kinds; \(Registry.restoreAdvice)"
      )
    }
    return RegistryCheck(
      name: name, outcome: problems.isEmpty ? .passed : .failed,
      summary: problems.isEmpty ? ok : failed, problems: lines)
  }

  private func integrityCheck() throws -> RegistryCheck {
    let rows: [String]
    do {
      rows = try String.fetchAll(db, sql: "PRAGMA integrity_check(100)")
    } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT
    {
      rows = [error.message ?? "database disk image is malformed"]
    }
    let problems =
      rows == ["ok"]
      ? []
      : rows.map {
        "integrity: \($0); the file is damaged: \(Registry.restoreAdvice)"
      }
    return check(
      "integrity", ok: "ok", failed: "the file is damaged", problems)
  }

  private func foreignKeyCheck() throws -> RegistryCheck {
    let rows = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
    let problems = rows.map { row -> String in
      let table: String = row[0]
      let rowid: Int64? = row[1]
      let parent: String = row[2]
      return
        "foreign keys: row \(rowid.map(String.init) ?? "?") of \(table) points at a missing row of \(parent); the file was edited outside Égide: \(Registry.restoreAdvice)"
    }
    return check(
      "foreign keys", ok: "ok",
      failed: "\(rows.count) row(s) point at missing rows", problems)
  }

  private func schemaCheck(_ applied: [Int: String]) throws -> RegistryCheck {
    let shipped = Dictionary(
      uniqueKeysWithValues: migrations.map { ($0.version, $0) })
    let newest = migrations.map(\.version).max() ?? 0
    var problems: [String] = []
    for (version, checksum) in applied.sorted(by: { $0.key < $1.key }) {
      if let migration = shipped[version] {
        if migration.checksum != checksum {
          problems.append(
            "schema: migration \(version) (\(migration.name)) differs from the one applied to this registry; restore the original Migrations/ file or use the egide that created the registry"
          )
        }
      } else if version > newest {
        problems.append(
          "schema: this registry has schema version \(version) but this egide knows up to \(newest); use a newer egide (nothing was changed)"
        )
      } else {
        problems.append(
          "schema: migration \(version) is recorded but this egide does not ship it; use the egide that created the registry"
        )
      }
    }
    problems += try triggerProblems(applied)
    let pending = migrations.filter { applied[$0.version] == nil }
    let version = applied.keys.max() ?? 0
    var ok =
      "version \(version), \(applied.count) migrations applied, checksums match"
    if !pending.isEmpty {
      ok +=
        "; \(pending.count) pending (applied when a writing command opens it)"
    }
    return check(
      "schema", ok: ok,
      failed: "version \(version), \(problems.count) problem(s)",
      problems)
  }

  /// The triggers that differ from the ones the applied migrations
  /// created: missing, changed (a guard that never fires, `WHEN 0`, is a
  /// change), or added outside Égide.
  ///
  /// The expected definitions come from applying the same migrations to
  /// an empty database in memory, so that they are compared as SQLite
  /// stores them, text for text.
  private func triggerProblems(_ applied: [Int: String]) throws -> [String] {
    let expected = try DatabaseQueue()
    try Migrator(migrations: migrations.filter { applied[$0.version] != nil })
      .migrate(expected)
    let sql =
      "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'"
    let wanted = try expected.read { db in
      try Row.fetchAll(db, sql: sql).map {
        ($0["name"] as String, ($0["tbl_name"] as String, $0["sql"] as String))
      }
    }
    let found = Dictionary(
      try Row.fetchAll(db, sql: sql).map {
        ($0["name"] as String, ($0["tbl_name"] as String, $0["sql"] as String?))
      }, uniquingKeysWith: { first, _ in first })
    var problems: [String] = []
    for (name, (table, definition)) in wanted.sorted(by: { $0.0 < $1.0 }) {
      guard let (_, actual) = found[name] else {
        problems.append(
          "schema: trigger \(name) is missing, so the history of \(table) is no longer append-only; it was removed outside Égide: \(Registry.restoreAdvice)"
        )
        continue
      }
      if actual != definition {
        problems.append(
          "schema: trigger \(name) on \(table) differs from the one its migration created, so it may no longer guard the history; it was replaced outside Égide: \(Registry.restoreAdvice)"
        )
      }
    }
    let known = Set(wanted.map(\.0))
    for (name, (table, _)) in found.sorted(by: { $0.key < $1.key })
    where !known.contains(name) {
      problems.append(
        "schema: trigger \(name) on \(table) was not created by any migration; it was added outside Égide and may copy or change data: \(Registry.restoreAdvice)"
      )
    }
    return problems
  }

  /// Whether every sealed value sits where it was sealed: with the key,
  /// each opens at its place; without it, only its format is checked (a
  /// value sealed without its place, or in clear in a sealed registry, is
  /// one copied in from elsewhere).
  private func sealedValuesCheck() throws -> RegistryCheck {
    let keyCheck = try Registry.keyCheck(db)
    let sealedRegistry = keyCheck != nil
    let pending = try SealBinding.isPending(db)
    if let key, keyCheck != key.check {
      return RegistryCheck(
        name: "sealed values", outcome: .informational,
        summary: "not opened: the key given is not this registry's",
        problems: [])
    }
    var problems: [String] = []
    var checked = 0
    try SealedPlace.forEachValue(in: db) { place, value in
      checked += 1
      switch value.first {
      case IdentityVault.purgedFormat:
        return nil
      case IdentityVault.clearFormat where sealedRegistry:
        problems.append(
          "sealed values: \(place) holds a value in clear in a sealed registry: it was written outside Égide; \(Registry.restoreAdvice)"
        )
      case IdentityVault.clearFormat:
        return nil
      case IdentityVault.unboundFormat where !pending:
        problems.append(
          "sealed values: \(place) holds a value sealed without its place: it was copied in outside Égide; \(Registry.restoreAdvice)"
        )
      case IdentityVault.unboundFormat:
        return nil
      case IdentityVault.sealedFormat:
        guard let key else { return nil }
        do {
          _ = try IdentityVault.open(
            sealed: value.dropFirst(), at: place, with: key)
        } catch {
          problems.append(
            "sealed values: \(place) does not open at its place: it was moved there from another row or column, or altered, outside Égide; \(Registry.restoreAdvice)"
          )
        }
      default:
        problems.append(
          "sealed values: \(place) has an unknown format: it was altered outside Égide; \(Registry.restoreAdvice)"
        )
      }
      return nil
    }
    if problems.isEmpty && key == nil && sealedRegistry {
      return RegistryCheck(
        name: "sealed values", outcome: .informational,
        summary:
          "\(checked) values in their formats; give the key ($EGIDE_KEY_FILE) to check that each opens at its place",
        problems: [])
    }
    return check(
      "sealed values",
      ok: key == nil
        ? "\(checked) values in their formats"
        : "\(checked) values each open at their place",
      failed: "\(problems.count) value(s) out of place", problems)
  }

  /// Whether identities are sealed under a key (informational: a registry
  /// in clear still works, and `egide key seal` seals it).
  private func sealingCheck() throws -> RegistryCheck {
    if let check = try Registry.keyCheck(db) {
      return RegistryCheck(
        name: "identities", outcome: .passed,
        summary: "sealed (key fingerprint \(check.prefix(16)))", problems: [])
    }
    return RegistryCheck(
      name: "identities", outcome: .informational,
      summary: "stored in clear: seal them with 'egide key seal'", problems: [])
  }

  private func journalCheck() throws -> RegistryCheck {
    let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "?"
    if mode.lowercased() == "wal" || !requireWAL {
      return RegistryCheck(
        name: "journal mode",
        outcome: mode.lowercased() == "wal" ? .passed : .informational,
        summary: mode.lowercased() == "wal"
          ? "wal" : "\(mode) (switched to wal when restored)", problems: [])
    }
    return check(
      "journal mode", ok: "wal", failed: mode,
      [
        "journal mode: '\(mode)', not 'wal': writers would block readers; open it once with a writing egide command (egide note, egide report…) with write access, which switches it to WAL"
      ])
  }

  private func historyCheck() throws -> RegistryCheck {
    let advice =
      "its history was altered outside Égide: \(Registry.restoreAdvice)"
    var problems: [String] = []
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT c.reference, c.event_count, count(e.id) AS stored,
          coalesce(max(e.sequence), 0) AS last,
          coalesce(min(e.sequence), 0) AS first,
          (SELECT change FROM events WHERE case_id = c.id AND sequence = 1)
            AS opening
        FROM cases c LEFT JOIN events e ON e.case_id = c.id
        GROUP BY c.id
        HAVING opening IS NOT 'reported' OR stored <> last OR first <> 1
          OR c.event_count <> stored
        ORDER BY c.id
        """)
    {
      let reference: String = row["reference"]
      let recorded: Int = row["event_count"]
      let stored: Int = row["stored"]
      let last: Int = row["last"]
      let first: Int = row["first"]
      let opening: String? = row["opening"]
      if opening != "reported" {
        problems.append(
          "history: case \(reference) has no 'reported' event 1 (found \(opening.map { "'\($0)'" } ?? "none")); \(advice)"
        )
      }
      if stored != last || (stored > 0 && first != 1) {
        problems.append(
          "history: case \(reference) has events missing from its sequence (\(stored) stored, numbered up to \(last)); \(advice)"
        )
      }
      if recorded != stored {
        problems.append(
          "history: case \(reference) says it has \(recorded) events (event_count) but \(stored) are stored; \(advice)"
        )
      }
    }
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT c.reference, e.sequence FROM events e
        JOIN cases c ON c.id = e.case_id
        WHERE e.change = 'reported' AND e.sequence <> 1 ORDER BY e.id
        """)
    {
      let reference: String = row[0]
      let sequence: Int = row[1]
      problems.append(
        "history: case \(reference) is reported a second time (event \(sequence)); \(advice)"
      )
    }
    let owned: [(String, String, String, (Int) -> String)] = [
      (
        "measures", "measure_requested", "measure",
        { MeasureID($0).description }
      ),
      (
        "evidence", "evidence_added", "evidence", { EvidenceID($0).description }
      ),
    ]
    for (table, change, key, describe) in owned {
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT t.id, c.reference FROM \(table) t
          LEFT JOIN cases c ON c.id = t.case_id
          WHERE NOT EXISTS (
            SELECT 1 FROM events e WHERE e.case_id = t.case_id
              AND e.change = '\(change)'
              AND json_extract(e.facts, '$.\(key)') = t.id)
          ORDER BY t.id
          """)
      {
        let id: Int = row[0]
        let reference: String? = row[1]
        let name = describe(id)
        problems.append(
          "history: \(key) \(name) of case \(reference ?? "?") has no '\(change)' event in that case; \(advice)"
        )
      }
    }
    let (cases, events) = try Registry.counts(db)
    return check(
      "history", ok: "\(cases) cases, \(events) events, consistent",
      failed: "\(problems.count) problem(s)", problems)
  }

  /// The running totals of summaries against what the history of every
  /// case gives (``SummaryTotals/differences(_:)``).
  private func summaryTotalsCheck() throws -> RegistryCheck {
    let kept = try SummaryTotals.areKept(db)
    let problems = try SummaryTotals.differences(db).map {
      "summary totals: \($0); the table was edited outside Égide: \(Registry.restoreAdvice)"
    }
    return check(
      "summary totals",
      ok: kept
        ? "every month, quarter and year agrees with the history"
        : "none kept for this version yet (counted when the registry is next opened for writing)",
      failed:
        "\(problems.count) figure(s) or case(s) differ from the history",
      problems)
  }

  /// Replays every case's history and compares it with what the `cases`
  /// and `measures` tables say: `list`, `summary` and the scopes read those
  /// tables, which the hash chain does not cover.
  private func derivedTablesCheck() throws -> RegistryCheck {
    let advice =
      "the table was edited outside Égide: \(Registry.restoreAdvice)"
    let vault = IdentityVault(writing: .refused, reading: .concealed)
    var problems: [String] = []
    var checked = 0
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT id, reference, status, severity, assigned_to, closure_reason,
          court, appeal_court, channel, platform, occurred_at,
          occurred_precision, reported_at, reported_by, assessment_due,
          (SELECT group_concat(kind, ',') FROM
            (SELECT kind FROM case_kinds WHERE case_id = cases.id
             ORDER BY kind)) AS kinds,
          (SELECT group_concat(person_id, ',') FROM
            (SELECT person_id FROM case_targets WHERE case_id = cases.id
             ORDER BY position)) AS targets
        FROM cases ORDER BY id
        """)
    while let row = try rows.next() {
      let caseID: Int64 = row["id"]
      let reference = try CaseReference.parse(row["reference"])
      let state = try Registry.replayCase(
        id: caseID, reference: reference, in: db, vault: vault,
        courts: .shared)
      checked += 1
      var differing: [String] = []
      func compare(_ column: String, _ stored: String?, _ replayed: String?) {
        if stored != replayed {
          differing.append(
            "\(column) '\(stored ?? "none")' where its history gives '\(replayed ?? "none")'"
          )
        }
      }
      compare("status", row["status"], state.status.rawValue)
      compare("severity", row["severity"], state.severity?.rawValue)
      compare("assigned_to", row["assigned_to"], state.assignee)
      compare(
        "closure_reason", row["closure_reason"], state.closureReason?.rawValue)
      let report = state.report
      compare("court", row["court"], report.court.code)
      compare("appeal_court", row["appeal_court"], report.court.appealCourtCode)
      compare("channel", row["channel"], report.channel.rawValue)
      compare("platform", row["platform"], report.platform?.rawValue)
      compare(
        "occurred_at", row["occurred_at"],
        report.occurred.map { StoredDate.string(from: $0.start) })
      compare(
        "occurred_precision", row["occurred_precision"],
        report.occurred?.precision.rawValue)
      compare(
        "reported_at", row["reported_at"],
        StoredDate.string(from: state.reportedAt))
      compare("reported_by", row["reported_by"], state.reportedBy)
      compare(
        "assessment_due", row["assessment_due"],
        StoredDate.string(from: report.assessmentDue))
      compare(
        "kinds", row["kinds"],
        report.kinds.map(\.rawValue).sorted().joined(separator: ","))
      compare(
        "targets", row["targets"],
        report.targets.map { String($0.number) }.joined(separator: ","))
      let measures = Dictionary(
        uniqueKeysWithValues: state.measures.map { ($0.id.number, $0.status) })
      var files: [Int: String] = [:]
      for item in state.evidence {
        if case .file(_, let sha256, _, _) = item.source {
          files[item.id.number] = sha256
        }
      }
      for evidence in try Row.fetchAll(
        db, sql: "SELECT id, sha256 FROM evidence WHERE case_id = ?",
        arguments: [caseID])
      {
        let id: Int = evidence["id"]
        compare(
          "evidence \(EvidenceID(id)) sha256", evidence["sha256"], files[id])
      }
      for measure in try Row.fetchAll(
        db, sql: "SELECT id, status FROM measures WHERE case_id = ?",
        arguments: [caseID])
      {
        let id: Int = measure["id"]
        compare(
          "measure \(MeasureID(id)) status", measure["status"],
          measures[id]?.rawValue)
      }
      for difference in differing {
        problems.append(
          "derived tables: case \(reference) has \(difference); \(advice)")
      }
    }
    return check(
      "derived tables", ok: "\(checked) cases agree with their histories",
      failed: "\(problems.count) value(s) differ from the histories", problems)
  }

  private func hashChainCheck() throws -> RegistryCheck {
    guard try ChainVerifier.isPresent(db) else {
      return RegistryCheck(
        name: "hash chain", outcome: .informational,
        summary: "not present in this registry", problems: [])
    }
    let verification = try ChainVerifier.verify(db)
    let counts = verification.chains.map { "\($0.table) \($0.rows)" }
      .joined(separator: ", ")
    if let link = verification.firstBreak {
      return check(
        "hash chain", ok: "", failed: "broken at \(link.location)",
        ["hash chain: \(link.message)"])
    }
    if verification.chains.contains(where: { $0.state == .pending }) {
      return RegistryCheck(
        name: "hash chain", outcome: .informational,
        summary:
          "pending (\(counts) rows): rows from before the chain are chained when a writing command opens the registry",
        problems: [])
    }
    return check(
      "hash chain", ok: "intact (\(counts) rows)", failed: "", [])
  }
}
