import EgideCore
import EgideStore
import Foundation

/// The acting user once checked, and the registry opened for them.
///
/// Obtained from ``Settings/authorize(_:on:decrypting:)``, the one place
/// where every command is checked.
struct Access {
  /// The settings the command runs with.
  let settings: Settings
  /// The registry, opened without revealing identities (unless the command
  /// decrypts to apply its rules).
  let registry: Registry
  /// Every user of the registry, empty for a registry made before users.
  let users: [User]
  /// The user the actor acts as.
  let user: User
  /// The permission checked when the registry was opened.
  let permission: Permission
  /// The case the command acts on, when it acts on one.
  let location: CaseLocation?

  /// The cases the user sees and acts on; nil for every case.
  var scope: UserScope? { user.scope }

  /// Checks one more permission, or one more case (an imported row, the
  /// court of a new report), before the command writes.
  ///
  /// - Throws: ``AccessRefusal`` (exit 77) naming the user and the admins.
  func require(_ permission: Permission, at location: CaseLocation? = nil)
    throws
  {
    _ = try AccessPolicy.user(
      settings.actor, among: users, may: permission, at: location)
    // A first admin is claimed once, by the first permission that writes.
    if !self.permission.writes {
      try settings.claimFirstAdmin(if: users, permission, in: registry)
    }
  }

  /// Checks that each registered person named by identifier (`--person`,
  /// an import's `person_id`) is registered at a court within the user's
  /// scope: identifiers are sequential, and naming one outside it would
  /// reveal that person's name in the new case.
  ///
  /// - Throws: ``AccessRefusal`` (exit 77) naming the person and the scope.
  func requireInScope(_ persons: [TargetedPerson]) throws {
    guard let scope else { return }
    if let outside = persons.first(where: { !sees(court: $0.court.code) }) {
      throw AccessRefusal(
        .outOfScope,
        "user '\(user.name)' is \(user.role.withArticle) for \(scope): person \(outside.id) is registered outside that scope; register the person with --target and --role, or \(AccessPolicy.askAnAdmin(users))"
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

  /// Limits a case query to the user's scope, refusing a `--court` or
  /// `--ressort` filter outside it.
  ///
  /// - Throws: ``AccessRefusal`` (exit 77) naming the filter and the scope.
  func restrict(_ query: inout CaseQuery) throws {
    guard let scope else { return }
    var outside = query.courts.filter { !scope.contains(court: $0) }.map {
      "--court \($0)"
    }
    if let appealCourt = query.appealCourt {
      let inside =
        switch scope {
        case .ressort(let code): code == appealCourt
        case .court(let code):
          CourtDirectory.shared.court(code: code)?.appealCourtCode
            == appealCourt
        }
      if !inside { outside.append("--ressort \(appealCourt)") }
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
  ///   - cases: the cases revealed; nil for a reveal that concerns none.
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
    if registry.isSealed { _ = try settings.loadKey(required: true) }
    let entries = try cases.map { reference throws(DomainError) in
      try AccessEntry(
        actor: settings.actor, recordedAt: settings.now, action: action,
        caseReference: reference, purpose: purpose, details: details)
    }
    if !entries.isEmpty { try registry.recordAccess(entries) }
    return registry.revealsIdentities
      ? registry : try settings.openRegistry(revealing: true)
  }
}

extension Settings {
  /// Checks that the acting user may use `permission` (on the case behind
  /// `subject`), and opens the registry for the command.
  ///
  /// The order of refusals: an unknown or disabled user and a permission
  /// the role lacks (exit 77) before anything else; then a subject the
  /// registry does not hold (exit 65); then a case outside the user's
  /// scope (exit 77). A registry without users lets the actor act as an
  /// admin, and records them as its first admin on the first command that
  /// writes.
  ///
  /// - Parameters:
  ///   - permission: what the command does.
  ///   - subject: what it acts on, when that belongs to one case.
  ///   - decrypting: whether the registry is opened with the real
  ///     identities, for a command that needs them to apply its rules
  ///     (matching a notice's URLs, scanning decisions for names) and
  ///     prints none of them.
  /// - Returns: the checked user and the registry opened for them.
  /// - Throws: ``AccessRefusal`` (exit 77), ``DomainError`` `.notFound`
  ///   for a subject the registry does not hold, ``StoreError`` when the
  ///   registry cannot be opened.
  func authorize(
    _ permission: Permission, on subject: CaseSubject? = nil,
    decrypting: Bool = false
  ) throws -> Access {
    let registry = try openRegistry(revealing: decrypting)
    let users = try registry.users()
    var user = try AccessPolicy.user(actor, among: users, may: permission)
    var location: CaseLocation?
    if let subject {
      let found = try registry.location(of: subject)
      user = try AccessPolicy.user(
        actor, among: users, may: permission, at: found)
      location = found
    }
    try claimFirstAdmin(if: users, permission, in: registry)
    return Access(
      settings: self, registry: registry, users: users, user: user,
      permission: permission, location: location)
  }

  /// Checks the acting user against the users of a registry file, read
  /// without writing to it: for doctor, backup and restore, which work on
  /// the file itself.
  ///
  /// - Parameters:
  ///   - permission: what the command does.
  ///   - path: the registry file (or backup) it works on.
  ///   - tolerant: whether a file whose users cannot be read (a damaged
  ///     registry, the very thing doctor diagnoses) lets the command go
  ///     on.
  /// - Throws: ``AccessRefusal`` (exit 77); ``StoreError`` when the users
  ///   cannot be read and `tolerant` is false.
  func authorize(
    _ permission: Permission, registryFile path: String,
    tolerant: Bool = false
  ) throws {
    let users: [User]
    do { users = try Registry.users(inFileAt: path) } catch {
      if tolerant { return }
      throw error
    }
    _ = try AccessPolicy.user(actor, among: users, may: permission)
  }

  /// Records the actor as the first admin of a registry without users,
  /// the first time a command writes to it, and says so on stderr.
  func claimFirstAdmin(
    if users: [User], _ permission: Permission, in registry: Registry
  ) throws {
    guard users.isEmpty, permission.writes,
      try registry.claimFirstAdmin(actor, at: now)
    else { return }
    Terminal.error(
      "egide: note: this registry had no users; \(actor) is now its first admin: add the others with 'egide user add NAME --role ROLE'"
    )
  }
}
