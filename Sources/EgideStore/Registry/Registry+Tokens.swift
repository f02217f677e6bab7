import EgideCore
import Foundation
import GRDB

/// The API tokens of the served registry: created for a user (the secret
/// returned once, its digest kept), listed, found by a presented secret,
/// revoked; never deleted.
extension Registry {
  /// Creates a token for an enabled user.
  ///
  /// - Returns: the token's record and its secret, to show once.
  /// - Throws: ``DomainError`` `.notFound` for an unknown user,
  ///   `.forbiddenTransition` for a disabled one.
  public func createToken(
    for userName: String, label: String?, lifetime: TokenLifetime,
    by actor: String, at date: Date
  ) throws -> (APIToken, TokenSecret) {
    let secret = TokenSecret.generate()
    let token = try write { db -> APIToken in
      guard
        let user = try Self.users(in: db).first(where: { $0.name == userName })
      else {
        throw DomainError(
          .notFound, "no user '\(userName)' in this registry", field: "user")
      }
      guard user.isEnabled else {
        throw DomainError(
          .forbiddenTransition,
          "user '\(userName)' is disabled and may no longer act: a token for them would never be accepted",
          field: "user")
      }
      let expiresAt = lifetime.expiry(from: date)
      try db.execute(
        sql: """
          INSERT INTO api_tokens (user_name, label, token_sha256, created_at,
            created_by, expires_at)
          VALUES (?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          userName, label, secret.digest, StoredDate.string(from: date), actor,
          StoredDate.string(from: expiresAt),
        ])
      return APIToken(
        id: TokenID(Int(db.lastInsertedRowID)), user: userName, label: label,
        createdAt: date, createdBy: actor, expiresAt: expiresAt)
    }
    return (token, secret)
  }

  /// The tokens of one user, or of every user, oldest first.
  public func tokens(of userName: String? = nil) throws -> [APIToken] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: userName == nil
          ? "SELECT * FROM api_tokens ORDER BY id"
          : "SELECT * FROM api_tokens WHERE user_name = ? ORDER BY id",
        arguments: userName.map { [$0] } ?? []
      ).map(Self.token)
    }
  }

  /// The token a presented secret stands for, or nil when none does.
  public func token(presenting secret: TokenSecret) throws -> APIToken? {
    try read { db in
      try Row.fetchOneCached(
        db, sql: "SELECT * FROM api_tokens WHERE token_sha256 = ?",
        arguments: [secret.digest]
      ).map(Self.token)
    }
  }

  /// Revokes a token: it is refused from then on.
  ///
  /// - Throws: ``DomainError`` `.notFound` for an unknown token,
  ///   `.forbiddenTransition` for one already revoked.
  @discardableResult
  public func revokeToken(_ id: TokenID, by actor: String, at date: Date) throws
    -> APIToken
  {
    try write { db in
      guard
        var token = try Row.fetchOne(
          db, sql: "SELECT * FROM api_tokens WHERE id = ?",
          arguments: [id.number]
        ).map(Self.token)
      else {
        throw DomainError(
          .notFound, "no token \(id) in this registry", field: "token")
      }
      if let revokedAt = token.revokedAt {
        throw DomainError(
          .forbiddenTransition,
          "token \(id) was already revoked on \(StoredDate.string(from: revokedAt)) by \(token.revokedBy ?? "an admin")",
          field: "token")
      }
      try db.execute(
        sql:
          "UPDATE api_tokens SET revoked_at = ?, revoked_by = ? WHERE id = ?",
        arguments: [StoredDate.string(from: date), actor, id.number])
      token.revokedAt = date
      token.revokedBy = actor
      return token
    }
  }

  /// Records that a token was used, at most once a minute per token so
  /// that reads do not turn into writes.
  public func markUsed(_ token: APIToken, at date: Date) throws {
    if let last = token.lastUsedAt, date.timeIntervalSince(last) < 60 { return }
    try write { db in
      try db.execute(
        sql: "UPDATE api_tokens SET last_used_at = ? WHERE id = ?",
        arguments: [StoredDate.string(from: date), token.id.number])
    }
  }

  static func token(_ row: Row) throws -> APIToken {
    func date(_ column: String) throws -> Date? {
      try (row[column] as String?).map { text throws(StoreError) in
        try StoredDate.date(from: text)
      }
    }
    return APIToken(
      id: TokenID(row["id"]), user: row["user_name"], label: row["label"],
      createdAt: try StoredDate.date(from: row["created_at"]),
      createdBy: row["created_by"],
      expiresAt: try StoredDate.date(from: row["expires_at"]),
      revokedAt: try date("revoked_at"), revokedBy: row["revoked_by"],
      lastUsedAt: try date("last_used_at"))
  }
}
