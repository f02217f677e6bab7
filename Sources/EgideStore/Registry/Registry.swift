import EgideCore
import Foundation
import GRDB

#if canImport(Glibc)
import Glibc
#endif

/// An Égide registry: one SQLite file (WAL mode, foreign keys on, a busy
/// timeout so that several processes can write at once) holding cases,
/// people, measures, evidence and the full history of every case.
///
/// Every write is one IMMEDIATE transaction: all or nothing. A registry
/// is shared between threads (a server's requests): its properties never
/// change once opened. A command holds one connection, whose use GRDB
/// serializes; a server opens it with concurrent reads, on a pool of
/// connections reading WAL snapshots beside the one that writes.
public final class Registry: @unchecked Sendable {
  /// The path of the registry file.
  public let path: String
  /// The door identifying data goes through.
  let vault: IdentityVault
  let writer: any DatabaseWriter
  let courts: CourtDirectory

  init(
    path: String, writer: any DatabaseWriter, courts: CourtDirectory,
    vault: IdentityVault
  ) {
    self.path = path
    self.writer = writer
    self.courts = courts
    self.vault = vault
  }

  /// Whether this registry's identities are sealed under a key (every
  /// registry `egide init` makes), rather than stored in clear (a registry
  /// from before sealing, until `egide key seal`).
  public var isSealed: Bool {
    if case .clear = vault.writing { return false }
    return true
  }

  /// Whether identities read from this registry are the real ones, rather
  /// than ``IdentityVault/concealed``.
  public var revealsIdentities: Bool { vault.reveals }

