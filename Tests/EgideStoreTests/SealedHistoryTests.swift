import EgideCore
import Foundation
import GRDB
import Testing

@testable import EgideStore

/// The hash chain covers the history's sealed content: a key holder who
/// reseals, swaps, truncates or re-chains a sealed value of `events` or
/// `notice_events` is seen by `verify` without the key, while Égide's own
/// reseals (key rotation) and purges keep it intact.
@Suite("Sealed history covered by the chain")
struct SealedHistoryTests {
  /// The triggers someone editing the file drops first.
  static let guards = [
    "events_are_append_only_update", "events_are_append_only_delete",
    "events_chain_is_set_once", "notice_events_are_append_only_update",
    "notice_events_are_append_only_delete", "notice_events_chain_is_set_once",
    "seal_generations_are_append_only_update",
    "seal_generations_are_append_only_delete",
  ]

  static func tamper(
    _ path: String, _ body: (Database) throws -> Void
  ) throws {
    var configuration = Configuration()
    configuration.foreignKeysEnabled = false
    let queue = try DatabaseQueue(path: path, configuration: configuration)
    try queue.writeWithoutTransaction { db in
      for name in guards {
        try db.execute(sql: "DROP TRIGGER IF EXISTS \(name)")
      }
      try body(db)
    }
    try queue.close()
  }

  /// A value sealed by someone holding `key`, at the row's own place: it
  /// opens, so only the chain can tell it from the original.
  static func forged(_ text: String, table: String, id: Int64, key: RegistryKey)
    throws -> Data
  {
    let vault = IdentityVault(writing: .sealed(key), reading: .opened(key))
    if table == "events" {
      return try vault.seal(
        json: EventIdentity(summary: text), at: .identity(of: table, id))
    }
    return try vault.seal(
      json: NoticeEventIdentity(
        urls: [text], url: nil, notifierName: text, notifierEmail: nil,
        reasons: text, statement: nil),
      at: .identity(of: table, id))
  }

  /// The first break of the registry's chains, verified without the key.
  static func firstBreak(_ path: String) throws -> ChainBreak? {
    try HashChainTests.verify(path).firstBreak
  }

  @Test(
    "a history value resealed by a key holder breaks verify without the key",
    arguments: ["events", "notice_events"])
  func resealedValue(table: String) throws {
    try withRegistryPath { path in
      let key = RegistryKey.generate()
      _ = try HashChainTests.populate(path, key: key)
      let forged = try Self.forged(
        "FORGED: texte inventé", table: table, id: 1, key: key)
      try Self.tamper(path) { db in
        try db.execute(
          sql: "UPDATE \(table) SET identity = ? WHERE id = 1",
          arguments: [forged])
      }
      // The forgery opens with the key: only the chain can see it.
      let link = try #require(try Self.firstBreak(path))
      #expect(link.table == table)
      #expect(link.rowID == 1)
      #expect(link.reason == .sealedChanged)
      #expect(link.message.contains("sealed content does not match"))
    }
  }

  @Test(
    "swapping two history values breaks verify",
    arguments: ["events", "notice_events"])
  func swappedValues(table: String) throws {
    try withRegistryPath { path in
      _ = try HashChainTests.populate(path, key: .generate())
      try Self.tamper(path) { db in
        try db.execute(
          sql: """
            UPDATE \(table) SET identity = CASE id
              WHEN 1 THEN (SELECT identity FROM \(table) WHERE id = 2)
              ELSE (SELECT identity FROM \(table) WHERE id = 1) END
            WHERE id IN (1, 2)
            """)
      }
      let link = try #require(try Self.firstBreak(path))
      #expect(link.table == table)
      #expect(link.reason == .sealedChanged)
    }
  }

  @Test(
    "a truncated or removed history value breaks verify",
    arguments: [
      ("events", "substr(identity, 1, 20)"), ("events", "NULL"),
      ("notice_events", "substr(identity, 1, 20)"), ("notice_events", "NULL"),
    ])
  func truncatedValue(table: String, value: String) throws {
    try withRegistryPath { path in
      _ = try HashChainTests.populate(path, key: .generate())
      try Self.tamper(path) { db in
        try db.execute(
          sql: "UPDATE \(table) SET identity = \(value) WHERE id = 1")
      }
      let link = try #require(try Self.firstBreak(path))
      #expect(link.table == table)
      #expect(link.rowID == 1)
      #expect(link.reason == .sealedChanged)
    }
  }

  @Test(
    "a history value re-chained on its own row breaks the next link, and re-chained to the end moves the head",
    arguments: ["events", "notice_events"])
  func rechainedValue(table: String) throws {
    try withRegistryPath { path in
      let key = RegistryKey.generate()
      _ = try HashChainTests.populate(path, key: key)
      let noted = try HashChainTests.chain(HashChainTests.verify(path), table)
        .head
      let forged = try Self.forged(
        "FORGED: texte inventé", table: table, id: 1, key: key)
      // Row 1 with its digest and hash recomputed, as a careful forger
      // would.
      try Self.tamper(path) { db in
        try Self.rechain(table, from: 1, through: 1, forged: forged, in: db)
      }
      let link = try #require(try Self.firstBreak(path))
      #expect(link.table == table)
      #expect(link.rowID == 2)
      // Every later hash recomputed too: the chain holds, and only the
      // head noted earlier tells.
      try Self.tamper(path) { db in
        try Self.rechain(
          table, from: 1, through: Int64.max, forged: forged, in: db)
      }
      let verification = try HashChainTests.verify(path)
      #expect(verification.isIntact)
      #expect(try HashChainTests.chain(verification, table).head != noted)
    }
  }

