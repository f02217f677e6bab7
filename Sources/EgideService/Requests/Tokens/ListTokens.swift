import EgideCore
import EgideStore
import Foundation

/// The API tokens, of one user or of every user, oldest first, with where
/// each stands at the service's time.
///
/// Only an admin may list them. No secret is ever listed: the registry
/// holds none.
public struct ListTokens: ServiceRequest {
  public static let endpoint = Endpoint(.get, "/v1/tokens")

  /// Only the tokens of this user.
  public var user: String?

  /// The tokens, of `user` or of everyone.
  public init(user: String? = nil) { self.user = user }

  /// The tokens.
  public struct Document: Codable, Sendable {
    /// The tokens, oldest first.
    public var tokens: [TokenDocument]
  }

  public func run(on service: EgideService, as caller: Caller) throws
    -> Document
  {
    let access = try service.authorize(caller, .tokenList)
    let now = access.now
    return Document(
      tokens: try access.registry.tokens(of: user).map {
        TokenDocument($0, at: now)
      })
  }
}
