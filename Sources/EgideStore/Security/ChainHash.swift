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
enum ChainHash {
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

  /// The value the first row of `table` chains from.
  static func start(table: String, registryID: String) -> String {
    hex(
      SHA256.hash(
        data: Data("egide-chain-v1\u{0}\(registryID)\u{0}\(table)".utf8)))
  }

  /// The hash of a row given the hash before it and its column values (in
  /// the order of ``columns``). Each value is written with its type and
  /// length, so that no two rows encode alike.
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
      let id = try String.fetchOne(
        db, sql: "SELECT value FROM registry_info WHERE key = 'registry_id'")
    else {
      throw StoreError(
        .corruptValue,
        "the registry has no identifier (registry_info.registry_id); it was altered outside Égide"
      )
    }
    return id
  }

  /// The hash the next row of `table` chains from: the last row's hash, or
  /// the start value for an empty table.
  static func head(of table: String, in db: Database) throws -> String {
    if let last = try String.fetchOne(
      db, sql: "SELECT chain_hash FROM \(table) ORDER BY id DESC LIMIT 1")
    {
      return last
    }
    return start(table: table, registryID: try registryID(db))
  }

  /// Sets the chain hash of the row of `table` just inserted with `rowID`,
  /// chaining it to the row before it. Call inside the transaction that
  /// inserted the row, right after the insert.
  static func seal(rowOf table: String, id rowID: Int64, in db: Database)
    throws
  {
    guard let names = columns[table] else {
      preconditionFailure("\(table) is not a chained table")
    }
    let previous =
      try String.fetchOne(
        db,
        sql:
          "SELECT chain_hash FROM \(table) WHERE id < ? ORDER BY id DESC LIMIT 1",
        arguments: [rowID])
      ?? start(table: table, registryID: try registryID(db))
    guard
      let row = try Row.fetchOne(
        db,
        sql:
          "SELECT \(names.joined(separator: ", ")) FROM \(table) WHERE id = ?",
        arguments: [rowID])
    else { return }
    let values = names.map { row[$0] as DatabaseValue }
    try db.execute(
      sql: "UPDATE \(table) SET chain_hash = ? WHERE id = ?",
      arguments: [hash(previous: previous, values: values), rowID])
  }
}
