import EgideCore
import EgideStore
import Foundation

/// What a user may do with the registry, in one place for every front end.
///
/// Each operation takes an authenticated ``Caller``, checks their role and
/// scope (``AccessPolicy``), runs its transaction with the time of the
/// service's own clock, writes the access-log entry of a reveal before any
/// identity is read, and returns a typed answer or throws a typed error
/// (``DomainError``, ``AccessRefusal``, ``StoreError``, ``ServiceError``)
/// that speaks the domain. The CLI and the HTTP API word the answers and
/// the errors for their own users; neither decides who may do what.
///
/// One service is opened per registry: by each local command, or once by
/// `egide serve` for every request it answers. It holds the registry
/// (with its key, when the key was given), never a user's name, and never
/// a time given by a client.
public final class EgideService: Sendable {
  /// The registry, opened with its key when there is one, concealing
  /// identities until a reveal is logged.
  public let registry: Registry
  /// The rules the registry is run with.
  public let configuration: ServiceConfiguration
  private let clock: @Sendable () -> Date
  private let notes: @Sendable (ServiceNote) -> Void

  /// Creates the service of an opened registry.
  ///
  /// - Parameters:
  ///   - registry: the registry, opened with its key when there is one.
  ///   - configuration: the operator's rules.
  ///   - clock: the service's time: the system clock, or a fixed instant
  ///     for reproducible demos and tests (set by whoever runs the
  ///     service, never by a caller).
  ///   - notes: where the service says what the person at the front end
  ///     may want to know beyond the answer (a first admin recorded, a
  ///     person linked to an earlier record).
  public init(
    registry: Registry, configuration: ServiceConfiguration,
    clock: @escaping @Sendable () -> Date = { Date() },
    notes: @escaping @Sendable (ServiceNote) -> Void = { _ in }
  ) {
    self.registry = registry.revealing(false)
    self.configuration = configuration
    self.clock = clock
    self.notes = notes
  }

  /// The service's current time.
  public var now: Date { clock() }

  /// Says something to the front end's user.
  func note(_ note: ServiceNote) { notes(note) }
}

/// Something the service tells the person behind a front end besides its
/// answer: the CLI prints it on standard error, the server logs nothing
/// of it.
public enum ServiceNote: Sendable, Equatable {
  /// A registry made before users had none: the caller, acting on it for
  /// the first time in a way that writes, was recorded as its first admin.
  case firstAdminRecorded(String)
  /// A registered person was linked to the new case: same name, role and
  /// court as a person already registered, with their earlier cases.
  case personLinked(PersonID, earlierCases: [CaseReference])
  /// Something went less well than it should, without stopping the
  /// answer.
  case warning(String)
}
