import EgideCore
import Foundation
import GRDB
import Testing

@testable import EgideStore

/// `egide doctor`'s checks, backups and restores, on real files.
@Suite("Checking, backing up and restoring a registry")
struct MaintenanceTests {
  /// A registry of three cases (invented names), the first assessed with a
  /// measure and a piece of evidence; closed once built.
  @discardableResult
  static func populate(
    _ path: String, migrations: [Migration] = Migration.shipped
  )
    throws -> [CaseReference]
  {
    let registry = try Registry.create(at: path, migrations: migrations)
    var references: [CaseReference] = []
    let names = ["Aurélien QUERVAL", "Bérénice OSSANT", "Cyprien LAVOINE"]
    for (index, name) in names.enumerated() {
      references.append(
        try registry.log(
          try StoreFixture.newCase(
            targets: [try StoreFixture.judge(name)],
            summary: "Message menaçant fictif n° \(index)",
            narrative: String(repeating: "Récit inventé. ", count: 300))))
    }
    try registry.assess(references[0], .high)
    let later = StoreFixture.reportedAt.addingTimeInterval(7_200)
    try registry.transaction { tx in
      _ = try tx.requestMeasure(
        in: references[0], kind: .policeProtection,
        authority: "Préfecture imaginaire", due: nil, beneficiary: nil,
        by: StoreFixture.actor, at: later)
      _ = try tx.addEvidence(
        to: references[0], .url("https://exemple.test/fil/7"),
        description: nil, by: StoreFixture.actor,
        at: later.addingTimeInterval(60))
    }
    return references
  }

  /// Edits the file with raw SQL as someone outside Égide would: the
  /// `triggers` (by default the history's append-only ones) are dropped
  /// first, foreign keys are off.
  static func tamper(
    _ path: String, _ sql: String,
    dropping triggers: [String] = [
      "events_are_append_only_update", "events_are_append_only_delete",
    ]
  ) throws {
    var configuration = Configuration()
    configuration.foreignKeysEnabled = false
    let queue = try DatabaseQueue(path: path, configuration: configuration)
    try queue.writeWithoutTransaction { db in
      for trigger in triggers {
        try db.execute(sql: "DROP TRIGGER IF EXISTS \(trigger)")
      }
      try db.execute(sql: sql)
    }
    try queue.close()
  }

  /// The failed check named `name`, if it failed.
  static func failure(_ health: RegistryHealth, _ name: String)
    -> RegistryCheck?
  {
    health.checks.first { $0.name == name && $0.outcome == .failed }
  }

