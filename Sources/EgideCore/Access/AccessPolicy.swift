import Foundation

/// Who may do what, and on which cases: the rule every command applies
/// before it reads or writes anything.
///
/// | role | may |
/// | --- | --- |
/// | admin | everything, on every case |
/// | delegate | report, import, read and follow cases: notes, evidence, measure requests, notices, occultation requests and appeals, exposure scans, campaigns, due, summary, export, reveals; not assess, escalate, assign, measure update, occultation decide, resolve, close, reopen, nor any administration |
/// | security_officer | every act on cases, audit, verify and doctor; not users, keys, retention, backup or restore |
/// | liaison | summary only, with small counts hidden; never a case, never a name |
///
/// A delegate or security officer limited to a court or a ressort sees and
/// acts on the cases of that scope only, and gets no internal summary
/// (its small counts cover every court). A registry without any user (one
/// made before users existed) lets whoever acts be an admin.
public enum AccessPolicy {
  /// Whether a role holds a permission.
  public static func allows(_ role: UserRole, _ permission: Permission)
    -> Bool
  {
    switch role {
    case .admin: true
    case .delegate: delegatePermissions.contains(permission)
    case .securityOfficer: securityOfficerPermissions.contains(permission)
    case .liaison: permission == .summary
    }
  }

  /// The roles that hold a permission, in declaration order.
  public static func roles(allowedTo permission: Permission) -> [UserRole] {
    UserRole.allCases.filter { allows($0, permission) }
  }

  /// Whether a case at `location` is within `scope`; every case is within
  /// no scope.
  public static func scope(_ scope: UserScope?, contains location: CaseLocation)
    -> Bool
  {
    scope?.contains(location) ?? true
  }

  /// The user `actor` acts as, once checked: known, enabled, holding the
  /// permission and, for a case, with the case in scope.
  ///
  /// With no user at all, the actor acts as an admin.
  ///
  /// - Parameters:
  ///   - actor: the name the command runs under.
  ///   - users: every user of the registry.
  ///   - permission: what the command does.
  ///   - location: the case acted on, or nil when the command concerns no
  ///     single case.
  /// - Returns: the user the actor acts as.
  /// - Throws: ``AccessRefusal`` naming the user, their role and the
  ///   admins who can change it.
  public static func user(
    _ actor: String, among users: [User], may permission: Permission,
    at location: CaseLocation? = nil
  ) throws(AccessRefusal) -> User {
    guard !users.isEmpty else { return firstAdmin(actor, at: Date()) }
    let ask = askAnAdmin(users)
    guard let user = users.first(where: { $0.name == actor }) else {
      throw AccessRefusal(
        .unknownUser,
        "'\(actor)' is not a user of this registry; \(ask) to add it as a user with a role"
      )
    }
    if let disabledAt = user.disabledAt {
      throw AccessRefusal(
        .disabledUser,
        "user '\(actor)' was disabled on \(day(disabledAt)) by \(user.disabledBy ?? "an admin") and may no longer act; \(ask) if a new user is needed"
      )
    }
    guard allows(user.role, permission) else {
      let roles = roles(allowedTo: permission).map(\.rawValue)
      throw AccessRefusal(
        .notAllowed,
        "user '\(actor)' is \(user.role.withArticle) and may not \(phrase(permission)): that is for \(roles.joined(separator: ", ")); \(ask) if you need it"
      )
    }
    if let location, let scope = user.scope, !scope.contains(location) {
      let what = location.reference.map { "case \($0)" } ?? "a case"
      let district = location.appealCourt.map { ", ressort \($0)" } ?? ""
      throw AccessRefusal(
        .outOfScope,
        "user '\(actor)' is \(user.role.withArticle) for \(scope) and may not act on \(what) at \(location.court)\(district), outside that scope; \(ask) for a user whose scope holds it"
      )
    }
    return user
  }

  /// The admin a registry without users treats its actor as.
  public static func firstAdmin(_ actor: String, at date: Date) -> User {
    User(
      stored: actor, role: .admin, scope: nil, createdAt: date,
      createdBy: actor, disabledAt: nil, disabledBy: nil)
  }

