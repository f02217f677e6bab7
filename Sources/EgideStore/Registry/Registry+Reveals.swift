import EgideCore
import Foundation
import GRDB

/// Reveals of several cases at once (an export with identities): one
/// access-log entry per case, all written before anything is printed.
extension Registry {
  /// Records several reveals in one transaction: all of them or none.
  ///
  /// - Throws: ``DomainError`` `.notFound` for an unknown case,
  ///   ``StoreError`` if they cannot be written (then nothing is revealed).
  public func recordAccess(_ entries: [AccessEntry]) throws {
    try write { db in
      for entry in entries { try Self.recordAccess(entry, in: db) }
    }
  }
}