  /// The files of a folder, to prove nothing was left behind.
  static func files(_ directory: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory.path))
      ?? []).sorted()
  }

  @Test("a healthy registry passes every check and is not written to")
  func healthyRegistry() throws {
    try withRegistryPath { path in
      try Self.populate(path)
      let before = bytes(at: path)
      let health = try Registry.checkHealth(at: path)
      #expect(health.isHealthy, "\(health.problems)")
      #expect(health.cases == 3)
      #expect(health.events == 6)
      #expect(health.schemaVersion == Migration.shipped.last?.version)
      #expect(
        health.checks.map(\.name) == [
          "integrity", "foreign keys", "schema", "journal mode", "history",
          "hash chain", "derived tables", "summary totals", "sealed values",
          "identities",
        ])
      // A registry made without a key: identities in clear, said so.
      #expect(
        health.checks.last?.summary
          == "stored in clear: seal them with 'egide key seal'")
      #expect(health.checks.last?.outcome == .informational)
      let chain = try #require(health.checks.first { $0.name == "hash chain" })
      #expect(chain.outcome == .passed)
      #expect(
        chain.summary
          == "intact (events 6, notice_events 0, access_log 0, seal_generations 0 rows)"
      )
      #expect(bytes(at: path) == before)
    }
  }

  @Test("a deleted event is found: a gap in the sequence and a wrong count")
  func missingEvent() throws {
    try withRegistryPath { path in
      let references = try Self.populate(path)
      try Self.tamper(
        path,
        """
        DELETE FROM events WHERE sequence = 2 AND case_id =
          (SELECT id FROM cases WHERE reference = '\(references[0])')
        """)
      let health = try Registry.checkHealth(at: path)
      let history = try #require(Self.failure(health, "history"))
      let text = history.problems.joined(separator: "\n")
      #expect(text.contains("case \(references[0]) has events missing"))
      #expect(text.contains("says it has 4 events (event_count) but 3"))
      #expect(text.contains("restore the registry from a backup"))
      #expect(!text.contains("\(references[1])"))
    }
  }

  @Test("a wrong event count is found and names the case")
  func wrongEventCount() throws {
    try withRegistryPath { path in
      let references = try Self.populate(path)
      try Self.tamper(
        path,
        "UPDATE cases SET event_count = 7 WHERE reference = '\(references[1])'")
      let health = try Registry.checkHealth(at: path)
      let history = try #require(Self.failure(health, "history"))
      #expect(
        history.problems == [
          "history: case \(references[1]) says it has 7 events (event_count) but 1 are stored; its history was altered outside Égide: \(Registry.restoreAdvice)"
        ])
    }
  }

  @Test("a case whose first event is not its report is found")
  func firstEventNotReported() throws {
    try withRegistryPath { path in
      let references = try Self.populate(path)
      try Self.tamper(
        path,
        """
        UPDATE events SET change = 'note' WHERE sequence = 1 AND case_id =
          (SELECT id FROM cases WHERE reference = '\(references[2])')
        """)
      let health = try Registry.checkHealth(at: path)
      let history = try #require(Self.failure(health, "history"))
      #expect(
        history.problems.contains {
          $0.contains("case \(references[2]) has no 'reported' event 1")
        }, "\(history.problems)")
    }
  }

  @Test("a measure and evidence without their events are found")
  func orphanMeasureAndEvidence() throws {
    try withRegistryPath { path in
      try Self.populate(path)
      try Self.tamper(
        path,
        """
        UPDATE events SET change = 'note', facts = '{}'
        WHERE change IN ('measure_requested', 'evidence_added')
        """)
      let health = try Registry.checkHealth(at: path)
      let history = try #require(Self.failure(health, "history"))
      let text = history.problems.joined(separator: "\n")
      #expect(text.contains("measure M-000001"), "\(text)")
      #expect(text.contains("evidence E-000001"), "\(text)")
    }
  }

  @Test("a changed migration checksum fails the schema check")
  func changedChecksum() throws {
    try withRegistryPath { path in
      try Self.populate(path)
      try Self.tamper(
        path,
        "UPDATE egide_migrations SET checksum = 'altered' WHERE version = 1")
      let health = try Registry.checkHealth(at: path)
      let schema = try #require(Self.failure(health, "schema"))
      #expect(
        schema.problems.contains {
          $0.contains("migration 1 (initial) differs")
        }, "\(schema.problems)")
    }
  }

  @Test("dropped append-only triggers fail the schema check")
  func droppedTriggers() throws {
    try withRegistryPath { path in
      try Self.populate(path)
      try Self.tamper(path, "SELECT 1")
      let health = try Registry.checkHealth(at: path)
      let schema = try #require(Self.failure(health, "schema"))
      #expect(schema.problems.count == 2)
      #expect(schema.problems.allSatisfy { $0.contains("append-only") })
    }
  }

  @Test(
    "a history guard replaced by one that never fires fails the schema check")
  func neverFiringTrigger() throws {
    try withRegistryPath { path in
      try Self.populate(path)
      try Self.tamper(
        path,
        """
        CREATE TRIGGER events_are_append_only_delete BEFORE DELETE ON events
        WHEN 0
        BEGIN
          SELECT RAISE(ABORT, 'the case history is append-only');
        END
        """, dropping: ["events_are_append_only_delete"])
      let schema = try #require(
        Self.failure(try Registry.checkHealth(at: path), "schema"))
      #expect(
        schema.problems == [
          "schema: trigger events_are_append_only_delete on events differs from the one its migration created, so it may no longer guard the history; it was replaced outside Égide: \(Registry.restoreAdvice)"
        ])
    }
  }

  @Test("a trigger added outside Égide fails the schema check")
  func addedTrigger() throws {
    try withRegistryPath { path in
      try Self.populate(path)
      try Self.tamper(
        path,
        """
        CREATE TABLE copied (identity BLOB);
        CREATE TRIGGER copy_names AFTER INSERT ON persons
        BEGIN
          INSERT INTO copied VALUES (NEW.identity);
        END
        """, dropping: [])
      let schema = try #require(
        Self.failure(try Registry.checkHealth(at: path), "schema"))
      #expect(schema.problems.count == 1)
      #expect(
        schema.problems.first?.contains(
          "trigger copy_names on persons was not created by any migration")
          == true)
    }
  }

  @Test("a row pointing at a missing case fails the foreign-key check")
  func foreignKeyViolation() throws {
    try withRegistryPath { path in
      try Self.populate(path)
      try Self.tamper(
        path, "INSERT INTO case_kinds (case_id, kind) VALUES (999, 'threat')")
      let health = try Registry.checkHealth(at: path)
      let keys = try #require(Self.failure(health, "foreign keys"))
      #expect(keys.problems.count == 1)
      #expect(keys.problems.first?.contains("case_kinds") == true)
    }
  }

  @Test("a corrupted page in the middle of the file is found")
  func corruptedPage() throws {
    try withRegistryPath { path in
      try Self.populate(path)
      let handle = try #require(FileHandle(forUpdatingAtPath: path))
      let size = try handle.seekToEnd()
      #expect(size >= 8 * 4096)
      try handle.seek(toOffset: (size / 2 / 4096) * 4096)
      try handle.write(contentsOf: Data(repeating: 0xA5, count: 4096))
      try handle.close()
      do {
        let health = try Registry.checkHealth(at: path)
        #expect(!health.isHealthy)
        #expect(Self.failure(health, "integrity") != nil, "\(health.checks)")
      } catch let error as StoreError {
        #expect(error.code == .notARegistry)
        #expect(error.message.contains("restore it from a backup"))
      }
    }
  }

  @Test("a backup holds every case, is owner-only and leaves no temporary file")
  func backupAndRestore() throws {
    try withScratch { directory in
      let path = directory.appendingPathComponent("registry.egide").path
      let references = try Self.populate(path)
      let copy = directory.appendingPathComponent("copy.egide").path
      let summary = try Registry.backup(of: path, to: copy)
      #expect(summary.cases == 3)
      #expect(summary.events == 6)
      #expect(summary.size == bytes(at: copy)?.count)
      #expect(summary.sha256.count == 64)
      let mode =
        try FileManager.default.attributesOfItem(atPath: copy)[
          .posixPermissions] as? Int
      #expect(mode == 0o600)
      #expect(Self.files(directory) == ["copy.egide", "registry.egide"])

      let restoredPath = directory.appendingPathComponent("restored.egide").path
      let restored = try Registry.restore(from: copy, to: restoredPath)
      #expect(restored.cases == 3)
      #expect(restored.events == 6)
      #expect(restored.migrated.isEmpty)
      #expect(try Registry.checkHealth(at: restoredPath).isHealthy)
      let registry = try Registry.open(at: restoredPath)
      for reference in references {
        #expect(try registry.caseState(reference).reference == reference)
      }
      #expect(try registry.caseState(references[0]).events.count == 4)
    }
  }

  @Test("a backup never replaces an existing file")
  func backupOverExistingFile() throws {
    try withScratch { directory in
      let path = directory.appendingPathComponent("registry.egide").path
      try Self.populate(path)
      let existing = directory.appendingPathComponent("existing").path
      let content = Data("déjà là\n".utf8)
      try content.write(to: URL(fileURLWithPath: existing))
      let error = expectStoreError(.alreadyExists) {
        try Registry.backup(of: path, to: existing)
      }
      #expect(error?.message.contains(existing) == true)
      #expect(bytes(at: existing) == content)
      #expect(Self.files(directory) == ["existing", "registry.egide"])
    }
  }

  @Test("a restore never replaces an existing registry and says to move it")
  func restoreOverExistingFile() throws {
    try withScratch { directory in
      let path = directory.appendingPathComponent("registry.egide").path
      try Self.populate(path)
      let copy = directory.appendingPathComponent("copy.egide").path
      _ = try Registry.backup(of: path, to: copy)
      let before = bytes(at: path)
      let error = expectStoreError(.alreadyExists) {
        try Registry.restore(from: copy, to: path)
      }
      #expect(error?.message.contains("move it away first") == true)
      #expect(bytes(at: path) == before)
      #expect(Self.files(directory) == ["copy.egide", "registry.egide"])
    }
  }

  @Test("a file of random bytes is not restored and nothing is created")
  func restoreGarbage() throws {
    try withScratch { directory in
      let garbage = directory.appendingPathComponent("garbage.bin").path
      var generator = SystemRandomNumberGenerator()
      let content = Data(
        (0..<16_384).map { _ in UInt8.random(in: 0...255, using: &generator) })
      try content.write(to: URL(fileURLWithPath: garbage))
      let target = directory.appendingPathComponent("new.egide").path
      let error = expectStoreError(.notARegistry) {
        try Registry.restore(from: garbage, to: target)
      }
      #expect(error?.message.contains("not an Égide backup") == true)
      #expect(Self.files(directory) == ["garbage.bin"])
      #expect(bytes(at: garbage) == content)
    }
  }

  @Test("a damaged backup is refused and nothing is created")
  func restoreDamagedBackup() throws {
    try withScratch { directory in
      let path = directory.appendingPathComponent("registry.egide").path
      let references = try Self.populate(path)
      try Self.tamper(
        path,
        "UPDATE cases SET event_count = 9 WHERE reference = '\(references[0])'")
      let target = directory.appendingPathComponent("new.egide").path
      let error = expectStoreError(.notARegistry) {
        try Registry.restore(from: path, to: target)
      }
      #expect(error?.message.contains("fails the checks") == true)
      #expect(Self.files(directory) == ["registry.egide"])
    }
  }

  @Test("a backup from a newer Égide is refused as too new")
  func restoreNewerSchema() throws {
    try withScratch { directory in
      let path = directory.appendingPathComponent("registry.egide").path
      try Self.populate(path)
      try Self.tamper(
        path,
        """
        INSERT INTO egide_migrations (version, name, checksum, applied_at)
        VALUES (999, 'future', 'unknown', '2030-01-01T00:00:00.000Z')
        """)
      let target = directory.appendingPathComponent("new.egide").path
      let error = expectStoreError(.schemaTooNew) {
        try Registry.restore(from: path, to: target)
      }
      #expect(error?.message.contains("use a newer egide") == true)
      #expect(!FileManager.default.fileExists(atPath: target))
    }
  }

  @Test("restoring an older backup applies the migrations it lacks")
  func restoreOlderSchema() throws {
    try withScratch { directory in
      let path = directory.appendingPathComponent("registry.egide").path
      let older = Array(Migration.shipped.prefix(2))
      try Self.populate(path, migrations: older)
      let target = directory.appendingPathComponent("new.egide").path
      let restored = try Registry.restore(from: path, to: target)
      #expect(
        restored.migrated == Migration.shipped.dropFirst(2).map(\.version))
      #expect(restored.schemaVersion == Migration.shipped.last?.version)
      #expect(try Registry.checkHealth(at: target).isHealthy)
    }
  }
}
