import EgideCore
import Foundation

/// An API token as the service shows it: whose, what for, its dates and
/// where it stands; never its secret, nor the digest the registry keeps.
public struct TokenDocument: Codable, Sendable, Equatable {
  /// `T-000001`: what a revocation names.
  public var id: String
  /// The user the token acts as.
  public var user: String
  /// What it is for, as its creator labelled it.
  public var label: String?
  /// When it was created.
  public var createdAt: String
  /// Who created it.
  public var createdBy: String
  /// When it stops being accepted.
  public var expiresAt: String
  /// `active`, `expired` or `revoked`, at the service's time.
  public var state: String
  /// When it was revoked, if it was.
  public var revokedAt: String?
  /// Who revoked it, if someone did.
  public var revokedBy: String?
  /// When a request last used it, to the minute.
  public var lastUsedAt: String?

  init(_ token: APIToken, at now: Date) {
    id = token.id.description
    user = token.user
    label = token.label
    createdAt = ISODate.string(token.createdAt)
    createdBy = token.createdBy
    expiresAt = ISODate.string(token.expiresAt)
    state = token.state(at: now).rawValue
    revokedAt = token.revokedAt.map(ISODate.string)
    revokedBy = token.revokedBy
    lastUsedAt = token.lastUsedAt.map(ISODate.string)
  }
}
