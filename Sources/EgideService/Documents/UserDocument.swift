import EgideCore
import Foundation

/// A user of the registry as `egide user list --json` prints it and the
/// API serves it: name, role, scope, who added them and when, and whether
/// they were disabled.
public struct UserDocument: Codable, Sendable, Equatable {
  /// When the user was added.
  public var createdAt: String
  /// Who added them.
  public var createdBy: String
  /// When they were disabled, if they were.
  public var disabledAt: String?
  /// Who disabled them, if someone did.
  public var disabledBy: String?
  /// Whether they may act.
  public var enabled: Bool
  /// The name they act under.
  public var name: String
  /// `admin`, `delegate`, `security_officer` or `liaison`.
  public var role: String
  /// The code of the court or cour d'appel their scope is; nil for every
  /// court.
  public var scope: String?
  /// `court` or `ressort`; nil without a scope.
  public var scopeKind: String?

  init(_ user: User) {
    createdAt = ISODate.string(user.createdAt)
    createdBy = user.createdBy
    disabledAt = user.disabledAt.map(ISODate.string)
    disabledBy = user.disabledBy
    enabled = user.isEnabled
    name = user.name
    role = user.role.rawValue
    scope = user.scope?.code
    scopeKind = user.scope?.kind
  }
}
