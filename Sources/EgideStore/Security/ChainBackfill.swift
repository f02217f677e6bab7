import GRDB

/// Chains the rows written before the chain existed: the histories of a
/// registry upgraded to schema version 6, which marks them
/// `('chain', 'pending')` in `registry_info`.
///
/// Done once, when a writable registry is opened, in one IMMEDIATE
/// transaction; from then on a row without a hash is a broken link.
enum ChainBackfill {
  /// How many rows are read at a time.
  static let batch = 500

  /// Whether rows written before the chain existed still wait for their
  /// hash.
  static func isPending(_ db: Database) throws -> Bool {
    try String.fetchOne(
      db, sql: "SELECT value FROM registry_info WHERE key = 'chain'")
      == "pending"
  }

  /// Chains the rows that have no hash yet, if the registry says some
  /// wait.
  ///
  /// Call inside a write transaction. Returns whether it chained them.
  @discardableResult
  static func runIfPending(_ db: Database) throws -> Bool {
    // Another process may have completed it since the caller looked.
    guard try isPending(db) else { return false }
    let registryID = try ChainHash.registryID(db)
    for table in ["events", "notice_events"] {
      try complete(
        table, start: ChainHash.start(table: table, registryID: registryID),
        in: db)
    }
    try db.execute(sql: "DELETE FROM registry_info WHERE key = 'chain'")
    return true
  }

  /// Gives every row of `table` without a hash its hash, in `id` order,
  /// a batch at a time so that memory stays flat.
  private static func complete(
    _ table: String, start: String, in db: Database
  ) throws {
    let names = ChainHash.covered(by: table)
    var previous = start
    var after: Int64 = 0
    while true {
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT chain_hash, \(names.joined(separator: ", ")) FROM \(table)
          WHERE id > ? ORDER BY id LIMIT \(batch)
          """, arguments: [after])
      guard let last = rows.last else { return }
      for row in rows {
        if let stored: String = row[0] {
          previous = stored
          continue
        }
        let values = (1...names.count).map { row[$0] as DatabaseValue }
        previous = ChainHash.hash(previous: previous, values: values)
        try db.execute(
          sql: "UPDATE \(table) SET chain_hash = ? WHERE id = ?",
          arguments: [previous, row[1] as Int64])
      }
      after = last[1]
    }
  }
}
