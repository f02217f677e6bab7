import EgideCore
import Foundation
import GRDB

/// Sealing a registry's identities under a key, and resealing them under
/// a new one.
///
/// Both walk every identifying value (the `identity` and `content` columns
/// of every table that has them, ``SealedPlace/columns``), open it with the
/// old vault and seal it with the new one at its place, recompute the
/// blind indexes, record the reseal of the history as a
/// ``SealGeneration`` and the new key's check — all in one IMMEDIATE
/// transaction: interrupted, the registry is
/// left as it was, readable with the old key. Deleted content is
/// overwritten (SQLite's secure_delete), and ``scrub()`` then vacuums the
/// file and truncates its write-ahead log, so that no earlier form of a
/// value survives in free pages.
extension Registry {
  /// Seals the identities of a registry stored in clear under `key`.
  ///
  /// - Throws: ``StoreError`` `.alreadyExists` if the registry is already
  ///   sealed, or what the write throws (then nothing changed).
  /// - Returns: how many values were sealed.
  @discardableResult
  public static func seal(at path: String, with key: RegistryKey) throws
    -> Int
  {
    let registry = try open(at: path)
    guard !registry.isSealed else {
      throw StoreError(
        .alreadyExists,
        "\(path) is already sealed under a key; to change the key use 'egide key rotate'"
      )
    }
    return try registry.reseal(
      to: IdentityVault(writing: .sealed(key), reading: .opened(key)),
      check: key.check, reason: .sealing)
  }

  /// Reseals every identity of this registry (opened with its key) under
  /// `newKey`.
  ///
  /// - Throws: ``StoreError`` `.keyRequired` if the registry was opened
  ///   without its key, or what the write throws (then nothing changed and
  ///   the old key stays valid).
  @discardableResult
  public func rotate(to newKey: RegistryKey) throws -> Int {
    guard case .sealed = vault.writing else {
      if case .clear = vault.writing {
        throw StoreError(
          .keyRequired,
          "\(path) is not sealed yet: seal it first with 'egide key seal'")
      }
      throw IdentityVault.keyRequired("rotating the key")
    }
    return try reseal(
      to: IdentityVault(writing: .sealed(newKey), reading: .opened(newKey)),
      check: newKey.check, reason: .rotation)
  }

  private func reseal(
    to newVault: IdentityVault, check: String, reason: SealGeneration.Reason
  ) throws -> Int {
    let old = IdentityVault(writing: vault.writing, reading: .opened(vault.key))
    let count = try write { db in
      // The blind indexes first, while the values still open with the old
      // vault.
      try reindexNames(in: db, reading: old, writing: newVault)
      try reindexEntityKeys(in: db, reading: old, writing: newVault)
      var count = 0
      // A purged value has nothing left to seal.
      try SealedPlace.forEachValue(
        in: db, where: "substr({column}, 1, 1) <> x'02'"
      ) { place, value in
        count += 1
        return try newVault.seal(
          try old.openBytes(value, at: place), at: place)
      }
      try db.execute(
        sql: """
          INSERT INTO registry_info (key, value) VALUES ('key_check', ?)
          ON CONFLICT (key) DO UPDATE SET value = excluded.value
          """, arguments: [check])
      if try db.tableExists("seal_generations") {
        try SealGeneration.record(
          reason, by: "egide", keyCheck: check, at: Date(), in: db)
      }
      return count
    }
    return count
  }

  /// Recomputes the blind index of every person's name.
  func reindexNames(
    in db: Database, reading: IdentityVault, writing: IdentityVault
  ) throws {
    let rows = try Row.fetchAll(db, sql: "SELECT id, identity FROM persons")
    for row in rows {
      let stored: Data = row["identity"]
      var index: String?
      if stored.first != IdentityVault.purgedFormat {
        let identity = try reading.openRevealed(
          PersonIdentity.self, from: stored,
          at: .identity(of: "persons", row["id"]))
        index = try writing.blindIndex(of: Self.nameIndexText(identity.name))
      }
      try db.execute(
        sql: "UPDATE persons SET name_index = ? WHERE id = ?",
        arguments: [index, row["id"] as Int64])
    }
  }

  /// Recomputes the lookup key of every entity.
  private func reindexEntityKeys(
    in db: Database, reading: IdentityVault, writing: IdentityVault
  ) throws {
    guard try db.tableExists("entities") else { return }
    let rows = try Row.fetchAll(
      db, sql: "SELECT id, kind, identity FROM entities")
    for row in rows {
      let stored: Data = row["identity"]
      guard stored.first != IdentityVault.purgedFormat,
        let kind = LinkedEntity.Kind(rawValue: row["kind"])
      else { continue }
      let identity = try reading.openRevealed(
        EntityIdentity.self, from: stored,
        at: .identity(of: "entities", row["id"]))
      let entity = LinkedEntity(kind: kind, value: identity.value)
      try db.execute(
        sql: "UPDATE entities SET key_hash = ? WHERE id = ?",
        arguments: [
          try writing.blindIndex(of: entity.lookupText), row["id"] as Int64,
        ])
    }
  }

  /// The text whose blind index finds a person: the name folded (case,
  /// accents, hyphens and spacing).
  static func nameIndexText(_ name: String) -> String {
    "person:" + NameFolding.fold(name)
  }

  /// Leaves no earlier form of a value in the file.
  ///
  /// Rebuilds it without free pages and empties the write-ahead log. Call
  /// after ``seal(at:with:)``
  /// and ``rotate(to:)``, once the new key is in place.
  public func scrub() throws {
    do {
      try writer.writeWithoutTransaction { db in
        try db.execute(sql: "VACUUM")
        _ = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
      }
    } catch {
      throw Self.storeError(error, path: path)
    }
  }
}
