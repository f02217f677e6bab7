import EgideCore
import Foundation
import GRDB
import Testing

@testable import EgideStore

@Suite("Registry migrations")
struct MigrationTests {
  /// A migration the binary does not ship, to test upgrades.
  ///
  /// It fails if run twice: the table exists the second time.
  static let extra = Migration(
    version: Migration.shipped.count + 1, name: "extra",
    sql: """
      CREATE TABLE extra_test (id INTEGER PRIMARY KEY) STRICT;
      INSERT INTO extra_test (id) VALUES (1);
      """)

  static func applied(_ registry: Registry) throws -> [(Int, String, String)] {
    try registry.writer.read { db in
      try Row.fetchAll(
        db,
        sql:
          "SELECT version, name, checksum FROM egide_migrations ORDER BY version"
      ).map { ($0["version"], $0["name"], $0["checksum"]) }
    }
  }

  @Test("the shipped migrations are numbered 1, 2, 3… with no gap")
  func shippedMigrationsAreNumbered() {
    let versions = Migration.shipped.map(\.version)
    #expect(!versions.isEmpty)
    #expect(versions == Array(1...max(1, versions.count)))
  }

  @Test("a new registry records every shipped migration with its checksum")
  func newRegistryRecordsMigrations() throws {
    try withRegistry { registry in
      let applied = try Self.applied(registry)
      #expect(applied.map(\.0) == Migration.shipped.map(\.version))
      #expect(applied.map(\.1) == Migration.shipped.map(\.name))
      #expect(applied.map(\.2) == Migration.shipped.map(\.checksum))
      for (_, _, checksum) in applied {
        #expect(checksum.count == 64)
        #expect(checksum.allSatisfy { $0.isHexDigit && !$0.isUppercase })
      }
    }
  }

  @Test("a migration's checksum is the SHA-256 of its SQL")
  func checksumIsSHA256() {
    let migration = Migration(version: 1, name: "abc", sql: "abc")
    #expect(
      migration.checksum
        == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    let altered = Migration(version: 1, name: "abc", sql: "abd")
    #expect(altered.checksum != migration.checksum)
  }

