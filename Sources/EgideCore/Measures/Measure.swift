import Foundation

/// A protective measure requested in a case, with its own lifecycle.
public struct Measure: Hashable, Sendable, Identifiable {
  /// The stable identifier.
  public var id: MeasureID
  /// What is requested.
  public var kind: MeasureKind
  /// The authority addressed (a court head, the prefecture, a platform…).
  public var authority: String
  /// The person the measure protects.
  public var beneficiary: PersonID
  /// When it was requested.
  public var requestedAt: Date
  /// When a decision or implementation is due, if a date was set.
  public var due: Date?
  /// Where it stands now.
  public var status: MeasureStatus
  /// When it last changed status.
  public var updatedAt: Date

  /// Creates a measure in the `requested` status.
  public init(
    id: MeasureID, kind: MeasureKind, authority: String,
    beneficiary: PersonID, requestedAt: Date, due: Date?
  ) {
    self.id = id
    self.kind = kind
    self.authority = authority
    self.beneficiary = beneficiary
    self.requestedAt = requestedAt
    self.due = due
    self.status = .requested
    self.updatedAt = requestedAt
  }

  /// Whether the due date has passed while the measure still awaits a
  /// decision or its implementation.
  public func isOverdue(at now: Date) -> Bool {
    guard let due else { return false }
    return status.isAwaitingAction && due < now
  }
}
