import EgideCore
import EgideStore
import Foundation

/// A caller once checked for one operation, with the registry opened for
/// it: obtained from ``EgideService/authorize(_:_:on:)``, the one place
/// where every operation is checked.
struct Authorized {
  /// The service the operation runs in.
  let service: EgideService
  /// Every user of the registry, empty for a registry made before users.
  let users: [User]
  /// The user the caller acts as.
  let user: User
  /// The permission checked.
  let permission: Permission
  /// The case the operation acts on, when it acts on one.
  let location: CaseLocation?

  /// The registry, concealing identities.
  var registry: Registry { service.registry }

  /// The user's name, as the history signs it.
  var actor: String { user.name }

  /// The service's time.
  var now: Date { service.now }

  /// The cases the user sees and acts on; nil for every case.
  var scope: UserScope? { user.scope }

  /// Checks one more permission, or one more case (an imported row, the
  /// court of a new report), before the operation writes.
  ///
  /// - Throws: ``AccessRefusal`` naming the user and the admins.
  func require(_ permission: Permission, at location: CaseLocation? = nil)
    throws
  {
    _ = try AccessPolicy.user(
      user.name, among: users, may: permission, at: location)
    if !self.permission.writes {
      try service.claimFirstAdmin(if: users, permission, as: user.name)
    }
  }

  /// Checks that each registered person named by identifier is registered
  /// at a court within the user's scope: identifiers are sequential, and
  /// naming one outside it would reveal that person's name in a new case.
  ///
  /// - Throws: ``AccessRefusal`` naming the person and the scope.
  func requireInScope(_ persons: [TargetedPerson], field: String = "persons")
    throws
  {
    guard let scope else { return }
    if let outside = persons.first(where: { !sees(court: $0.court.code) }) {
      throw AccessRefusal(
        .outOfScope,
        "user '\(user.name)' is \(user.role.withArticle) for \(scope): person \(outside.id) is registered outside that scope; register the person by name and role, or \(AccessPolicy.askAnAdmin(users))"
      )
    }
  }

  /// Whether a case at `location` is within the user's scope.
  func sees(_ location: CaseLocation) -> Bool {
    AccessPolicy.scope(scope, contains: location)
  }

  /// Whether a court, by code, is within the user's scope.
  func sees(court code: String) -> Bool {
    scope?.contains(court: code) ?? true
  }

  /// Whether the case is within the user's scope (every case is, for a
  /// user without one).
  func sees(case reference: CaseReference) throws -> Bool {
    guard scope != nil else { return true }
    return sees(try registry.location(of: .case(reference)))
  }

  /// Limits a case query to the user's scope, refusing a court or
  /// district filter outside it.
  ///
  /// - Throws: ``AccessRefusal`` naming the filter and the scope.
  func restrict(_ query: inout CaseQuery) throws {
    guard let scope else { return }
    var outside = query.courts.filter { !scope.contains(court: $0) }.map {
      "{courts} \($0)"
    }
    if let appealCourt = query.appealCourt {
      let inside =
        switch scope {
        case .ressort(let code): code == appealCourt
        case .court(let code):
          CourtDirectory.shared.court(code: code)?.appealCourtCode
            == appealCourt
        }
      if !inside { outside.append("{ressort} \(appealCourt)") }
    }
    if let filter = outside.first {
      throw AccessRefusal(
        .outOfScope,
        "user '\(user.name)' is \(user.role.withArticle) for \(scope): \(filter) is outside that scope; \(AccessPolicy.askAnAdmin(users)) for a user whose scope holds it"
      )
    }
    query.scope = scope
  }

  /// Records in the access log that the user reveals identities, one
  /// entry per case, then returns the registry opened to reveal them.
  ///
  /// Nothing is revealed unless every entry was written; the key is
  /// checked first so that no entry is written for a reveal that cannot
  /// happen.
  ///
  /// - Parameters:
  ///   - action: what reveals, as the access log names it.
  ///   - purpose: why, as the user gave it (already checked).
  ///   - cases: the cases revealed; `[nil]` for a reveal that concerns
  ///     none.
  ///   - details: further facts kept with each entry (the command, an
  ///     evidence identifier, a filter).
  /// - Returns: the registry opened to reveal identities.
  /// - Throws: ``AccessRefusal`` for a user who may not reveal (a
  ///   liaison), ``StoreError`` when the key is missing or the log cannot
  ///   be written.
  func reveal(
    _ action: RevealAction, purpose: String, cases: [CaseReference?],
    details: [String: String] = [:]
  ) throws -> Registry {
    try require(.revealIdentities)
    try registry.requireKey()
    let date = now
    let entries = try cases.map { reference throws(DomainError) in
      try AccessEntry(
        actor: user.name, recordedAt: date, action: action,
        caseReference: reference, purpose: purpose, details: details)
    }
    if !entries.isEmpty { try registry.recordAccess(entries) }
    return registry.revealing()
  }
}

extension EgideService {
  /// Checks that `caller` may use `permission` (on the case behind
  /// `subject`).
  ///
  /// The order of refusals: an unknown or disabled user and a permission
  /// the role lacks before anything else; then a subject the registry
  /// does not hold; then a case outside the user's scope. A registry
  /// without users lets a local caller act as an admin, and records them
  /// as its first admin on the first operation that writes.
  ///
  /// - Returns: the checked user, with the registry.
  /// - Throws: ``AccessRefusal``, ``DomainError`` `.notFound` for a
  ///   subject the registry does not hold, ``StoreError`` when the
  ///   registry cannot be read.
  func authorize(
    _ caller: Caller, _ permission: Permission, on subject: CaseSubject? = nil
  ) throws -> Authorized {
    let users = try registry.users()
    if users.isEmpty, case .token = caller.credential {
      // Tokens belong to users: none can stand for a registry without any.
      throw ServiceError(
        .unauthenticated, "this registry has no users, so no token is valid")
    }
    let user = try AccessPolicy.user(
      caller.name, among: users, may: permission)
    var location: CaseLocation?
    if let subject {
      let found = try registry.location(of: subject)
      // A case outside the scope is answered as a case that does not
      // exist: the refusal must not confirm it, nor name its court.
      guard AccessPolicy.scope(user.scope, contains: found) else {
        throw subject.absence
      }
      location = found
    }
    try claimFirstAdmin(if: users, permission, as: caller.name)
    return Authorized(
      service: self, users: users, user: user, permission: permission,
      location: location)
  }

  /// Checks that `caller` may run a maintenance command on the registry
  /// file (verify, retention, keys): the access policy every request
  /// applies, for the commands that run on the registry's own host.
  ///
  /// - Throws: ``AccessRefusal`` naming the user and the admins.
  public func authorizeMaintenance(_ caller: Caller, _ permission: Permission)
    throws
  {
    _ = try authorize(caller, permission)
  }

  /// Records `name` as the first admin of a registry without users, the
  /// first time an operation writes to it, and says so.
  func claimFirstAdmin(
    if users: [User], _ permission: Permission, as name: String
  ) throws {
    guard users.isEmpty, permission.writes,
      try registry.claimFirstAdmin(name, at: now)
    else { return }
    note(.firstAdminRecorded(name))
  }
}
