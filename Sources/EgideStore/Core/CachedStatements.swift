import GRDB

// Statements prepared once per connection and reused: the write path runs
// the same dozen statements for every case, and preparing them again each
// time is most of the cost of a bulk import.

extension Database {
  /// Executes `sql` through the connection's statement cache.
  func executeCached(
    sql: String, arguments: StatementArguments = StatementArguments()
  ) throws {
    try cachedStatement(sql: sql).execute(arguments: arguments)
  }
}

extension DatabaseValueConvertible where Self: StatementColumnConvertible {
  /// The first value `sql` selects, through the statement cache.
  static func fetchOneCached(
    _ db: Database, sql: String,
    arguments: StatementArguments = StatementArguments()
  ) throws -> Self? {
    try fetchOne(db.cachedStatement(sql: sql), arguments: arguments)
  }
}

extension Row {
  /// The first row `sql` selects, through the statement cache.
  static func fetchOneCached(
    _ db: Database, sql: String,
    arguments: StatementArguments = StatementArguments()
  ) throws -> Row? {
    try fetchOne(db.cachedStatement(sql: sql), arguments: arguments)
  }
}