  @Test("a new registry is in WAL mode with foreign keys enforced")
  func walAndForeignKeys() throws {
    try withRegistry { registry in
      try registry.writer.read { db in
        let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode")
        #expect(mode?.lowercased() == "wal")
        let keys = try Int.fetchOne(db, sql: "PRAGMA foreign_keys")
        #expect(keys == 1)
      }
      // Enforced, not just switched on: a target pointing at no person.
      let error = #expect(throws: DatabaseError.self) {
        try registry.writer.write { db in
          try db.execute(
            sql: """
              INSERT INTO persons (id, role, court, related_to, created_at,
                identity)
              VALUES (1, 'family', 'tj93008', 999, '2026-07-06T08:00:00.000Z',
                x'00')
              """)
        }
      }
      #expect(error?.resultCode == .SQLITE_CONSTRAINT)
    }
  }

  @Test("the WAL mode is persistent: a plain SQLite connection sees it")
  func walIsPersistent() throws {
    try withRegistryPath { path in
      do { _ = try Registry.create(at: path) }
      let queue = try DatabaseQueue(path: path)
      let mode = try queue.read {
        try String.fetchOne($0, sql: "PRAGMA journal_mode")
      }
      #expect(mode?.lowercased() == "wal")
    }
  }

  @Test("every table of a new registry is STRICT")
  func everyTableIsStrict() throws {
    try withRegistry { registry in
      let rows = try registry.writer.read { db in
        try Row.fetchAll(
          db,
          sql: """
            SELECT name, strict FROM pragma_table_list
            WHERE schema = 'main' AND type = 'table'
              AND name NOT LIKE 'sqlite_%'
            ORDER BY name
            """)
      }
      let names = rows.map { $0["name"] as String }
      for expected in [
        "registry_info", "persons", "reference_counters", "cases",
        "case_kinds", "case_targets", "events", "measures", "evidence",
        "egide_migrations",
      ] {
        #expect(names.contains(expected), "table \(expected) missing")
      }
      for row in rows {
        let name: String = row["name"]
        let strict: Int = row["strict"]
        #expect(strict == 1, "table \(name) is not STRICT")
      }
    }
  }

  @Test("a registry from a newer Égide is refused and left byte-identical")
  func newerSchemaIsRefusedUntouched() throws {
    try withRegistryPath { path in
      do {
        let registry = try Registry.create(at: path)
        try registry.writer.write { db in
          try db.execute(
            sql: """
              INSERT INTO egide_migrations (version, name, checksum, applied_at)
              VALUES (?, 'future', ?, '2031-01-01T00:00:00.000Z')
              """,
            arguments: [
              Migration.shipped.count + 5, String(repeating: "0", count: 64),
            ])
        }
      }
      // Closed: every write is in the main file, no WAL left.
      #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
      let before = try #require(bytes(at: path))
      let error = expectStoreError(.schemaTooNew) {
        try Registry.open(at: path)
      }
      #expect(error?.message.contains("\(Migration.shipped.count + 5)") == true)
      #expect(bytes(at: path) == before)
    }
  }

  @Test("a changed applied migration is refused")
  func changedMigrationIsRefused() throws {
    try withRegistryPath { path in
      do { _ = try Registry.create(at: path) }
      var altered = Migration.shipped
      altered[0] = Migration(
        version: altered[0].version, name: altered[0].name,
        sql: altered[0].sql + "\nCREATE TABLE sneaky (id INTEGER) STRICT;")
      #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
      let before = try #require(bytes(at: path))
      expectStoreError(.migrationChanged) {
        try Registry.open(at: path, migrations: altered)
      }
      #expect(bytes(at: path) == before)
      // The shipped migrations still open it.
      _ = try Registry.open(at: path)
    }
  }

  @Test(
    "a registry created with the first N shipped migrations is brought to the latest",
    arguments: 1...Migration.shipped.count)
  func upgradesFromEachEarlierVersion(first count: Int) throws {
    try withRegistryPath { path in
      do {
        let old = try Registry.create(
          at: path, migrations: Array(Migration.shipped.prefix(count)))
        #expect(try Self.applied(old).count == count)
      }
      let registry = try Registry.open(at: path)
      let applied = try Self.applied(registry)
      #expect(applied.map(\.0) == Migration.shipped.map(\.version))
      #expect(applied.map(\.2) == Migration.shipped.map(\.checksum))
      // The upgraded registry works.
      let reference = try registry.log(try StoreFixture.newCase())
      #expect(try registry.caseState(reference).status == .new)
    }
  }

  @Test("a later migration is applied on top of an existing registry, once")
  func laterMigrationAppliedOnce() throws {
    try withRegistryPath { path in
      do { _ = try Registry.create(at: path) }
      let all = Migration.shipped + [Self.extra]
      let appliedAt: String
      do {
        let registry = try Registry.open(at: path, migrations: all)
        let applied = try Self.applied(registry)
        #expect(applied.map(\.0) == all.map(\.version))
        #expect(applied.last?.2 == Self.extra.checksum)
        #expect(try registry.count("extra_test") == 1)
        appliedAt = try registry.writer.read { db in
          try String.fetchOne(
            db,
            sql: "SELECT applied_at FROM egide_migrations WHERE version = ?",
            arguments: [Self.extra.version]) ?? ""
        }
      }
      // Opening again neither fails nor runs it a second time.
      let again = try Registry.open(at: path, migrations: all)
      #expect(try Self.applied(again).count == all.count)
      #expect(try again.count("extra_test") == 1)
      let appliedAgain = try again.writer.read { db in
        try String.fetchOne(
          db, sql: "SELECT applied_at FROM egide_migrations WHERE version = ?",
          arguments: [Self.extra.version])
      }
      #expect(appliedAgain == appliedAt)
      // The binary that lacks it now sees a newer registry.
      expectStoreError(.schemaTooNew) { try Registry.open(at: path) }
    }
  }

  @Test("a migration that fails leaves nothing of itself and no record")
  func failingMigrationRollsBack() throws {
    try withRegistryPath { path in
      do { _ = try Registry.create(at: path) }
      let broken = Migration(
        version: Migration.shipped.count + 1, name: "broken",
        sql: """
          CREATE TABLE half_done (id INTEGER PRIMARY KEY) STRICT;
          INSERT INTO no_such_table VALUES (1);
          """)
      #expect(throws: StoreError.self) {
        try Registry.open(at: path, migrations: Migration.shipped + [broken])
      }
      let registry = try Registry.open(at: path)
      #expect(try Self.applied(registry).count == Migration.shipped.count)
      let exists = try registry.writer.read { try $0.tableExists("half_done") }
      #expect(!exists)
    }
  }

  @Test("four threads opening a registry at once apply a new migration once")
  func concurrentOpensMigrateOnce() throws {
    try withRegistryPath { path in
      do { _ = try Registry.create(at: path) }
      let all = Migration.shipped + [Self.extra]
      let errors = runOnThreads(4) { _ in
        _ = try Registry.open(at: path, migrations: all)
      }
      #expect(errors == [])
      let registry = try Registry.open(at: path, migrations: all)
      let applied = try Self.applied(registry)
      #expect(applied.map(\.0) == all.map(\.version))
      #expect(try registry.count("extra_test") == 1)
    }
  }
}
