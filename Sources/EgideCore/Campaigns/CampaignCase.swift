import Foundation

/// What campaign detection knows of one case: clear facts and the
/// identifiers of the entities it is linked to, never a handle or a name.
public struct CampaignCase: Hashable, Sendable {
  /// An entity as the registry numbers it, without its value.
  public struct Entity: Hashable, Sendable, Comparable {
    /// Author or domain.
    public var kind: LinkedEntity.Kind
    /// The registry's number for it.
    public var number: Int

    /// Creates an entity reference.
    public init(kind: LinkedEntity.Kind, number: Int) {
      self.kind = kind
      self.number = number
    }

    public static func < (lhs: Entity, rhs: Entity) -> Bool {
      (lhs.kind.rawValue, lhs.number) < (rhs.kind.rawValue, rhs.number)
    }
  }

  /// The case.
  public var reference: CaseReference
  /// When it happened when known to the day or the minute, else when it
  /// was reported: what bursts are timed by.
  public var moment: Date
  /// The court concerned, by code.
  public var court: String
  /// What happened.
  public var kinds: [IncidentKind]
  /// The assessed severity, else the reporter's estimate.
  public var severity: Severity?
  /// The persons targeted.
  public var targets: [PersonID]
  /// The authors and domains it is linked to.
  public var entities: Set<Entity>

  /// Creates the facts of a case; `moment` is taken from `occurred` when
  /// it is known to the day or better, else from `reportedAt`.
  public init(
    reference: CaseReference, reportedAt: Date, occurred: OccurrenceDate?,
    court: String, kinds: [IncidentKind], severity: Severity?,
    targets: [PersonID], entities: Set<Entity>
  ) {
    self.reference = reference
    if let occurred, occurred.precision != .month {
      moment = occurred.start
    } else {
      moment = reportedAt
    }
    self.court = court
    self.kinds = kinds
    self.severity = severity
    self.targets = targets
    self.entities = entities
  }

  /// The author entities.
  public var authors: Set<Entity> { entities.filter { $0.kind == .author } }
}
