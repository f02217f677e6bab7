import Crypto
import Foundation
import GRDB

/// The hash chain that makes an edit of the history made outside Égide
/// detectable.
///
/// Each row of a chained table (the case history `events`, the notice
/// history `notice_events`, the `access_log`) carries in `chain_hash` the
/// SHA-256 of the hash of the row before it and of its own clear columns.
/// The first row of a table chains from a start value made of the
/// registry's random identifier and the table's name. A changed, deleted,
/// inserted or reordered row breaks every link from it on.
///
/// Sealed columns are not covered: AES-GCM authenticates them, and Égide
/// itself reseals them (key rotation) and purges them (retention).
///
/// The hash is not keyed: someone who edits the file and recomputes every
/// later hash is caught only by comparing the head (the hash the next row
/// chains from) with one noted earlier.
enum ChainHash {
  /// The tables that are chained, in the order they are verified.
  static let tables = ["events", "notice_events", "access_log"]

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
  ]

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

  /// The hash of a row given the hash before it and its column values.
  ///
  /// The values come in the order of ``columns``. Each is written with its
  /// type and length, so that no two rows encode alike.
  static func hash(previous: String, values: [DatabaseValue]) -> String {
    var data = Data(previous.utf8)
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
  ///     set (a sealed `identity`).
  ///   - db: the connection, inside a write transaction.
  /// - Returns: the identifier of the new row.
  /// - Throws: the database's error, or ``StoreError`` `.corruptValue`
  ///   for a registry without its identifier.
  @discardableResult
  static func append(
    to table: String, _ values: [String: (any DatabaseValueConvertible)?],
    in db: Database
  ) throws -> Int64 {
    var row = values.mapValues { $0?.databaseValue ?? .null }
    // A registry opened with older migrations only (as upgrade tests do)
    // has no chain yet; the migration that adds it marks such a registry
    // for chaining (see ChainBackfill).
    if try db.columns(in: table).contains(where: { $0.name == "chain_hash" }) {
      let (id, previous) = try next(in: table, db)
      row["id"] = id.databaseValue
      let chained = covered(by: table).map { name in
        guard let value = row[name] else {
          preconditionFailure("\(name) is missing from a row of \(table)")
        }
        return value
      }
      row["chain_hash"] =
        hash(previous: previous, values: chained).databaseValue
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
