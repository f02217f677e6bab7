/// What a user of the registry is: the role decides which commands they
/// may run (see ``AccessPolicy``).
public enum UserRole: String, DomainValue {
  /// Runs the registry: users, keys, retention, every case.
  case admin
  /// A union delegate: logs reports, attaches evidence, requests measures
  /// and follows them; does not assess, escalate or close.
  case delegate
  /// A court security officer, for the heads of court: every act on the
  /// cases of their courts.
  case securityOfficer = "security_officer"
  /// A ministry liaison: the published summaries only, never a name.
  case liaison

  public static let fieldName = "role"

  /// The role with its article, as a sentence says it: `an admin`.
  public var withArticle: String {
    switch self {
    case .admin: "an admin"
    case .delegate: "a delegate"
    case .securityOfficer: "a security_officer"
    case .liaison: "a liaison"
    }
  }

  /// Whether a user of this role may be limited to a court or a ressort:
  /// delegates and security officers; an admin acts on every court and a
  /// liaison sees no case.
  public var takesScope: Bool {
    self == .delegate || self == .securityOfficer
  }
}
