import Foundation
import GRDB

/// Where a sealed value sits in the registry: its table, its column and
/// the identifier of its row.
///
/// A value is sealed with its place as AES-GCM associated data, so that a
/// value copied to another row, column or table no longer opens: a
/// relative's record cannot be made to show a magistrate's name, nor one
/// case another case's summary, even by someone with write access to the
/// file and without the key.
struct SealedPlace: Sendable, Hashable, CustomStringConvertible {
  /// The table.
  var table: String
  /// The column.
  var column: String
  /// The row's identifier: its `id`, or its key parts joined by `:`.
  var row: String

  /// The associated data the value is sealed with.
  var associatedData: Data {
    Data("egide-place-v1\u{0}\(table)\u{0}\(column)\u{0}\(row)".utf8)
  }

  /// `events.identity, row 42`.
  var description: String { "\(table).\(column), row \(row)" }

  /// The `identity` of row `id` of `table`.
  static func identity(of table: String, _ id: Int64) -> SealedPlace {
    SealedPlace(table: table, column: "identity", row: String(id))
  }

  /// The content of an evidence file.
  static func evidenceContent(_ id: Int64) -> SealedPlace {
    SealedPlace(table: "evidence", column: "content", row: String(id))
  }

  /// The identity of a row whose key has two parts (a notice's URL, an
  /// occultation request's decision).
  static func identity(of table: String, _ parent: Int64, _ position: Int)
    -> SealedPlace
  {
    SealedPlace(table: table, column: "identity", row: "\(parent):\(position)")
  }

  /// A row's identifier as read from the SQL expression of ``columns``.
  static func rowText(_ value: DatabaseValue) -> String {
    switch value.storage {
    case .int64(let number): String(number)
    case .string(let text): text
    default: value.description
    }
  }

  /// Calls `body` with every stored value of every sealed column the
  /// registry has and its place; a value `body` returns is stored in its
  /// place instead.
  ///
  /// - Parameters:
  ///   - db: the connection (inside a write transaction when `body`
  ///     returns values).
  ///   - condition: the SQL condition that narrows the values read, with
  ///     `{column}` standing for the column's name, such as
  ///     `substr({column}, 1, 1) = x'01'`; all non-null ones by default.
  ///   - body: what to do with each value; returns its replacement, or
  ///     nil to leave it.
  /// - Throws: what the database or `body` throws.
  static func forEachValue(
    in db: Database,
    where condition: String = "1",
    _ body: (_ place: SealedPlace, _ value: Data) throws -> Data?
  ) throws {
    for (table, row, column) in columns {
      guard try db.tableExists(table),
        try db.columns(in: table).contains(where: { $0.name == column })
      else { continue }
      let narrowed = condition.replacingOccurrences(
        of: "{column}", with: column)
      func visit(_ key: DatabaseValue, _ value: Data) throws {
        let place = SealedPlace(
          table: table, column: column, row: rowText(key))
        guard let replacement = try body(place, value) else { return }
        try db.execute(
          sql: "UPDATE \(table) SET \(column) = ? WHERE \(row) = ?",
          arguments: [replacement, key])
      }
      if row == "id" {
        // Identifiers a page at a time, then each value by its key: memory
        // holds one value (an evidence file up to 64 MiB) at a time, and
        // the table may be updated between reads.
        var after: Int64 = 0
        while true {
          let ids = try Int64.fetchAll(
            db,
            sql: """
              SELECT id FROM \(table) WHERE id > ? AND \(column) IS NOT NULL
                AND (\(narrowed))
              ORDER BY id LIMIT 500
              """, arguments: [after])
          guard let last = ids.last else { break }
          for id in ids {
            let value = try Data.fetchOne(
              db, sql: "SELECT \(column) FROM \(table) WHERE id = ?",
              arguments: [id])
            guard let value else { continue }
            try visit(id.databaseValue, value)
          }
          after = last
        }
        continue
      }
      // Rows keyed by two parts: small tables, read at once.
      let found = try Row.fetchAll(
        db,
        sql: """
          SELECT \(row) AS row_key, \(column) AS value FROM \(table)
          WHERE \(column) IS NOT NULL AND (\(narrowed))
          """
      ).map { ($0["row_key"] as DatabaseValue, $0["value"] as Data) }
      for (key, value) in found { try visit(key, value) }
    }
  }

  /// The columns that hold sealed values, each with the SQL expression of
  /// its rows' identifiers as ``row`` spells them.
  static let columns: [(table: String, row: String, column: String)] = [
    ("persons", "id", "identity"),
    ("cases", "id", "identity"),
    ("events", "id", "identity"),
    ("evidence", "id", "identity"),
    ("evidence", "id", "content"),
    ("entities", "id", "identity"),
    ("measures", "id", "identity"),
    ("notice_urls", "notice_id || ':' || position", "identity"),
    ("notice_events", "id", "identity"),
    ("occultation_decisions", "request_id || ':' || position", "identity"),
    ("protection_requests", "id", "identity"),
  ]
}
