import Foundation

/// An API token of a user of the served registry, as the registry keeps it.
///
/// It says whose it is, what it is for, when it expires and whether it
/// was revoked. The secret itself is shown once, at creation, and never
/// kept.
public struct APIToken: Hashable, Sendable {
  /// The token's identifier.
  public var id: TokenID
  /// The user the token acts as.
  public var user: String
  /// What the token is for, as its creator labelled it.
  public var label: String?
  /// When it was created.
  public var createdAt: Date
  /// Who created it.
  public var createdBy: String
  /// When it stops being accepted.
  public var expiresAt: Date
  /// When it was revoked, if it was.
  public var revokedAt: Date?
  /// Who revoked it, if someone did.
  public var revokedBy: String?
  /// When a request last used it, to the minute.
  public var lastUsedAt: Date?

  /// Creates a token record.
  public init(
    id: TokenID, user: String, label: String?, createdAt: Date,
    createdBy: String, expiresAt: Date, revokedAt: Date? = nil,
    revokedBy: String? = nil, lastUsedAt: Date? = nil
  ) {
    self.id = id
    self.user = user
    self.label = label
    self.createdAt = createdAt
    self.createdBy = createdBy
    self.expiresAt = expiresAt
    self.revokedAt = revokedAt
    self.revokedBy = revokedBy
    self.lastUsedAt = lastUsedAt
  }

  /// Where a token stands at an instant.
  public enum State: String, Sendable, CaseIterable {
    /// It is accepted.
    case active
    /// Its expiry has passed.
    case expired
    /// It was revoked.
    case revoked
  }

  /// Where the token stands at `date`: a revocation outranks an expiry.
  public func state(at date: Date) -> State {
    if revokedAt != nil { return .revoked }
    return date >= expiresAt ? .expired : .active
  }

  /// Checks a label: one line of at most 100 characters, or none.
  ///
  /// - Throws: ``DomainError`` naming the field `label`.
  public static func label(_ text: String?) throws(DomainError) -> String? {
    try TextRule.optional(text, field: "label", limit: 100)
  }
}
