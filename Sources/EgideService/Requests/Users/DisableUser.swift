import EgideCore
import EgideStore
import Foundation

/// Disables a user, who may then no longer act.
///
/// Only an admin may. The user stays in the list with who disabled them
/// and when, and their name is never given to anyone else. The last
/// enabled admin cannot be disabled.
public struct DisableUser: ServiceRequest {
  public static let endpoint = Endpoint(.post, "/v1/users/{user}/disabling")

  /// The user to disable.
  public var name: String

  enum CodingKeys: String, CodingKey {
    // In the API, `user`: the path names every user so.
    case name = "user"
  }

  /// Disables `name`.
  public init(name: String) { self.name = name }

  public func run(on service: EgideService, as caller: Caller) throws
    -> UserReceipt
  {
    let access = try service.authorize(caller, .userDisable)
    let user = try access.registry.disableUser(
      name, by: access.actor, at: access.now)
    return UserReceipt(user)
  }
}
