/// Where a case stands in its lifecycle: new → assessed → escalated →
/// monitored → resolved, or closed without action; a resolved or closed
/// case can be reopened.
public enum CaseStatus: String, DomainValue {
  /// Reported, not yet assessed.
  case new
  /// Severity set by an assessment.
  case assessed
  /// Escalated to at least one authority.
  case escalated
  /// At least one protective measure is in place.
  case monitored
  /// Followed to its end, with an outcome.
  case resolved
  /// Closed without action: unfounded, withdrawn or duplicate.
  case closed

  public static let fieldName = "status"

  /// Whether the case still needs someone to act on it.
  public var isOpen: Bool { self != .resolved && self != .closed }

  /// The statuses whose assessment deadline can be missed: a case not
  /// yet assessed.
  public static let awaitingAssessment: [CaseStatus] = [.new]

  /// The statuses of cases still being worked on.
  public static let openStatuses: [CaseStatus] = [
    .new, .assessed, .escalated, .monitored,
  ]

  /// The actions the lifecycle allows from this status, in the order a
  /// user would consider them.
  public var allowedActions: [CaseAction] {
    switch self {
    case .new:
      [.assess, .assign, .note, .addEvidence, .requestMeasure, .close]
    case .assessed, .escalated, .monitored:
      [
        .assess, .escalate, .assign, .note, .addEvidence, .requestMeasure,
        .resolve, .close,
      ]
    case .resolved, .closed: [.reopen, .note]
    }
  }

  /// Whether the lifecycle allows `action` from this status.
  public func allows(_ action: CaseAction) -> Bool {
    allowedActions.contains(action)
  }
}

/// Something a user can do to a case; the lifecycle says from which
/// statuses each is allowed.
public enum CaseAction: String, Sendable, CaseIterable {
  case assess
  case escalate
  case assign
  case note
  case addEvidence = "evidence add"
  case requestMeasure = "measure request"
  case resolve
  case close
  case reopen
}
