import Crypto
import EgideCore
import Foundation
import GRDB
import Testing

@testable import EgideStore

/// Sealed values bound to their place: a value copied to another row,
/// column or table no longer opens there, `doctor` names it, and older
/// registries are bound when first opened with their key.
@Suite("Sealed values bound to their place")
struct SealedPlaceTests {
  /// Copies the sealed value at `from` over the one at `to`, as someone
  /// with write access to the file and without the key would.
  static func copy(
    _ path: String, from: (table: String, id: Int), to: (table: String, id: Int)
  ) throws {
    try MaintenanceTests.tamper(
      path,
      """
      UPDATE \(to.table) SET identity =
        (SELECT identity FROM \(from.table) WHERE id = \(from.id))
      WHERE id = \(to.id)
      """,
      dropping: [
        "events_are_append_only_update", "notice_events_are_append_only_update",
      ])
  }

  /// The stored format bytes of every sealed value, per column.
  static func formats(_ path: String) throws -> [String: Set<UInt8>] {
    let queue = try DatabaseQueue(path: path)
    defer { try? queue.close() }
    return try queue.read { db in
      var formats: [String: Set<UInt8>] = [:]
      for (table, _, column) in SealedPlace.columns {
        guard try db.tableExists(table) else { continue }
        let values = try Data.fetchAll(
          db,
          sql:
            "SELECT substr(\(column), 1, 1) FROM \(table) WHERE \(column) IS NOT NULL"
        )
        formats["\(table).\(column)", default: []].formUnion(
          values.compactMap(\.first))
      }
      return formats
    }
  }

