import EgideCore
import EgideStore
import Foundation

/// Adds a user with a role, limited to a court or a ressort or to none.
///
/// Only an admin may. A name is never given twice, even to a disabled
/// user, nor written otherwise (case and accents folded).
public struct AddUser: ServiceRequest {
  public static let endpoint = Endpoint(.post, "/v1/users", successStatus: 201)

  /// The name the user acts under: a login such as `j.dupont`.
  public var name: String
  /// `admin`, `delegate`, `security_officer` or `liaison`.
  public var role: String
  /// Only the cases of this court: a code or a name.
  public var court: String?
  /// Only the cases of this cour d'appel's district: a code or a name.
  public var ressort: String?

  /// A new user.
  public init(
    name: String, role: String, court: String? = nil, ressort: String? = nil
  ) {
    self.name = name
    self.role = role
    self.court = court
    self.ressort = ressort
  }

  public func run(on service: EgideService, as caller: Caller) throws
    -> UserReceipt
  {
    let role = try Field.parse("role") { try UserRole.parse(self.role) }
    if court != nil && ressort != nil {
      throw DomainError(
        .invalidValue,
        "give {court} or {ressort}, not both: a user has one scope",
        field: "ressort")
    }
    let scope =
      try Field.parse("court") {
        try court.map { value throws(DomainError) in
          try UserScope.parse(court: value)
        }
      }
      ?? Field.parse("ressort") {
        try ressort.map { value throws(DomainError) in
          try UserScope.parse(ressort: value)
        }
      }
    // Checked before the caller, so that a registry without users records
    // no first admin for a user it refuses.
    let user = try Field.parse("name") {
      try User(
        name: name, role: role, scope: scope, createdBy: caller.name,
        createdAt: service.now)
    }
    let access = try service.authorize(caller, .userAdd)
    try access.registry.addUser(user)
    return UserReceipt(user)
  }
}
