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
}
