import EgideCore
import Foundation
import GRDB

/// The upgrade to schema version 9: every sealed value sealed again bound
/// to its place, measure authorities sealed, and the history's sealed
/// values recorded in a first ``SealGeneration``.
///
/// Migration 9 marks the registry `('sealing', 'pending')` in
/// `registry_info`, as it cannot reseal without the key. The first writing
/// command that opens it (with its key, for a sealed registry) runs this
/// in one IMMEDIATE transaction: interrupted, the registry is left as it
/// was and still pending. Until then, values sealed without their place
/// still open; after, such a value is one copied in from elsewhere and is
/// refused.
enum SealBinding {
  /// Whether the registry waits for the upgrade.
  static func isPending(_ db: Database) throws -> Bool {
    guard try db.tableExists("registry_info") else { return false }
    return try String.fetchOne(
      db, sql: "SELECT value FROM registry_info WHERE key = 'sealing'")
      == "pending"
  }

  /// Reseals every value sealed without its place, bound to it, seals the
  /// measure authorities kept in clear, and records the generation.
  ///
  /// - Parameters:
  ///   - db: the connection, inside a write transaction.
  ///   - vault: a vault that writes as the registry does and opens values
  ///     sealed without their place.
  ///   - date: when the upgrade runs.
  /// - Returns: whether it ran (another process may have run it first).
  /// - Throws: ``StoreError`` `.corruptValue` for a value that does not
  ///   open, or the database's error (then nothing changed).
  @discardableResult
  static func runIfPending(
    _ db: Database, vault: IdentityVault, at date: Date
  ) throws -> Bool {
    guard try isPending(db) else { return false }
    try SealedPlace.forEachValue(
      in: db, where: "substr({column}, 1, 1) = x'01'"
    ) { place, value in
      try vault.seal(try vault.openBytes(value, at: place), at: place)
    }
    let measures = try Row.fetchAll(
      db, sql: "SELECT id, authority FROM measures WHERE identity IS NULL")
    for measure in measures {
      let id: Int64 = measure["id"]
      try db.execute(
        sql: "UPDATE measures SET identity = ?, authority = '' WHERE id = ?",
        arguments: [
          try vault.seal(
            json: MeasureIdentity(authority: measure["authority"]),
            at: .identity(of: "measures", id)),
          id,
        ])
    }
    try SealGeneration.record(
      .upgrade, by: "egide", keyCheck: try Registry.keyCheck(db), at: date,
      in: db)
    try db.execute(sql: "DELETE FROM registry_info WHERE key = 'sealing'")
    return true
  }
}
