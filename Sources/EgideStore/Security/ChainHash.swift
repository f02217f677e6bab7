import Crypto
import Foundation
import GRDB

/// The hash chain that makes an edit of the history made outside Égide
/// detectable.
///
/// Each row of a chained table (the case history `events`, the notice
/// history `notice_events`, the `access_log`, the `seal_generations`)
/// carries in `chain_hash` the SHA-256 of the hash of the row before it and
/// of its own clear columns. The first row of a table chains from a start
/// value made of the registry's random identifier and the table's name. A
/// changed, deleted, inserted or reordered row breaks every link from it
/// on.
///
/// Sealed content is covered too, without the key: a row of `events` or
/// `notice_events` written since schema version 9 chains its
/// `sealed_digest`, the SHA-256 of its sealed `identity` as written.
/// Égide itself reseals (key rotation) without rewriting the chain: it
/// records each reseal in `seal_generations` (see ``SealGeneration``), and
/// verification checks each value against the digest of its last sealing.
/// A value purged under the retention policy is accepted as purged.
///
/// The hash is not keyed: someone who edits the file and recomputes every
/// later hash is caught only by comparing the head (the hash the next row
/// chains from) with one noted earlier.
enum ChainHash {
  /// The tables that are chained, in the order they are verified.
  static let tables = [
    "events", "notice_events", "access_log", "seal_generations",
  ]

  /// The chained tables whose rows hold a sealed `identity`.
  static let sealedTables = ["events", "notice_events"]

  /// The tables that are chained, with the clear columns each hash covers,
  /// in order.
  static let columns: [String: [String]] = [
    "events": [
      "id", "case_id", "sequence", "change", "actor", "recorded_at", "facts",
    ],
    "notice_events": [
      "id", "notice_id", "sequence", "change", "actor", "recorded_at", "facts",
    ],
    "access_log": [
      "id", "recorded_at", "actor", "action", "case_id", "purpose", "details",
    ],
    "seal_generations": [
      "id", "recorded_at", "actor", "reason", "key_check", "events_through",
      "events_root", "notice_events_through", "notice_events_root",
    ],
  ]

  /// The value of `sealed_digest` for a stored identity.
  static func digest(of stored: Data) -> String {
    hex(SHA256.hash(data: stored))
  }

  /// The columns `table` covers; traps for a table that is not chained.
  static func covered(by table: String) -> [String] {
    guard let names = columns[table] else {
      preconditionFailure("\(table) is not a chained table")
    }
    return names
  }

  /// The value the first row of `table` chains from.
  static func start(table: String, registryID: String) -> String {
    hex(
      SHA256.hash(
        data: Data("egide-chain-v1\u{0}\(registryID)\u{0}\(table)".utf8)))
  }

  /// The hash of a row given the hash before it, its column values and,
  /// for a row that has one, the digest of its sealed content.
  ///
  /// The values come in the order of ``columns``. Each is written with its
  /// type and length, so that no two rows encode alike. A row without a
  /// sealed digest (written before schema version 9, or without sealed
  /// content) hashes as it did before.
  static func hash(
    previous: String, values: [DatabaseValue], sealedDigest: String? = nil
  ) -> String {
    var data = Data(previous.utf8)
    if let sealedDigest {
      data.append(5)
      append(sealedDigest, to: &data)
    }
    for value in values {
      switch value.storage {
      case .null:
        data.append(0)
      case .int64(let number):
        data.append(1)
        append(String(number), to: &data)
      case .double(let number):
        data.append(2)
        append(String(number), to: &data)
      case .string(let text):
        data.append(3)
        append(text, to: &data)
      case .blob(let bytes):
        data.append(4)
        append(bytes, to: &data)
      }
    }
    return hex(SHA256.hash(data: data))
  }

  private static func append(_ text: String, to data: inout Data) {
    append(Data(text.utf8), to: &data)
  }

