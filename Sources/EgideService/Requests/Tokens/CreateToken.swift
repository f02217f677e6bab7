import EgideCore
import EgideStore
import Foundation

/// Creates an API token for a user: the credential a client of the HTTP
/// API presents to act as that user.
///
/// Only an admin may. The secret is in this answer and nowhere else: the
/// registry keeps its SHA-256 only, so it cannot be shown again. A token
/// expires (90 days unless told otherwise, at most 366) and can be
/// revoked.
public struct CreateToken: ServiceRequest {
  public static let endpoint = Endpoint(
    .post, "/v1/users/{user}/tokens", successStatus: 201)

  /// The user the token acts as: enabled.
  public var user: String
  /// How long it lives: `90d`, `30 days`; 90 days when not given.
  public var expires: String?
  /// What it is for ("laptop, Bobigny office"): one short line.
  public var label: String?

  /// A token for `user`.
  public init(user: String, expires: String? = nil, label: String? = nil) {
    self.user = user
    self.expires = expires
    self.label = label
  }

  /// The token created, with its secret.
  public struct Receipt: Codable, Sendable {
    /// The token's record.
    public var token: TokenDocument
    /// The token itself, `egide_…`: shown this once, never again.
    public var secret: String
  }

  public func run(on service: EgideService, as caller: Caller) throws
    -> Receipt
  {
    let lifetime = try Field.parse("expires") {
      try expires.map { value throws(DomainError) in
        try TokenLifetime.parse(value)
      } ?? .standard
    }
    let label = try Field.parse("label") { try APIToken.label(self.label) }
    let access = try service.authorize(caller, .tokenCreate)
    let (token, secret) = try access.registry.createToken(
      for: user, label: label, lifetime: lifetime, by: access.actor,
      at: access.now)
    return Receipt(
      token: TokenDocument(token, at: access.now), secret: secret.text)
  }
}