  /// Creates a new registry; refuses to touch an existing file.
  ///
  /// With a key, identities are sealed under it from the first case;
  /// without one (tests, and the upgrade path of older registries), they
  /// are stored in clear until ``seal(with:)``.
  ///
  /// - Throws: ``StoreError`` with `.alreadyExists` if anything is at
  ///   `path`, `.io` if the file cannot be created.
  public static func create(
    at path: String, key: RegistryKey? = nil,
    courts: CourtDirectory = .shared,
    migrations: [Migration] = Migration.shipped
  ) throws(StoreError) -> Registry {
    let descriptor = Glibc.open(path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
    if descriptor < 0 {
      let code = errno
      if code == EEXIST {
        throw StoreError(
          .alreadyExists,
          "a file already exists at \(path); Égide never overwrites a file: choose another --db path or move that file away yourself"
        )
      }
      throw StoreError(
        .io, "cannot create \(path): \(SystemError.describe(code))")
    }
    Glibc.close(descriptor)
    do {
      let registry = try connect(
        path: path, key: nil, revealsIdentities: true,
        concurrentReads: false, courts: courts, migrations: migrations)
      try registry.writer.write { db in
        try db.execute(
          sql:
            "INSERT INTO registry_info (key, value) VALUES ('created_at', ?)",
          arguments: [StoredDate.string(from: Date())])
        if let key {
          try db.execute(
            sql:
              "INSERT INTO registry_info (key, value) VALUES ('key_check', ?)",
            arguments: [key.check])
        }
      }
      guard let key else { return registry }
      return Registry(
        path: path, writer: registry.writer, courts: courts,
        vault: IdentityVault(writing: .sealed(key), reading: .opened(key)))
    } catch {
      unlink(path)
      unlink(path + "-wal")
      unlink(path + "-shm")
      throw Self.storeError(error, path: path)
    }
  }

  /// Opens an existing registry, applying shipped migrations it lacks.
  ///
  /// - Parameters:
  ///   - path: the registry file.
  ///   - key: the registry key; without it, a sealed registry can be
  ///     listed, counted and summarised but no identity can be written,
  ///     and every identity reads as ``IdentityVault/concealed``.
  ///   - revealsIdentities: whether identities read are the real ones
  ///     (opened with `key`), or all ``IdentityVault/concealed``: a
  ///     command that shows no identity opens the registry without
  ///     revealing, so nothing is decrypted.
  ///   - concurrentReads: whether reads run side by side, each on a WAL
  ///     snapshot of its own, while one connection writes (a GRDB
  ///     `DatabasePool`): for a server answering many clients at once. A
  ///     command, which does one thing, keeps the single connection
  ///     (every read and write in turn). A read-only file keeps it too.
  ///   - courts: the court list cases are read against.
  ///   - migrations: the migrations the registry must have.
  /// - Returns: the registry, migrated.
  /// - Throws: ``StoreError``: `.noRegistry` if nothing is at `path`,
  ///   `.notARegistry`, `.schemaTooNew`, `.migrationChanged`, `.io`, or
  ///   `.wrongKey` for a key that is not this registry's.
  public static func open(
    at path: String, key: RegistryKey? = nil, revealsIdentities: Bool = true,
    concurrentReads: Bool = false, courts: CourtDirectory = .shared,
    migrations: [Migration] = Migration.shipped
  ) throws(StoreError) -> Registry {
    var status = stat()
    guard stat(path, &status) == 0 else {
      throw StoreError(
        .noRegistry,
        "no registry at \(path); create one with 'egide init --db \(path)' or point --db / $EGIDE_DB at an existing one"
      )
    }
    guard (status.st_mode & S_IFMT) == S_IFREG else {
      throw StoreError(
        .notARegistry, "\(path) is not a file; give the path of a registry")
    }
    guard access(path, R_OK) == 0 else {
      throw StoreError(
        .io, "cannot read \(path): permission denied; check its owner and mode")
    }
    // An empty file (a truncated copy, a full disk) would otherwise become
    // a new, empty registry as SQLite opens it, hiding the loss.
    var log = stat()
    let logHoldsPages = stat(path + "-wal", &log) == 0 && log.st_size > 0
    guard status.st_size > 0 || logHoldsPages else {
      throw StoreError(
        .notARegistry,
        "\(path) is empty (0 bytes), not an Égide registry; restore it from a backup with 'egide restore', or create a new registry elsewhere with 'egide init'"
      )
    }
    do {
      return try connect(
        path: path, key: key, revealsIdentities: revealsIdentities,
        concurrentReads: concurrentReads, courts: courts,
        migrations: migrations)
    } catch {
      throw Self.storeError(error, path: path)
    }
  }

  /// The key check a sealed registry keeps, or nil for a registry in clear.
  static func keyCheck(_ db: Database) throws -> String? {
    try String.fetchOne(
      db, sql: "SELECT value FROM registry_info WHERE key = 'key_check'")
  }

  /// The vault for a registry with this key check.
  static func vault(
    keyCheck: String?, key: RegistryKey?, revealsIdentities: Bool,
    path: String, opensUnbound: Bool = false
  ) throws -> IdentityVault {
    let reading: IdentityVault.Reading =
      revealsIdentities ? .opened(key) : .concealed
    guard let keyCheck else {
      return IdentityVault(
        writing: .clear, reading: reading, opensUnbound: opensUnbound)
    }
    guard let key else {
      return IdentityVault(
        writing: .refused, reading: reading, opensUnbound: opensUnbound)
    }
    guard key.check == keyCheck else {
      throw StoreError(
        .wrongKey,
        "the key given (fingerprint \(key.fingerprint)) is not the key of \(path) (fingerprint \(keyCheck.prefix(16))); nothing was read or written: give the right key file, or restore it with 'egide key restore'"
      )
    }
    return IdentityVault(
      writing: .sealed(key), reading: reading, opensUnbound: opensUnbound)
  }

  /// Opens the file and checks it is a registry this binary can use
  /// before anything is written: the journal mode is switched to WAL (a
  /// setting kept in the file) only once the checks pass.
  ///
  /// The checks and migrations run on one connection; with concurrent
  /// reads, it is then closed and the registry answers on a pool.
  private static func connect(
    path: String, key: RegistryKey?, revealsIdentities: Bool,
    concurrentReads: Bool, courts: CourtDirectory, migrations: [Migration]
  ) throws -> Registry {
    var configuration = Configuration()
    configuration.busyMode = .timeout(10)
    // Deleted and overwritten content is zeroed, so that a resealed or
    // purged identity leaves no copy in free space.
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA secure_delete = ON")
    }
    configuration.foreignKeysEnabled = true
    let writable = access(path, W_OK) == 0
    configuration.readonly = !writable
    let queue = try DatabaseQueue(path: path, configuration: configuration)
    let migrator = Migrator(migrations: migrations)
    let needsMigration = try queue.read { try migrator.needsMigration($0) }
    if writable {
      let mode = try queue.writeWithoutTransaction { db in
        try String.fetchOne(db, sql: "PRAGMA journal_mode")
      }
      if mode?.lowercased() != "wal" {
        try queue.writeWithoutTransaction { db in
          _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
        }
      }
    }
    if needsMigration {
      guard writable else {
        throw StoreError(
          .io,
          "\(path) is read-only and needs a schema upgrade; make it writable once"
        )
      }
      try migrator.migrate(queue)
    }
    let (check, chainPending, sealingPending, totalsPending) =
      try queue.read { db -> (String?, Bool, Bool, Bool) in
        guard try db.tableExists("registry_info") else {
          return (nil, false, false, false)
        }
        return (
          try keyCheck(db), try ChainBackfill.isPending(db),
          try SealBinding.isPending(db),
          try SummaryTotals.isPending(db)
        )
      }
    if chainPending && writable {
      _ = try queue.write { db in try ChainBackfill.runIfPending(db) }
    }
    if totalsPending && writable {
      _ = try queue.write { db in try SummaryTotals.runIfPending(db) }
    }
    var vault = try vault(
      keyCheck: check, key: key, revealsIdentities: revealsIdentities,
      path: path, opensUnbound: sealingPending)
    if sealingPending && writable && (check == nil || key != nil) {
      let upgrading = IdentityVault(
        writing: vault.writing, reading: .opened(key), opensUnbound: true)
      _ = try queue.write { db in
        try SealBinding.runIfPending(db, vault: upgrading, at: Date())
      }
      vault = try self.vault(
        keyCheck: check, key: key, revealsIdentities: revealsIdentities,
        path: path, opensUnbound: false)
    }
    guard concurrentReads && writable else {
      return Registry(path: path, writer: queue, courts: courts, vault: vault)
    }
    try queue.close()
    let pool = try DatabasePool(path: path, configuration: configuration)
    return Registry(path: path, writer: pool, courts: courts, vault: vault)
  }

