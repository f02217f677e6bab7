import Foundation
import GRDB

/// Applies the shipped migrations to a registry, each once, in order, in a
/// transaction of its own, recording its checksum; refuses a registry from
/// a newer Égide and one whose applied migrations were changed.
struct Migrator {
  /// The migrations to apply, in order.
  var migrations: [Migration]

  static let table = "egide_migrations"

  /// Whether some migration is not yet applied (read-only check).
  func needsMigration(_ db: Database) throws -> Bool {
    let applied = try appliedVersions(db)
    try check(applied)
    return migrations.contains { applied[$0.version] == nil }
  }

  /// Applies what is missing.
  ///
  /// Safe when several processes open a new
  /// registry at once: each migration runs in an IMMEDIATE transaction
  /// that first re-reads what is applied.
  func migrate(_ writer: some DatabaseWriter) throws {
    try writer.writeWithoutTransaction { db in
      try db.execute(
        sql: """
          CREATE TABLE IF NOT EXISTS \(Self.table) (
            version INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            checksum TEXT NOT NULL,
            applied_at TEXT NOT NULL
          ) STRICT
          """)
      for migration in migrations {
        try db.inTransaction(.immediate) {
          let applied = try appliedVersions(db)
          try check(applied)
          if applied[migration.version] != nil { return .commit }
          try db.execute(sql: migration.sql)
          try db.execute(
            sql: """
              INSERT INTO \(Self.table) (version, name, checksum, applied_at)
              VALUES (?, ?, ?, ?)
              """,
            arguments: [
              migration.version, migration.name, migration.checksum,
              StoredDate.string(from: Date()),
            ])
          return .commit
        }
      }
    }
  }

  /// The applied versions and their checksums.
  func appliedVersions(_ db: Database) throws -> [Int: String] {
    guard try db.tableExists(Self.table) else {
      let tables = try Int.fetchOne(
        db,
        sql:
          "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
      )
      if (tables ?? 0) > 0 {
        throw StoreError(
          .notARegistry,
          "this file is an SQLite database but not an Égide registry; give the path of a registry or create one with 'egide init'"
        )
      }
      return [:]
    }
    var applied: [Int: String] = [:]
    for row in try Row.fetchAll(
      db, sql: "SELECT version, checksum FROM \(Self.table)")
    {
      applied[row["version"]] = row["checksum"]
    }
    return applied
  }

  private func check(_ applied: [Int: String]) throws {
    let known = Dictionary(
      uniqueKeysWithValues: migrations.map { ($0.version, $0) })
    let newest = migrations.map(\.version).max() ?? 0
    if let version = applied.keys.max(), version > newest {
      throw StoreError(
        .schemaTooNew,
        "this registry has schema version \(version) but this egide knows up to \(newest); use a newer egide (nothing was changed)"
      )
    }
    for (version, checksum) in applied {
      if let migration = known[version], migration.checksum != checksum {
        throw StoreError(
          .migrationChanged,
          "migration \(version) (\(migration.name)) differs from the one applied to this registry; restore the original Migrations/ file or use the egide that created the registry"
        )
      }
    }
  }
}
