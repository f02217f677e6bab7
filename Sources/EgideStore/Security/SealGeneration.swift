import Crypto
import Foundation
import GRDB

/// A reseal of the history's sealed values by Égide itself, recorded so
/// that verification still holds every sealed value of the history to
/// account without the key.
///
/// A row of `events` or `notice_events` chains the digest of its sealed
/// identity as written (`sealed_digest`). Resealing (the upgrade that
/// binds values to their place, sealing a registry kept in clear, a key
/// rotation) changes the stored values without rewriting the chain:
/// each resealed row keeps the digest of its new value in
/// `resealed_digest`, and one row appended to the chained
/// `seal_generations` records, per table, the last row resealed and the
/// *root*: the SHA-256 of every row's `(id, resealed_digest)` up to it.
///
/// Verification then checks, without the key, that each row's stored
/// value has the digest of its last sealing (its `resealed_digest`, else
/// its chained `sealed_digest`), and that the resealed digests of the last
/// generation still give its root: resealing a value and writing its new
/// digest is seen, as is a digest given to a row that was never resealed.
/// Someone who rewrites a generation must rewrite that chain too, which
/// changes its head. A value purged under the retention policy is
/// accepted as purged.
enum SealGeneration {
  /// Why the history was resealed.
  enum Reason: String {
    /// Schema version 9 bound every sealed value to its place.
    case upgrade
    /// A registry kept in clear was sealed under a key.
    case sealing
    /// The key was rotated.
    case rotation
  }

  /// The last generation's last resealed row and root, per table.
  struct Latest: Equatable {
    var through: [String: Int64]
    var root: [String: String]
    var recordedAt: String
  }

  /// Gives every row of the chained tables whose stored identity no longer
  /// has the digest it was chained or last resealed with its new digest,
  /// and records the generation.
  ///
  /// Call in the transaction that resealed the values, after them.
  ///
  /// - Returns: whether a generation was recorded (nothing is recorded for
  ///   a history with no rows).
  @discardableResult
  static func record(
    _ reason: Reason, by actor: String, keyCheck: String?, at date: Date,
    in db: Database
  ) throws -> Bool {
    var through: [String: Int64] = [:]
    var roots: [String: String] = [:]
    for table in ChainHash.sealedTables {
      // A page at a time: memory stays flat whatever the history's size.
      var after: Int64 = 0
      while true {
        let rows = try Row.fetchAll(
          db,
          sql: """
            SELECT id, identity, sealed_digest, resealed_digest FROM \(table)
            WHERE id > ? AND identity IS NOT NULL ORDER BY id LIMIT 500
            """, arguments: [after])
        guard let last = rows.last else { break }
        for row in rows {
          let digest = ChainHash.digest(of: row["identity"])
          let expected: String? =
            row["resealed_digest"] ?? row["sealed_digest"]
          guard digest != expected else { continue }
          try db.execute(
            sql: "UPDATE \(table) SET resealed_digest = ? WHERE id = ?",
            arguments: [digest, row["id"] as Int64])
        }
        after = last["id"]
      }
      let last =
        try Int64.fetchOne(db, sql: "SELECT max(id) FROM \(table)") ?? 0
      through[table] = last
      roots[table] = try root(of: table, through: last, in: db)
    }
    guard through.values.contains(where: { $0 > 0 }) else { return false }
    try ChainHash.append(
      to: "seal_generations",
      [
        "recorded_at": StoredDate.string(from: date), "actor": actor,
        "reason": reason.rawValue, "key_check": keyCheck,
        "events_through": through["events"],
        "events_root": roots["events"],
        "notice_events_through": through["notice_events"],
        "notice_events_root": roots["notice_events"],
      ], in: db)
    return true
  }

  /// The SHA-256 of every row's `(id, resealed_digest)` of `table` up to
  /// `through`, in `id` order, read with a cursor.
  static func root(of table: String, through: Int64, in db: Database) throws
    -> String
  {
    var hasher = SHA256()
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT id, resealed_digest FROM \(table) WHERE id <= ? ORDER BY id
        """, arguments: [through])
    while let row = try rows.next() {
      let id: Int64 = row[0]
      let digest: String? = row[1]
      hasher.update(data: Data("\(id):\(digest ?? "-")\n".utf8))
    }
    return hex(hasher.finalize())
  }

  /// The last generation recorded, if any (and if the registry has them).
  static func latest(in db: Database) throws -> Latest? {
    guard try db.tableExists("seal_generations"),
      let row = try Row.fetchOne(
        db, sql: "SELECT * FROM seal_generations ORDER BY id DESC LIMIT 1")
    else { return nil }
    return Latest(
      through: [
        "events": row["events_through"],
        "notice_events": row["notice_events_through"],
      ],
      root: [
        "events": row["events_root"],
        "notice_events": row["notice_events_root"],
      ], recordedAt: row["recorded_at"])
  }
}
