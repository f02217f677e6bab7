import Foundation

/// How long a reported case may wait for its assessment, by the severity
/// the reporter gave it, in working days.
///
/// The defaults follow the judicial threat programmes DOMAIN.md cites
/// (3 working days for urgent cases, 7 for standard ones), tightened to
/// one working day for critical cases. A case reported without a severity
/// is treated as urgent until someone assesses it.
public struct DeadlinePolicy: Hashable, Sendable {
  /// Working days allowed per reported severity.
  public var assessmentDays: [Severity: Int]
  /// Working days allowed when the reporter gave no severity.
  public var unratedAssessmentDays: Int

  /// The defaults: critical 1, high 3, moderate 7, low 7, unrated 3.
  public static let standard = DeadlinePolicy(
    assessmentDays: [.critical: 1, .high: 3, .moderate: 7, .low: 7],
    unratedAssessmentDays: 3)

  /// Creates a policy from working days per severity.
  public init(assessmentDays: [Severity: Int], unratedAssessmentDays: Int) {
    self.assessmentDays = assessmentDays
    self.unratedAssessmentDays = unratedAssessmentDays
  }

  /// When the assessment of a case reported at `reportedAt` is due.
  public func assessmentDue(
    reportedAt: Date, severity: Severity?, calendar: BusinessCalendar
  ) -> Date {
    let days =
      severity.flatMap { assessmentDays[$0] } ?? unratedAssessmentDays
    return calendar.endOfBusinessDay(days, after: reportedAt)
  }
}
