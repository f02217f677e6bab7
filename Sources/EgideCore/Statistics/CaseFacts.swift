import Foundation

/// What a summary may know of one case: clear facts and dated changes,
/// never a name, a free text or an identifier of a person.
///
/// The store builds these from clear columns and event facts alone, so a
/// summary never needs the identities.
public struct CaseFacts: Sendable, Hashable {
  /// How a case ended, or was reopened, at some moment.
  public enum Ending: Hashable, Sendable {
    case resolved
    case closed(ClosureReason)
    case reopened
  }

  /// One protective measure and its dated status changes.
  public struct MeasureFacts: Sendable, Hashable {
    public var kind: MeasureKind
    public var requestedAt: Date
    public var due: Date?
    /// Each status reached after `requested`, with when, oldest first.
    public var changes: [(status: MeasureStatus, at: Date)]
    /// For a protection fonctionnelle, its legal basis.
    public var protectionBasis: ProtectionBasis?
    /// For a protection fonctionnelle, when its silence becomes a refusal.
    public var silenceEnds: Date?

    /// Creates the facts of a measure.
    public init(
      kind: MeasureKind, requestedAt: Date, due: Date?,
      changes: [(status: MeasureStatus, at: Date)]
    ) {
      self.kind = kind
      self.requestedAt = requestedAt
      self.due = due
      self.changes = changes
    }

    /// The status at an instant (`nil` before the request).
    public func status(at date: Date) -> MeasureStatus? {
      guard requestedAt < date else { return nil }
      return changes.last { $0.at < date }?.status ?? .requested
    }

    public static func == (lhs: MeasureFacts, rhs: MeasureFacts) -> Bool {
      lhs.kind == rhs.kind && lhs.requestedAt == rhs.requestedAt
        && lhs.due == rhs.due
        && lhs.changes.map(\.status) == rhs.changes.map(\.status)
        && lhs.changes.map(\.at) == rhs.changes.map(\.at)
        && lhs.protectionBasis == rhs.protectionBasis
        && lhs.silenceEnds == rhs.silenceEnds
    }

    public func hash(into hasher: inout Hasher) {
      hasher.combine(kind)
      hasher.combine(requestedAt)
    }
  }

  public var reportedAt: Date
  public var kinds: [IncidentKind]
  /// The role categories of the targeted persons, without repeats.
  public var roleCategories: [RoleCategory]
  /// The cour d'appel (or CAA, TSA) whose district holds the court;
  /// `nil` for the two supreme courts.
  public var appealCourt: String?
  /// Whether the court is of the administrative order (a tribunal
  /// administratif, a cour administrative d'appel, the Conseil d'État).
  public var isAdministrative = false
  /// When the incident occurred (the start of what was reported: a
  /// minute, a day or a month), if the report says.
  public var occurred: Date?
  public var channel: Channel
  public var platform: Platform?
  /// The severity the reporter gave, if any.
  public var severity: Severity?
  /// Every assessment, oldest first.
  public var assessments: [(severity: Severity, at: Date)] = []
  /// When the assessment was due.
  public var assessmentDue: Date
  /// When the case was first assessed.
  public var assessedAt: Date?
  /// Every escalation, oldest first.
  public var escalations: [(level: EscalationLevel, at: Date)]
  /// Every resolution, closure and reopening, oldest first.
  public var endings: [(ending: Ending, at: Date)]
  /// Every measure.
  public var measures: [MeasureFacts]

  /// Creates the facts of a case.
  public init(
    reportedAt: Date, kinds: [IncidentKind], roleCategories: [RoleCategory],
    appealCourt: String?, channel: Channel, platform: Platform?,
    severity: Severity?, assessmentDue: Date, assessedAt: Date?,
    escalations: [(level: EscalationLevel, at: Date)],
    endings: [(ending: Ending, at: Date)], measures: [MeasureFacts]
  ) {
    self.reportedAt = reportedAt
    self.kinds = kinds
    self.roleCategories = roleCategories
    self.appealCourt = appealCourt
    self.channel = channel
    self.platform = platform
    self.severity = severity
    self.assessmentDue = assessmentDue
    self.assessedAt = assessedAt
    self.escalations = escalations
    self.endings = endings
    self.measures = measures
  }

  /// The severity at an instant.
  ///
  /// That is the last assessment before it, else the reporter's estimate.
  /// Summaries use the severity at the end of their
  /// period, so that a summary made later says the same.
  public func severity(at date: Date) -> Severity? {
    assessments.last { $0.at < date }?.severity ?? severity
  }

  /// Whether the case had been reported and was not resolved or closed at
  /// an instant.
  public func isOpen(at date: Date) -> Bool {
    guard reportedAt < date else { return false }
    guard let last = endings.last(where: { $0.at < date }) else { return true }
    return last.ending == .reopened
  }

  public static func == (lhs: CaseFacts, rhs: CaseFacts) -> Bool {
    lhs.reportedAt == rhs.reportedAt && lhs.kinds == rhs.kinds
      && lhs.roleCategories == rhs.roleCategories
      && lhs.appealCourt == rhs.appealCourt && lhs.channel == rhs.channel
      && lhs.platform == rhs.platform && lhs.severity == rhs.severity
      && lhs.assessments.map(\.severity) == rhs.assessments.map(\.severity)
      && lhs.assessments.map(\.at) == rhs.assessments.map(\.at)
      && lhs.assessmentDue == rhs.assessmentDue
      && lhs.assessedAt == rhs.assessedAt
      && lhs.escalations.map(\.level) == rhs.escalations.map(\.level)
      && lhs.escalations.map(\.at) == rhs.escalations.map(\.at)
      && lhs.endings.map(\.ending) == rhs.endings.map(\.ending)
      && lhs.endings.map(\.at) == rhs.endings.map(\.at)
      && lhs.measures == rhs.measures
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(reportedAt)
    hasher.combine(kinds)
  }
}
