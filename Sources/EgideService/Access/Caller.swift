import EgideCore

/// Who asks the service for something, and how that was established.
///
/// The service never takes a user's name from a request: a served request
/// is authenticated by its token (``EgideService/caller(presenting:)``);
/// the local CLI acts under the name of the account running it, as it
/// always has. Either way, the service checks the name against the
/// registry's users, role and scope, on every call.
public struct Caller: Hashable, Sendable, CustomStringConvertible {
  /// How the caller's identity was established.
  public enum Credential: Hashable, Sendable {
    /// The local command line, on the registry's own host: the name of
    /// `--actor`, `$EGIDE_ACTOR` or the system login.
    case localAccount
    /// A bearer token, checked by the server on this request.
    case token(TokenID)
  }

  /// The registry user the caller acts as.
  public let name: String
  /// How that was established.
  public let credential: Credential

  /// A caller on the registry's host, named by the local account.
  public static func local(_ name: String) -> Caller {
    Caller(name: name, credential: .localAccount)
  }

  init(name: String, credential: Credential) {
    self.name = name
    self.credential = credential
  }

  /// The user name.
  public var description: String { name }
}
