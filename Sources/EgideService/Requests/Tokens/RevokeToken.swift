import EgideCore
import EgideStore
import Foundation

/// Revokes an API token: it is refused from then on, and stays listed
/// with who revoked it and when.
///
/// Only an admin may. A token is revoked once.
public struct RevokeToken: ServiceRequest {
  public static let endpoint = Endpoint(.post, "/v1/tokens/{token}/revocation")

  /// The token, by identifier: `T-000001`, never its secret.
  public var token: String

  /// Revokes `token`.
  public init(token: String) { self.token = token }

  public func run(on service: EgideService, as caller: Caller) throws
    -> TokenDocument
  {
    let id = try Field.parse("token") { try TokenID.parse(token) }
    let access = try service.authorize(caller, .tokenRevoke)
    let revoked = try access.registry.revokeToken(
      id, by: access.actor, at: access.now)
    return TokenDocument(revoked, at: access.now)
  }
}
