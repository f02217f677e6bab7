import Crypto
import Foundation

/// One step of the registry schema, from `Migrations/NNNN_name.sql`,
/// embedded in the binary at build time.
public struct Migration: Sendable, Hashable {
  /// The number that orders migrations, from the file name.
  public let version: Int
  /// The name after the number, such as `initial`.
  public let name: String
  /// The SQL the migration runs.
  public let sql: String

  /// Creates a migration.
  public init(version: Int, name: String, sql: String) {
    self.version = version
    self.name = name
    self.sql = sql
  }

  /// The SHA-256 of the SQL, hex-encoded, recorded when applied so that a
  /// later change to an applied migration is caught.
  public var checksum: String {
    hex(SHA256.hash(data: Data(sql.utf8)))
  }

  /// The migrations this binary ships, in order.
  public static var shipped: [Migration] {
    embeddedMigrations.map { Migration(version: $0.0, name: $0.1, sql: $0.2) }
  }
}
