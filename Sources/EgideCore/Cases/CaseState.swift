import Foundation

/// A case as its events tell it: replaying the history gives the status,
/// the severity, the measures and everything else; nothing is stored that
/// the events do not say.
public struct CaseState: Hashable, Sendable {
  /// An escalation made in this case.
  public struct Escalation: Hashable, Sendable {
    public var level: EscalationLevel
    public var authority: String?
    public var at: Date
    public var by: String
  }

  /// The case's reference.
  public let reference: CaseReference
  /// Where it stands.
  public private(set) var status: CaseStatus = .new
  /// The facts as reported.
  public private(set) var report: IncidentReport
  /// When it was reported, and by whom.
  public let reportedAt: Date
  /// Who reported it.
  public let reportedBy: String
  /// The assessed severity, once assessed.
  public private(set) var assessedSeverity: Severity?
  /// The risk factors, from the report then from each assessment.
  public private(set) var factors: [RiskFactor]
  /// When it was first assessed.
  public private(set) var assessedAt: Date?
  /// Who follows it.
  public private(set) var assignee: String?
  /// Every escalation, oldest first.
  public private(set) var escalations: [Escalation] = []
  /// Every measure requested, oldest first.
  public private(set) var measures: [Measure] = []
  /// Every piece of evidence, oldest first.
  public private(set) var evidence: [EvidenceItem] = []
  /// Why it was closed, while closed.
  public private(set) var closureReason: ClosureReason?
  /// The case it duplicates, while closed as a duplicate.
  public private(set) var duplicateOf: CaseReference?
  /// When it was last resolved or closed, while it is.
  public private(set) var endedAt: Date?
  /// When its identities were purged under the retention policy, if they
  /// were.
  public private(set) var purgedAt: Date?
  /// The full history, oldest first.
  public private(set) var events: [CaseEvent] = []

  /// The severity that orders and times the case: the assessed one, else
  /// the reporter's estimate.
  public var severity: Severity? { assessedSeverity ?? report.reportedSeverity }

  /// When the last change was recorded.
  public var updatedAt: Date { events.last?.recordedAt ?? reportedAt }

  /// Rebuilds a case from its history.
  ///
  /// - Throws: ``DomainError`` if the history does not start with a report
  ///   or its sequence numbers are not 1, 2, 3…
  public init(reference: CaseReference, events: [CaseEvent]) throws(DomainError)
  {
    guard let first = events.first, case .reported(let report) = first.change
    else {
      throw DomainError(
        .notFound, "case \(reference) has no report in its history")
    }
    self.reference = reference
    self.report = report
    self.reportedAt = first.recordedAt
    self.reportedBy = first.actor
    self.factors = report.factors
    for event in events { try apply(event) }
  }

  /// Whether the assessment deadline has passed with no assessment.
  public func isAssessmentOverdue(at now: Date) -> Bool {
    CaseStatus.awaitingAssessment.contains(status)
      && report.assessmentDue < now
  }

  /// The measures whose due date has passed while they await action.
  public func overdueMeasures(at now: Date) -> [Measure] {
    measures.filter { $0.isOverdue(at: now) }
  }

  /// Whether anything in the case is late.
  public func isOverdue(at now: Date) -> Bool {
    isAssessmentOverdue(at: now) || !overdueMeasures(at: now).isEmpty
  }

  /// Adds an event to the history and updates the state.
  ///
  /// - Throws: ``DomainError`` if the event is out of sequence.
  public mutating func apply(_ event: CaseEvent) throws(DomainError) {
    guard event.sequence == events.count + 1 else {
      throw DomainError(
        .forbiddenTransition,
        "event \(event.sequence) of case \(reference) is out of sequence; expected \(events.count + 1)"
      )
    }
    events.append(event)
    switch event.change {
    case .reported(let report):
      self.report = report
      status = .new
    case .assessed(let severity, let factors):
      assessedSeverity = severity
      self.factors = factors
      if assessedAt == nil { assessedAt = event.recordedAt }
      status = workingStatus
    case .escalated(let level, let authority, _):
      escalations.append(
        Escalation(
          level: level, authority: authority, at: event.recordedAt,
          by: event.actor))
      status = workingStatus
    case .assigned(let name):
      assignee = name
    case .noted:
      break
    case .evidenceAdded(let item):
      evidence.append(item)
    case .measureRequested(let measure):
      measures.append(measure)
    case .measureUpdated(let id, _, let to, _):
      if let index = measures.firstIndex(where: { $0.id == id }) {
        measures[index].status = to
        measures[index].updatedAt = event.recordedAt
      }
      if status.isOpen { status = workingStatus }
    case .resolved:
      status = .resolved
      endedAt = event.recordedAt
    case .closed(let reason, let duplicate):
      status = .closed
      closureReason = reason
      duplicateOf = duplicate
      endedAt = event.recordedAt
    case .purged:
      purgedAt = event.recordedAt
    case .reopened:
      closureReason = nil
      duplicateOf = nil
      endedAt = nil
      status = workingStatus
    }
  }

  /// The status an open case has from what happened to it: new until
  /// assessed, monitored while a measure is in place, escalated once
  /// escalated, else assessed.
  var workingStatus: CaseStatus {
    if assessedSeverity == nil { return .new }
    if measures.contains(where: { $0.status == .inPlace }) { return .monitored }
    return escalations.isEmpty ? .assessed : .escalated
  }
}