  private static func append(_ bytes: Data, to data: inout Data) {
    var count = UInt64(bytes.count).bigEndian
    withUnsafeBytes(of: &count) { data.append(contentsOf: $0) }
    data.append(bytes)
  }

  /// The registry's random identifier (made by the migration that added
  /// the chain).
  static func registryID(_ db: Database) throws -> String {
    guard
      let id = try String.fetchOneCached(
        db, sql: "SELECT value FROM registry_info WHERE key = 'registry_id'")
    else {
      throw StoreError(
        .corruptValue,
        "the registry has no identifier (registry_info.registry_id); it was altered outside Égide: restore it from a backup"
      )
    }
    return id
  }

  /// The identifier the next row of `table` takes and the hash it chains
  /// from: one lookup of the last row.
  ///
  /// A last row without a hash (written outside Égide, since rows from
  /// before the chain are completed when the registry is opened) is a
  /// broken link that verification reports; the row after it chains from
  /// the start value, as verification expects.
  static func next(in table: String, _ db: Database) throws -> (
    id: Int64, previous: String
  ) {
    let last = try Row.fetchOneCached(
      db, sql: "SELECT id, chain_hash FROM \(table) ORDER BY id DESC LIMIT 1")
    let id: Int64 = last?["id"] ?? 0
    if let previous: String = last?["chain_hash"] {
      return (id + 1, previous)
    }
    return (id + 1, start(table: table, registryID: try registryID(db)))
  }

  /// Inserts a row into a chained table with its identifier and hash.
  ///
  /// Call inside the transaction that writes the change: the hash of the
  /// row before it is read once, by its index.
  ///
  /// - Parameters:
  ///   - table: a chained table.
  ///   - values: every covered column but `id`, and any other column to
  ///     set.
  ///   - identity: for a table with sealed content, what seals it given
  ///     the row's identifier (its place); the row then chains the
  ///     digest of the sealed value.
  ///   - db: the connection, inside a write transaction.
  /// - Returns: the identifier of the new row.
  /// - Throws: the database's error, or ``StoreError`` `.corruptValue`
  ///   for a registry without its identifier.
  @discardableResult
  static func append(
    to table: String, _ values: [String: (any DatabaseValueConvertible)?],
    identity: ((Int64) throws(StoreError) -> Data)? = nil,
    in db: Database
  ) throws -> Int64 {
    var row = values.mapValues { $0?.databaseValue ?? .null }
    let columns = Set(try db.columns(in: table).map(\.name))
    // A registry opened with older migrations only (as upgrade tests do)
    // has no chain yet; the migration that adds it marks such a registry
    // for chaining (see ChainBackfill).
    if columns.contains("chain_hash") {
      let (id, previous) = try next(in: table, db)
      row["id"] = id.databaseValue
      var digest: String?
      if let identity {
        let sealed = try identity(id)
        row["identity"] = sealed.databaseValue
        if columns.contains("sealed_digest") {
          digest = Self.digest(of: sealed)
          row["sealed_digest"] = digest?.databaseValue
        }
      }
      let chained = covered(by: table).map { name in
        guard let value = row[name] else {
          preconditionFailure("\(name) is missing from a row of \(table)")
        }
        return value
      }
      row["chain_hash"] =
        hash(previous: previous, values: chained, sealedDigest: digest)
        .databaseValue
    } else if let identity {
      let id =
        try Int64.fetchOne(
          db, sql: "SELECT coalesce(max(id), 0) + 1 FROM \(table)") ?? 1
      row["id"] = id.databaseValue
      row["identity"] = try identity(id).databaseValue
    }
    let names = row.keys.sorted()
    try db.executeCached(
      sql: """
        INSERT INTO \(table) (\(names.joined(separator: ", ")))
        VALUES (\(names.map { _ in "?" }.joined(separator: ", ")))
        """,
      arguments: StatementArguments(names.map { row[$0] ?? .null }))
    return db.lastInsertedRowID
  }
}