  /// Writes `forged` into row 1 with its digest, and recomputes the hashes
  /// of rows `from` through `through` as ChainHash does.
  static func rechain(
    _ table: String, from: Int64, through: Int64, forged: Data,
    in db: Database
  ) throws {
    try db.execute(
      sql: "UPDATE \(table) SET identity = ?, sealed_digest = ? WHERE id = 1",
      arguments: [forged, ChainHash.digest(of: forged)])
    let names = ChainHash.covered(by: table)
    var previous =
      try String.fetchOne(
        db, sql: "SELECT chain_hash FROM \(table) WHERE id = ?",
        arguments: [from - 1])
      ?? ChainHash.start(table: table, registryID: try ChainHash.registryID(db))
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT \(names.joined(separator: ", ")), sealed_digest FROM \(table)
        WHERE id BETWEEN ? AND ? ORDER BY id
        """, arguments: [from, through])
    for row in rows {
      let values = (0..<names.count).map { row[$0] as DatabaseValue }
      previous = ChainHash.hash(
        previous: previous, values: values,
        sealedDigest: row["sealed_digest"])
      try db.execute(
        sql: "UPDATE \(table) SET chain_hash = ? WHERE id = ?",
        arguments: [previous, row["id"] as Int64])
    }
  }

  @Test(
    "a key rotation reseals the history, keeps its heads and records the generation"
  )
  func rotationKeepsVerify() throws {
    try withRegistryPath { path in
      let key = RegistryKey.generate()
      _ = try HashChainTests.populate(path, key: key)
      let before = try HashChainTests.verify(path)
      let newKey = RegistryKey.generate()
      try Registry.open(at: path, key: key).rotate(to: newKey)
      let after = try HashChainTests.verify(path)
      #expect(after.isIntact, "\(after)")
      #expect(
        Array(after.chains.map(\.head).prefix(3))
          == Array(before.chains.map(\.head).prefix(3)))
      #expect(try HashChainTests.chain(after, "seal_generations").rows == 1)
      let registry = try Registry.open(at: path, key: newKey)
      let (reason, check) = try registry.read { db in
        let row = try #require(
          try Row.fetchOne(
            db, sql: "SELECT reason, key_check FROM seal_generations"))
        return (row["reason"] as String, row["key_check"] as String)
      }
      #expect(reason == "rotation")
      #expect(check == newKey.check)

      // After the rotation, a value resealed under the new key is seen.
      let forged = try Self.forged(
        "FORGED", table: "events", id: 2, key: newKey)
      try Self.tamper(path) { db in
        try db.execute(
          sql: "UPDATE events SET identity = ? WHERE id = 2",
          arguments: [forged])
      }
      #expect(try Self.firstBreak(path)?.reason == .sealedChanged)
    }
  }

  @Test(
    "a value rewritten with its resealed digest is seen against the last generation's root"
  )
  func rewrittenDigestBreaksTheRoot() throws {
    try withRegistryPath { path in
      let key = RegistryKey.generate()
      _ = try HashChainTests.populate(path, key: key)
      try Registry.open(at: path, key: key).rotate(to: key)
      let forged = try Self.forged("FORGED", table: "events", id: 2, key: key)
      try Self.tamper(path) { db in
        try db.execute(
          sql:
            "UPDATE events SET identity = ?, resealed_digest = ? WHERE id = 2",
          arguments: [forged, ChainHash.digest(of: forged)])
      }
      let link = try #require(try Self.firstBreak(path))
      #expect(link.table == "events")
      #expect(link.reason == .resealedOutside)
    }
  }

  @Test("a resealed digest given to a row no generation resealed is seen")
  func digestOnNewRowIsSeen() throws {
    try withRegistryPath { path in
      let key = RegistryKey.generate()
      _ = try HashChainTests.populate(path, key: key)
      let forged = try Self.forged("FORGED", table: "events", id: 3, key: key)
      try Self.tamper(path) { db in
        try db.execute(
          sql:
            "UPDATE events SET identity = ?, resealed_digest = ? WHERE id = 3",
          arguments: [forged, ChainHash.digest(of: forged)])
      }
      let link = try #require(try Self.firstBreak(path))
      #expect(link.rowID == 3)
      #expect(link.reason == .sealedChanged)
    }
  }

  @Test(
    "a history value purged the way the retention policy does keeps verify intact"
  )
  func purgedValueKeepsVerify() throws {
    try withRegistryPath { path in
      _ = try HashChainTests.populate(path, key: .generate())
      let queue = try DatabaseQueue(path: path)
      try queue.write { db in
        try db.execute(
          sql: "UPDATE events SET identity = ? WHERE case_id = 1",
          arguments: [IdentityVault.purgedValue])
      }
      try queue.close()
      #expect(try HashChainTests.verify(path).isIntact)
    }
  }
}
