import EgideCore
import EgideStore
import Foundation

extension EgideService {
  /// The caller a presented API token stands for, checked now.
  ///
  /// - Throws: ``ServiceError`` `.unauthenticated`, one line saying why:
  ///   a text that is no token, an unknown token, an expired or revoked
  ///   one, or one whose user is disabled. The token is never repeated.
  public func caller(presenting text: String) throws -> Caller {
    guard let secret = TokenSecret(presented: text) else {
      throw ServiceError(
        .unauthenticated,
        "the token is not an Égide token (egide_ followed by 43 characters); check it was copied whole"
      )
    }
    guard let token = try registry.token(presenting: secret) else {
      throw ServiceError(
        .unauthenticated,
        "the token is not known to this registry; ask an admin for a new one")
    }
    let date = now
    switch token.state(at: date) {
    case .revoked:
      throw ServiceError(
        .unauthenticated,
        "token \(token.id) was revoked on \(ISODate.string(token.revokedAt ?? date)); ask an admin for a new one"
      )
    case .expired:
      throw ServiceError(
        .unauthenticated,
        "token \(token.id) expired on \(ISODate.string(token.expiresAt)); ask an admin for a new one"
      )
    case .active: break
    }
    guard let user = try registry.user(named: token.user) else {
      throw ServiceError(
        .unauthenticated,
        "token \(token.id) belongs to no user of this registry")
    }
    guard user.isEnabled else {
      throw ServiceError(
        .unauthenticated,
        "user '\(user.name)' was disabled and token \(token.id) no longer acts; ask an admin"
      )
    }
    try registry.markUsed(token, at: date)
    return Caller(name: user.name, credential: .token(token.id))
  }
}
