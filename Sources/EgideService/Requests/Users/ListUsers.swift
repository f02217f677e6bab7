import EgideCore
import EgideStore
import Foundation

/// The users, enabled and disabled, in the order they were added.
///
/// Only an admin may list them.
public struct ListUsers: ServiceRequest {
  public static let endpoint = Endpoint(.get, "/v1/users")

  /// Every user.
  public init() {}

  /// The users.
  public struct Document: Codable, Sendable {
    /// The users, in the order added; empty for a registry made before
    /// users.
    public var users: [UserDocument]
  }

  public func run(on service: EgideService, as caller: Caller) throws
    -> Document
  {
    let access = try service.authorize(caller, .userList)
    return Document(users: try access.registry.users().map(UserDocument.init))
  }
}
