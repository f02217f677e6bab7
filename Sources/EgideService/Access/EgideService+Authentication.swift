import EgideCore
import EgideStore
import Foundation

extension EgideService {
  /// The caller a presented API token stands for, once checked: a token
  /// this registry issued, neither expired nor revoked, of a user who is
  /// still enabled.
  ///
  /// A text that cannot be a token is refused without looking anything
  /// up. On success the token is marked used (at most once a minute).
  /// The service still checks the user's role and scope on every
  /// request; this says only who they are. No message holds the token.
  ///
  /// - Parameter text: the bearer token as the client sent it.
  /// - Returns: the token's user, authenticated by the token.
  /// - Throws: ``ServiceError`` `.unauthenticated`, one line saying why;
  ///   ``StoreError`` when the registry cannot be read.
  public func caller(presenting text: String) throws -> Caller {
    guard let secret = TokenSecret(presented: text),
      let token = try registry.token(presenting: secret)
    else {
      throw ServiceError(
        .unauthenticated,
        "the token is not one this registry issued (tokens start with '\(TokenSecret.prefix)'); ask an admin for a token"
      )
    }
    let now = self.now
    switch token.state(at: now) {
    case .revoked:
      throw ServiceError(
        .unauthenticated,
        "token \(token.id) was revoked on \(ISODate.string(token.revokedAt ?? now)) by \(token.revokedBy ?? "an admin"); ask an admin for a new token"
      )
    case .expired:
      throw ServiceError(
        .unauthenticated,
        "token \(token.id) expired on \(ISODate.string(token.expiresAt)); ask an admin for a new token"
      )
    case .active:
      break
    }
    guard let user = try registry.user(named: token.user) else {
      throw ServiceError(
        .unauthenticated,
        "token \(token.id) belongs to '\(token.user)', who is not a user of this registry; ask an admin for a token of your own"
      )
    }
    if let disabledAt = user.disabledAt {
      throw ServiceError(
        .unauthenticated,
        "token \(token.id) belongs to user '\(user.name)', disabled on \(ISODate.string(disabledAt)) by \(user.disabledBy ?? "an admin"), who may no longer act"
      )
    }
    try registry.markUsed(token, at: now)
    return Caller(name: token.user, credential: .token(token.id))
  }
}
