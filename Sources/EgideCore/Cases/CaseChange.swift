import Foundation

/// One change to a case, as decided by the lifecycle rules: the "what" of
/// a ``CaseEvent``.
public enum CaseChange: Hashable, Sendable {
  /// The case was logged.
  case reported(IncidentReport)
  /// Severity (and risk factors) set.
  case assessed(severity: Severity, factors: [RiskFactor])
  /// Escalated to an authority, with the reason.
  case escalated(level: EscalationLevel, authority: String?, reason: String)
  /// Given to someone to follow.
  case assigned(to: String)
  /// A note added to the file.
  case noted(String)
  /// Evidence attached.
  case evidenceAdded(EvidenceItem)
  /// A protective measure requested.
  case measureRequested(Measure)
  /// A measure changed status, with an optional note.
  case measureUpdated(
    id: MeasureID, from: MeasureStatus, to: MeasureStatus, note: String?)
  /// Followed to its end.
  case resolved(outcome: String)
  /// Closed without action.
  case closed(reason: ClosureReason, duplicateOf: CaseReference?)
  /// Reopened after resolution or closure, with the reason.
  case reopened(reason: String)
  /// Identities purged under the retention policy: the anonymous facts
  /// stay.
  case purged(retentionYears: Int)

  /// A stable name for the kind of change, as stored and shown.
  public var name: String {
    switch self {
    case .reported: "reported"
    case .assessed: "assessed"
    case .escalated: "escalated"
    case .assigned: "assigned"
    case .noted: "note"
    case .evidenceAdded: "evidence_added"
    case .measureRequested: "measure_requested"
    case .measureUpdated: "measure_updated"
    case .resolved: "resolved"
    case .closed: "closed"
    case .reopened: "reopened"
    case .purged: "purged"
    }
  }

  /// Every stable change name, for the store's CHECK constraint.
  public static let names = [
    "reported", "assessed", "escalated", "assigned", "note", "evidence_added",
    "measure_requested", "measure_updated", "resolved", "closed", "reopened",
    "purged",
  ]
}
