import EgideCore
import Foundation
import GRDB
import Testing

@testable import EgideStore

@Suite("Opening and creating errors")
struct OpeningErrorTests {
  @Test("opening a missing path says there is no registry")
  func missingPath() throws {
    try withScratch { directory in
      let path = directory.appendingPathComponent("absent.egide").path
      let error = expectStoreError(.noRegistry) { try Registry.open(at: path) }
      #expect(error?.message.contains(path) == true)
      #expect(!FileManager.default.fileExists(atPath: path))
    }
  }

  @Test("opening a directory says it is not a registry")
  func directoryIsNotARegistry() throws {
    try withScratch { directory in
      _ = expectStoreError(.notARegistry) {
        try Registry.open(at: directory.path)
      }
    }
  }

  @Test("opening a file of random bytes says it is not a registry")
  func garbageFile() throws {
    try withRegistryPath { path in
      var generator = SystemRandomNumberGenerator()
      var garbage = Data(
        (0..<8_192).map { _ in UInt8.random(in: 0...255, using: &generator) })
      garbage.replaceSubrange(0..<6, with: Data("NOTSQL".utf8))
      try garbage.write(to: URL(fileURLWithPath: path))
      expectStoreError(.notARegistry) { try Registry.open(at: path) }
      #expect(bytes(at: path) == garbage)
    }
  }

  @Test("opening a text file says it is not a registry")
  func textFile() throws {
    try withRegistryPath { path in
      let text = Data("Ceci n'est pas un registre.\n".utf8)
      try text.write(to: URL(fileURLWithPath: path))
      expectStoreError(.notARegistry) { try Registry.open(at: path) }
      #expect(bytes(at: path) == text)
    }
  }

  @Test(
    "opening an SQLite file of another application says it is not a registry")
  func unrelatedDatabase() throws {
    try withRegistryPath { path in
      try Self.makeRecipesDatabase(at: path)
      expectStoreError(.notARegistry) { try Registry.open(at: path) }
      let queue = try DatabaseQueue(path: path)
      let tables = try queue.read { db in
        try String.fetchAll(
          db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
      }
      #expect(tables == ["recipes"])
    }
  }

  @Test(
    "opening an SQLite file of another application leaves it byte-identical")
  func unrelatedDatabaseUntouched() throws {
    try withRegistryPath { path in
      try Self.makeRecipesDatabase(at: path)
      let before = try #require(bytes(at: path))
      expectStoreError(.notARegistry) { try Registry.open(at: path) }
      #expect(bytes(at: path) == before)
      let mode = try DatabaseQueue(path: path).read {
        try String.fetchOne($0, sql: "PRAGMA journal_mode")
      }
      #expect(mode == "delete", "the other application's journal mode changed")
    }
  }

  @Test(
    "an empty file (a truncated registry) is refused untouched, never turned into a new registry"
  )
  func emptyFile() throws {
    try withRegistryPath { path in
      #expect(FileManager.default.createFile(atPath: path, contents: Data()))
      let error = expectStoreError(.notARegistry) {
        _ = try Registry.open(at: path)
      }
      #expect(error?.message.contains(path) == true)
      #expect(error?.message.contains("empty") == true)
      #expect(bytes(at: path)?.isEmpty == true)
      #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }
  }

  @Test("creating over an existing file fails and leaves the file unchanged")
  func createOverExistingFile() throws {
    try withRegistryPath { path in
      let content = Data(
        "Registre d'une autre équipe, à ne pas écraser.\n".utf8)
      try content.write(to: URL(fileURLWithPath: path))
      let error = expectStoreError(.alreadyExists) {
        try Registry.create(at: path)
      }
      #expect(error?.message.contains(path) == true)
      #expect(bytes(at: path) == content)
    }
  }

  @Test("creating over an existing registry fails and leaves it unchanged")
  func createOverExistingRegistry() throws {
    try withRegistryPath { path in
      let reference: CaseReference
      do {
        let registry = try Registry.create(at: path)
        reference = try registry.log(try StoreFixture.newCase())
      }
      let before = try #require(bytes(at: path))
      expectStoreError(.alreadyExists) { try Registry.create(at: path) }
      #expect(bytes(at: path) == before)
      let registry = try Registry.open(at: path)
      #expect(try registry.caseState(reference).events.count == 1)
    }
  }

  @Test("creating in a missing folder is an I/O error and leaves nothing")
  func createInMissingFolder() throws {
    try withScratch { directory in
      let path = directory.appendingPathComponent("absent/registry.egide").path
      expectStoreError(.io) { try Registry.create(at: path) }
      #expect(!FileManager.default.fileExists(atPath: path))
    }
  }

  @Test("a failed creation removes the file it started")
  func failedCreationCleansUp() throws {
    try withRegistryPath { path in
      let broken = [
        Migration(version: 1, name: "broken", sql: "NOT SQL AT ALL")
      ]
      #expect(throws: StoreError.self) {
        try Registry.create(at: path, migrations: broken)
      }
      #expect(!FileManager.default.fileExists(atPath: path))
      #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
      // The path is free for a real registry afterwards.
      _ = try Registry.create(at: path)
    }
  }

  @Test("a new registry file is readable by its owner only")
  func newRegistryIsPrivate() throws {
    try withRegistryPath { path in
      _ = try Registry.create(at: path)
      let attributes = try FileManager.default.attributesOfItem(atPath: path)
      let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue
      #expect(mode.map { $0 & 0o077 } == 0, "mode \(String(describing: mode))")
    }
  }

  /// Writes an SQLite file that another application could have made.
  static func makeRecipesDatabase(at path: String) throws {
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in
      try db.execute(
        sql: """
          CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT);
          INSERT INTO recipes (title) VALUES ('Tarte imaginaire');
          """)
    }
  }
}