  /// Checks that a case at `location` may be given to `name` to follow.
  ///
  /// The user must be enabled, in a role that works on cases (not a
  /// liaison), with the case in their scope. A registry without users
  /// accepts any name.
  ///
  /// - Throws: ``DomainError`` `.invalidValue` naming the user and those
  ///   who may follow the case.
  public static func checkAssignee(
    _ name: String, among users: [User], at location: CaseLocation?
  ) throws(DomainError) {
    guard !users.isEmpty else { return }
    let able = users.filter { user in
      user.isEnabled && allows(user.role, .show)
        && location.map { scope(user.scope, contains: $0) } ?? true
    }
    if able.contains(where: { $0.name == name }) { return }
    let why: String
    if let user = users.first(where: { $0.name == name }) {
      why =
        !user.isEnabled
        ? "user '\(name)' is disabled"
        : !allows(user.role, .show)
          ? "user '\(name)' is \(user.role.withArticle), who sees no case"
          : "user '\(name)' is \(user.role.withArticle) for \(user.scope.map { "\($0)" } ?? "every court"), outside which this case lies"
    } else {
      why = "no user is named '\(name)'"
    }
    let names = able.map(\.name).sorted()
    throw DomainError(
      .invalidValue,
      "to: \(why); accepted: \(names.prefix(10).joined(separator: ", "))\(names.count > 10 ? ", …" : "") (the list of users shows them all)"
    )
  }

  /// Checks that a user may be added: the name is not taken, even by a
  /// disabled user, nor written otherwise (case and accents folded), which
  /// would make look-alike names in the access log.
  ///
  /// - Throws: ``DomainError`` `.forbiddenTransition` naming the user.
  public static func adding(_ user: User, among users: [User])
    throws(DomainError)
  {
    let folded = Suggestion.fold(user.name)
    guard
      let existing = users.first(where: { Suggestion.fold($0.name) == folded })
    else {
      return
    }
    let state =
      existing.disabledAt.map { "disabled on \(day($0))" } ?? "enabled"
    let name =
      existing.name == user.name
      ? "user '\(user.name)' already exists"
      : "user '\(user.name)' is user '\(existing.name)' written otherwise"
    throw DomainError(
      .forbiddenTransition,
      "\(name) (\(existing.roleDescription), \(state)); a user is never edited and a name never reused: add them under another name"
    )
  }

  /// The user to disable, once checked: known, enabled, and not the last
  /// enabled admin.
  ///
  /// - Throws: ``DomainError`` `.notFound` for an unknown name,
  ///   `.forbiddenTransition` for a user already disabled or the last
  ///   enabled admin.
  public static func disabling(_ name: String, among users: [User])
    throws(DomainError) -> User
  {
    guard let user = users.first(where: { $0.name == name }) else {
      throw DomainError(
        .notFound,
        "no user '\(name)' in this registry; the list of users names them",
        field: "name")
    }
    if let disabledAt = user.disabledAt {
      throw DomainError(
        .forbiddenTransition,
        "user '\(name)' was already disabled on \(day(disabledAt)) by \(user.disabledBy ?? "an admin")"
      )
    }
    let admins = users.filter { $0.role == .admin && $0.isEnabled }
    if user.role == .admin && admins.count == 1 {
      throw DomainError(
        .forbiddenTransition,
        "user '\(name)' is the last enabled admin and cannot be disabled; add another user with the role admin first",
        field: "name")
    }
    return user
  }

  static let delegatePermissions: Set<Permission> = [
    .report, .import, .list, .show, .timeline, .note, .evidenceAdd,
    .evidenceGet, .measureRequest, .noticeDraft, .noticeAddURL, .noticeSend,
    .noticeReply, .noticeRender, .noticeShow, .due, .occultationRequest,
    .occultationAppeal, .occultationShow, .exposureScan, .campaignList,
    .campaignShow, .summary, .summaryInternal, .export, .revealIdentities,
  ]

  static let securityOfficerPermissions: Set<Permission> = Set(
    Permission.allCases
  ).subtracting([
    .userAdd, .userList, .userDisable, .tokenCreate, .tokenList,
    .tokenRevoke, .keys, .retention, .backup, .restore,
  ])

  /// What a refusal says the user may not do.
  static func phrase(_ permission: Permission) -> String {
    switch permission {
    case .revealIdentities: "reveal identities"
    case .keys: "manage the registry key"
    case .retention: "purge under the retention policy"
    default: "run '\(permission.rawValue)'"
    }
  }

  /// `ask an admin (alice, bob)`: whom to ask, naming up to three enabled
  /// admins.
  public static func askAnAdmin(_ users: [User]) -> String {
    let admins = users.filter { $0.role == .admin && $0.isEnabled }.map(\.name)
    guard !admins.isEmpty else { return "ask an admin" }
    let named = admins.prefix(3).joined(separator: ", ")
    return "ask an admin (\(named)\(admins.count > 3 ? ", …" : ""))"
  }

  /// A day as `2026-11-20` (UTC).
  static func day(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withFullDate]
    return formatter.string(from: date)
  }
}
