import EgideCore
import Foundation
import GRDB

/// The verification of the hash chains that make edits of the histories
/// made outside Égide detectable.
extension Registry {
  /// Checks every chained table (`events`, `notice_events`,
  /// `access_log`) row by row in one read transaction: each row must match
  /// its hash and follow the row before it.
  ///
  /// Only reads; memory stays flat whatever the size of the registry.
  ///
  /// - Returns: per table, the rows checked, the head hash and the first
  ///   broken link, if any.
  /// - Throws: ``StoreError`` `.notARegistry` for a registry from before
  ///   the chain, `.io` if the file cannot be read.
  public func verifyChains() throws -> ChainVerification {
    try read { db in try ChainVerifier.verify(db) }
  }

  /// What SQLite's `quick_check` finds wrong with the file's pages and
  /// indexes (at most 10 lines); empty when the file is sound.
  ///
  /// A chain can be intact in a damaged file: the damage may sit in pages
  /// the chains do not cover.
  public func fileDamage() throws -> [String] {
    try read { db in
      do {
        let rows = try String.fetchAll(db, sql: "PRAGMA quick_check(10)")
        // One line per problem: SQLite prefixes the first with a line of
        // its own naming the schema.
        return rows == ["ok"]
          ? []
          : rows.map {
            $0.replacingOccurrences(of: "*** in database main ***", with: "")
              .split(whereSeparator: \.isNewline).joined(separator: " ")
              .trimmingWhitespaceAndNewlines()
          }
      } catch let error as DatabaseError
        where error.resultCode == .SQLITE_CORRUPT
        || error.resultCode == .SQLITE_NOTADB
      {
        return [error.message ?? "database disk image is malformed"]
      }
    }
  }
}
