import EgideCore
import Foundation
import GRDB

/// The users of the registry: added, listed, disabled; never deleted or
/// edited.
extension Registry {
  /// Every user, in the order they were added.
  public func users() throws -> [User] {
    try read { db in try Self.users(in: db) }
  }

  /// The user with this name, enabled or not.
  public func user(named name: String) throws -> User? {
    try users().first { $0.name == name }
  }

  /// Adds a user.
  ///
  /// - Throws: ``DomainError`` `.forbiddenTransition` when the name is
  ///   already taken, even by a disabled user.
  @discardableResult
  public func addUser(_ user: User) throws -> User {
    try write { db in
      try AccessPolicy.adding(user, among: try Self.users(in: db))
      try Self.insert(user, in: db)
      return user
    }
  }

  /// Records `actor` as the first admin if the registry has no user yet,
  /// and says whether it did: the first write to a registry made before
  /// users existed.
  public func claimFirstAdmin(_ actor: String, at date: Date) throws -> Bool {
    try write { db in
      guard try Int.fetchOne(db, sql: "SELECT count(*) FROM users") == 0
      else { return false }
      try Self.insert(AccessPolicy.firstAdmin(actor, at: date), in: db)
      return true
    }
  }

  /// Disables a user, who may then no longer act.
  ///
  /// - Throws: ``DomainError`` `.notFound` for an unknown name,
  ///   `.forbiddenTransition` for a user already disabled or the last
  ///   enabled admin.
  @discardableResult
  public func disableUser(_ name: String, by actor: String, at date: Date)
    throws -> User
  {
    try write { db in
      var user = try AccessPolicy.disabling(name, among: try Self.users(in: db))
      try db.execute(
        sql: """
          UPDATE users SET disabled_at = ?, disabled_by = ?
          WHERE name = ? AND disabled_at IS NULL
          """,
        arguments: [StoredDate.string(from: date), actor, name])
      user.disabledAt = date
      user.disabledBy = actor
      return user
    }
  }

  /// The users of the registry file at `path`, read without writing to
  /// it (no migration, no journal change), for the commands that work on
  /// the file itself (doctor, backup, restore).
  ///
  /// Empty for a registry made before users existed.
  ///
  /// The connection is read-write when the file is writable, so that
  /// closing it removes the `-wal` and `-shm` files SQLite opens beside
  /// the registry; nothing is written.
  ///
  /// - Throws: ``StoreError`` when the file cannot be read as a registry.
  public static func users(inFileAt path: String) throws -> [User] {
    do {
      let queue = try inspectionQueue(path, readOnly: false)
      defer { try? queue.close() }
      return try queue.read { db in
        try db.tableExists("users") ? try users(in: db) : []
      }
    } catch {
      throw storeError(error, path: path)
    }
  }

  static func users(in db: Database) throws -> [User] {
    try Row.fetchAll(db, sql: "SELECT * FROM users ORDER BY id").map { row in
      guard let role = UserRole(rawValue: row["role"]) else {
        throw StoreError(
          .corruptValue, "user '\(row["name"] ?? "")' has an unknown role")
      }
      var scope: UserScope?
      if let kind = row["scope_kind"] as String?,
        let code = row["scope"] as String?
      {
        guard let stored = UserScope(kind: kind, code: code) else {
          throw StoreError(
            .corruptValue, "user '\(row["name"] ?? "")' has an unknown scope")
        }
        scope = stored
      }
      return User(
        stored: row["name"], role: role, scope: scope,
        createdAt: try StoredDate.date(from: row["created_at"]),
        createdBy: row["created_by"],
        disabledAt: try (row["disabled_at"] as String?).map {
          text throws(StoreError) in try StoredDate.date(from: text)
        }, disabledBy: row["disabled_by"])
    }
  }

  private static func insert(_ user: User, in db: Database) throws {
    try db.execute(
      sql: """
        INSERT INTO users (name, role, scope_kind, scope, created_at,
          created_by)
        VALUES (?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        user.name, user.role.rawValue, user.scope?.kind, user.scope?.code,
        StoredDate.string(from: user.createdAt), user.createdBy,
      ])
  }
}
