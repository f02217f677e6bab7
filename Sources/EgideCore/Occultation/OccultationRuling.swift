import Foundation

/// A ruling on an occultation request or on its appeal: the outcome, when
/// it was recorded and when it was notified.
public struct OccultationRuling: Hashable, Sendable {
  /// Granted or refused.
  public var outcome: OccultationOutcome
  /// When it was recorded in Égide.
  public var recordedAt: Date
  /// When it was notified to the person (the start of the appeal window).
  public var notifiedAt: Date

  /// Creates a ruling.
  public init(
    outcome: OccultationOutcome, recordedAt: Date, notifiedAt: Date
  ) {
    self.outcome = outcome
    self.recordedAt = recordedAt
    self.notifiedAt = notifiedAt
  }
}
