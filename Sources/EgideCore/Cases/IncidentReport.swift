import Foundation

/// The facts of a case as first reported: what, when, where, through which
/// channel, against whom, and by whom if known.
public struct IncidentReport: Hashable, Sendable {
  /// What happened, at least one kind, sorted and without repeats.
  public var kinds: [IncidentKind]
  /// When it happened, if known.
  public var occurred: OccurrenceDate?
  /// How it reached the person.
  public var channel: Channel
  /// The platform, for online channels.
  public var platform: Platform?
  /// The court concerned.
  public var court: Court
  /// The targeted persons, at least one.
  public var targets: [PersonID]
  /// The reporter's estimate of the severity, if given.
  public var reportedSeverity: Severity?
  /// Risk factors known at report time.
  public var factors: [RiskFactor]
  /// One line saying what happened (identifying: sealed at rest).
  public var summary: String
  /// The full account (identifying: sealed at rest).
  public var narrative: String?
  /// Handles or names of the authors, if known (identifying).
  public var authors: [String]
  /// When the assessment is due, fixed at report time.
  public var assessmentDue: Date

  /// Creates a report; use ``NewCase/report(targets:assessmentDue:)`` to
  /// build one from validated input.
  public init(
    kinds: [IncidentKind], occurred: OccurrenceDate?, channel: Channel,
    platform: Platform?, court: Court, targets: [PersonID],
    reportedSeverity: Severity?, factors: [RiskFactor], summary: String,
    narrative: String?, authors: [String], assessmentDue: Date
  ) {
    self.kinds = kinds
    self.occurred = occurred
    self.channel = channel
    self.platform = platform
    self.court = court
    self.targets = targets
    self.reportedSeverity = reportedSeverity
    self.factors = factors
    self.summary = summary
    self.narrative = narrative
    self.authors = authors
    self.assessmentDue = assessmentDue
  }
}
