import Foundation

/// A dated, signed change to a case: what changed, who did it and when.
///
/// The state of a case is what its events say.
public struct CaseEvent: Hashable, Sendable {
  /// The position of the event in the case's history, from 1.
  public var sequence: Int
  /// Who made the change.
  public var actor: String
  /// When the change was recorded.
  public var recordedAt: Date
  /// What changed.
  public var change: CaseChange

  /// Creates an event.
  public init(
    sequence: Int, actor: String, recordedAt: Date, change: CaseChange
  ) {
    self.sequence = sequence
    self.actor = actor
    self.recordedAt = recordedAt
    self.change = change
  }
}
