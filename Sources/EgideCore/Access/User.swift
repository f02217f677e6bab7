import Foundation

/// Someone who may act on the registry: a name (what `--actor` or
/// `$EGIDE_ACTOR` gives), a role, an optional scope, and who added and
/// perhaps disabled them.
///
/// A user is never deleted or edited: a change of role is a new user.
public struct User: Hashable, Sendable {
  /// The name the user acts under.
  public var name: String
  /// What the user may do.
  public var role: UserRole
  /// The cases the user sees and acts on; nil for every case.
  public var scope: UserScope?
  /// When the user was added.
  public var createdAt: Date
  /// Who added the user.
  public var createdBy: String
  /// When the user was disabled, if they were.
  public var disabledAt: Date?
  /// Who disabled the user, if someone did.
  public var disabledBy: String?

  /// Checks and creates a new, enabled user.
  ///
  /// - Throws: ``DomainError`` for an empty, oversized or multi-line name,
  ///   a name with other characters than ASCII letters, digits and
  ///   `. _ - @`, or a scope on a role that takes none (admin, liaison).
  public init(
    name: String, role: UserRole, scope: UserScope?, createdBy: String,
    createdAt: Date
  ) throws(DomainError) {
    let name = try TextRule.required(
      name, field: "user name", limit: TextRule.shortLimit)
    if name.contains(where: \.isNewline) {
      throw DomainError(
        .invalidValue, "user name '\(name)' spans several lines; give one line")
    }
    // A login of plain letters: a zero-width space, a fullwidth, dotless
    // or Cyrillic letter would make two users read the same in the log.
    if let odd = name.unicodeScalars.first(where: { !Self.isLoginScalar($0) }) {
      let code = String(odd.value, radix: 16, uppercase: true)
      throw DomainError(
        .invalidValue,
        "user name holds U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code); a user name is a login of letters a-z, digits and . _ - @, such as j.dupont"
      )
    }
    if let scope, !role.takesScope {
      throw DomainError(
        .invalidValue,
        "{\(scope.kind)} is not accepted for role \(role.rawValue): \(role.withArticle) \(role == .admin ? "acts on every court" : "sees no case"); a scope is for delegate and security_officer",
        field: scope.kind)
    }
    self.init(
      stored: name, role: role, scope: scope, createdAt: createdAt,
      createdBy: createdBy, disabledAt: nil, disabledBy: nil)
  }

  /// A user as the registry stored it, checked when it was added.
  public init(
    stored name: String, role: UserRole, scope: UserScope?, createdAt: Date,
    createdBy: String, disabledAt: Date?, disabledBy: String?
  ) {
    self.name = name
    self.role = role
    self.scope = scope
    self.createdAt = createdAt
    self.createdBy = createdBy
    self.disabledAt = disabledAt
    self.disabledBy = disabledBy
  }

  /// Whether the user may still act.
  public var isEnabled: Bool { disabledAt == nil }

  /// The role with the scope: `security_officer for ressort ca_douai`.
  public var roleDescription: String {
    role.rawValue + (scope.map { " for \($0)" } ?? "")
  }

  /// Whether a login may hold this character.
  static func isLoginScalar(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "a"..."z", "A"..."Z", "0"..."9", ".", "_", "-", "@": true
    default: false
    }
  }
}