  /// Maps SQLite and system failures to a ``StoreError`` a user can act on.
  static func storeError(_ error: any Error, path: String) -> StoreError {
    if let error = error as? StoreError { return error }
    if let error = error as? DatabaseError {
      switch error.resultCode {
      case .SQLITE_NOTADB, .SQLITE_CORRUPT:
        return StoreError(
          .notARegistry,
          "\(path) is not a readable registry (\(error.message ?? "damaged")); restore it from a backup"
        )
      case .SQLITE_FULL:
        return StoreError(
          .io, "the disk holding \(path) is full; nothing was written")
      case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM:
        return StoreError(
          .io,
          "cannot write to \(path) (\(error.message ?? "read-only")); check the file and folder permissions"
        )
      case .SQLITE_BUSY, .SQLITE_LOCKED:
        return StoreError(
          .busy,
          "the registry stayed locked by another process for 10 seconds; nothing was written, try again"
        )
      case .SQLITE_IOERR:
        // A full disk fails SQLite's shared-memory file as an I/O error.
        if isOnFullDisk(path) {
          return StoreError(
            .io, "the disk holding \(path) is full; nothing was written")
        }
        return StoreError(
          .io, "input/output error on \(path): \(error.message ?? "")")
      default:
        return StoreError(
          .io, "database error on \(path): \(error.message ?? "\(error)")")
      }
    }
    return StoreError(.io, "\(path): \(error)")
  }

  /// Whether the file system holding `path` has less than 1 MiB free.
  static func isOnFullDisk(_ path: String) -> Bool {
    var info = statvfs()
    guard statvfs(path, &info) == 0 else { return false }
    return UInt64(info.f_bavail) * UInt64(info.f_frsize) < 1 << 20
  }

  /// Runs a read, mapping failures to ``StoreError``.
  func read<T>(_ body: (Database) throws -> T) throws -> T {
    do { return try writer.read(body) } catch let error as PassedThrough {
      throw error.error
    } catch let error as DomainError {
      throw error
    } catch {
      throw Self.storeError(error, path: path)
    }
  }

  /// Runs one IMMEDIATE transaction: all of `body` or nothing.
  func write<T>(_ body: (Database) throws -> T) throws -> T {
    do { return try writer.write(body) } catch let error as PassedThrough {
      throw error.error
    } catch let error as DomainError {
      throw error
    } catch {
      throw Self.storeError(error, path: path)
    }
  }
}