  @Test(
    "a sealed value copied to another row, column or table does not open there, and doctor with the key names it",
    arguments: [
      (("persons", 1), ("persons", 2)),
      (("cases", 1), ("cases", 2)),
      (("events", 1), ("events", 3)),
      (("evidence", 1), ("evidence", 2)),
      (("measures", 1), ("persons", 3)),
      (("notice_events", 1), ("notice_events", 2)),
    ])
  func movedValueIsRefused(
    from: (String, Int), to: (String, Int)
  ) throws {
    try withRegistryPath { path in
      let key = RegistryKey.generate()
      _ = try HashChainTests.populate(path, key: key)
      #expect(try Registry.checkHealth(at: path, key: key).isHealthy)
      try Self.copy(path, from: from, to: to)
      let place = "\(to.0).identity, row \(to.1)"

      let health = try Registry.checkHealth(at: path, key: key)
      let failure = try #require(
        MaintenanceTests.failure(health, "sealed values"),
        "\(health.checks)")
      #expect(failure.problems.count == 1, "\(failure.problems)")
      #expect(
        failure.problems.first?.contains("\(place) does not open at its place")
          == true, "\(failure.problems)")
      // Without the key, the value cannot be told from its neighbours:
      // doctor says what it could not check rather than pass it.
      let keyless = try Registry.checkHealth(at: path)
      let check = try #require(
        keyless.checks.first { $0.name == "sealed values" })
      #expect(check.outcome == .informational, "\(check)")
      #expect(check.summary.contains("give the key"))

      // Reading it with the key is refused with the place named.
      let registry = try Registry.open(at: path, key: key)
      let row = Int64(to.1)
      #expect {
        try registry.read { db in
          let stored = try #require(
            try Data.fetchOne(
              db, sql: "SELECT identity FROM \(to.0) WHERE id = ?",
              arguments: [row]))
          _ = try registry.vault.openBytes(
            stored, at: .identity(of: to.0, row))
        }
      } throws: { error in
        (error as? StoreError)?.code == .corruptValue
          && (error as? StoreError)?.message.contains(place) == true
      }
    }
  }

  @Test("a person's name copied onto another person does not show as theirs")
  func copiedNameDoesNotShow() throws {
    try withRegistryPath { path in
      let key = RegistryKey.generate()
      _ = try HashChainTests.populate(path, key: key)
      try Self.copy(path, from: ("persons", 1), to: ("persons", 2))
      let registry = try Registry.open(at: path, key: key)
      #expect(
        try registry.read { db in
          try registry.person(PersonID(1), in: db)?.identity.name
        } == "Aurélien QUERVAL")
      #expect(throws: StoreError.self) {
        _ = try registry.read { db in
          try registry.person(PersonID(2), in: db)
        }
      }
    }
  }

  @Test(
    "a value sealed without its place is refused once the registry is bound, and doctor names it without the key"
  )
  func unboundValueIsRefused() throws {
    try withRegistryPath { path in
      let key = RegistryKey.generate()
      _ = try HashChainTests.populate(path, key: key)
      // Sealed the way schema version 8 did: no associated data.
      let box = try AES.GCM.seal(
        Data(#"{"name":"Nom Forgé FICTIF"}"#.utf8), using: key.sealingKey)
      var unbound = Data([IdentityVault.unboundFormat])
      unbound.append(try #require(box.combined))
      let queue = try DatabaseQueue(path: path)
      try queue.write { db in
        try db.execute(
          sql: "UPDATE persons SET identity = ? WHERE id = 2",
          arguments: [unbound])
      }
      try queue.close()

      let failure = try #require(
        MaintenanceTests.failure(
          try Registry.checkHealth(at: path), "sealed values"))
      #expect(
        failure.problems == [
          "sealed values: persons.identity, row 2 holds a value sealed without its place: it was copied in outside Égide; \(Registry.restoreAdvice)"
        ])
      let registry = try Registry.open(at: path, key: key)
      #expect {
        _ = try registry.read { db in
          try registry.person(PersonID(2), in: db)
        }
      } throws: { error in
        (error as? StoreError)?.message.contains("not bound to its place")
          == true
      }
    }
  }

  /// Rewrites every bound value of the registry at `path` the way schema
  /// version 8 sealed it (no place), and marks it pending as migration 9
  /// leaves an older registry.
  static func unbind(_ path: String, key: RegistryKey) throws {
    let vault = IdentityVault(writing: .sealed(key), reading: .opened(key))
    let sealingKey = key.sealingKey
    try MaintenanceTests.tamper(
      path,
      "INSERT INTO registry_info (key, value) VALUES ('sealing', 'pending')",
      dropping: [])
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in
      try SealedPlace.forEachValue(in: db) { place, value in
        let bytes = try vault.openBytes(value, at: place)
        let box = try AES.GCM.seal(bytes, using: sealingKey)
        var unbound = Data([IdentityVault.unboundFormat])
        unbound.append(try #require(box.combined))
        return unbound
      }
      // Schema version 8 kept measure authorities in clear.
      try db.execute(
        sql:
          "UPDATE measures SET authority = 'Procureur fictif', identity = NULL")
    }
    try queue.close()
  }

  @Test(
    "an older registry's values are bound to their place and its authorities sealed when first opened with the key"
  )
  func olderRegistryIsBound() throws {
    try withRegistryPath { path in
      let key = RegistryKey.generate()
      let references = try HashChainTests.populate(path, key: key)
      try Self.unbind(path, key: key)
      #expect(try Self.formats(path)["persons.identity"] == [1])
      let heads = try HashChainTests.verify(path).chains.map(\.head)

      // Opened without the key: still pending, nothing rewritten.
      _ = try Registry.open(at: path)
      #expect(try Self.formats(path)["persons.identity"] == [1])

      let registry = try Registry.open(at: path, key: key)
      let formats = try Self.formats(path)
      #expect(
        formats.values.allSatisfy {
          $0.isEmpty || $0 == [IdentityVault.sealedFormat]
        }, "\(formats)")
      let (pending, authority, generations) = try registry.read { db in
        (
          try SealBinding.isPending(db),
          try String.fetchOne(db, sql: "SELECT authority FROM measures"),
          try String.fetchAll(db, sql: "SELECT reason FROM seal_generations")
        )
      }
      #expect(!pending)
      #expect(authority == "")
      #expect(generations == ["upgrade"])
      // The authority reads back from its sealed event, the names too.
      let state = try registry.caseState(references[0])
      #expect(state.measures.first?.authority == "X")
      #expect(
        try registry.read { db in
          try registry.person(PersonID(1), in: db)?.identity.name
        } == "Aurélien QUERVAL")
      // The histories' heads did not move; everything verifies.
      let verification = try registry.verifyChains()
      #expect(verification.isIntact, "\(verification)")
      #expect(
        Array(verification.chains.map(\.head).prefix(3))
          == Array(heads.prefix(3)))
      #expect(try Registry.checkHealth(at: path, key: key).isHealthy)
    }
  }

  @Test("a key rotation keeps every value bound to its place")
  func rotationKeepsTheBinding() throws {
    try withRegistryPath { path in
      let key = RegistryKey.generate()
      _ = try HashChainTests.populate(path, key: key)
      let newKey = RegistryKey.generate()
      try Registry.open(at: path, key: key).rotate(to: newKey)
      #expect(try Registry.checkHealth(at: path, key: newKey).isHealthy)
      try Self.copy(path, from: ("persons", 1), to: ("persons", 2))
      let failure = try #require(
        MaintenanceTests.failure(
          try Registry.checkHealth(at: path, key: newKey), "sealed values"))
      #expect(
        failure.problems.first?.contains("persons.identity, row 2") == true)
    }
  }
}
