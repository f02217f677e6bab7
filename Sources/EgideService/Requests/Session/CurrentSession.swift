import EgideCore
import EgideStore
import Foundation

/// Who the caller is to the registry: their user, role, scope and what
/// they may do, with the service's time and time zone.
///
/// The CLI asks it before a long interactive report, so that a user who
/// may not report is told before answering any question; `egide login`
/// asks it to check a token.
public struct CurrentSession: ServiceRequest {
  public static let endpoint = Endpoint(.get, "/v1/session")

  /// The caller's session.
  public init() {}

  /// The caller as the registry sees them.
  public struct Document: Codable, Sendable, Equatable {
    /// The user name.
    public var user: String
    /// `admin`, `delegate`, `security_officer` or `liaison`.
    public var role: String
    /// `court tj93008`, `ressort ca_douai`, or nil for every court.
    public var scope: String?
    /// What the user may do, as the access policy names it.
    public var permissions: [String]
    /// The service's time.
    public var serverTime: String
    /// The registry's time zone.
    public var timeZone: String
    /// The token the caller presented, when a token was (`T-000004`).
    public var token: String?
  }

  public func run(on service: EgideService, as caller: Caller) throws
    -> Document
  {
    let users = try service.registry.users()
    let user =
      users.isEmpty
      ? AccessPolicy.firstAdmin(caller.name, at: service.now)
      : try AccessPolicy.user(caller.name, among: users, may: .summary)
    var token: String?
    if case .token(let id) = caller.credential { token = id.description }
    return Document(
      user: user.name, role: user.role.rawValue,
      scope: user.scope?.description,
      permissions: Permission.allCases.filter {
        AccessPolicy.allows(user.role, $0)
      }.map(\.rawValue),
      serverTime: ISODate.string(service.now),
      timeZone: service.configuration.timeZone.identifier, token: token)
  }
}
