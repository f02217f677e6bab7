import EgideCore
import Foundation

/// What `egide list` asks of the registry: filters, order and a limit.
///
/// Filters combine with AND; a filter left `nil` or empty does not apply.
public struct CaseQuery: Sendable {
  /// How listed cases are ordered.
  public enum Order: String, DomainValue {
    /// Most severe first, then oldest first (the default).
    case severity
    /// Most recently reported first.
    case reported
    /// Oldest reported first.
    case oldest
    /// Earliest assessment deadline first.
    case deadline
    /// Most recently changed first.
    case updated
    /// By reference.
    case reference

    public static let fieldName = "sort"
  }

  /// The statuses to list; the open ones by default.
  public var statuses: [CaseStatus] = CaseStatus.openStatuses
  /// Courts, by code.
  public var courts: [String] = []
  /// An appeal court's district, by the appeal court's code.
  public var appealCourt: String?
  /// Cases carrying any of these kinds.
  public var kinds: [IncidentKind] = []
  /// Cases targeting someone with any of these roles.
  public var roles: [Role] = []
  /// Cases at least this severe (assessed, else as reported; a case not
  /// yet rated counts as `high`, as in the default order).
  public var minimumSeverity: Severity?
  /// Reported at or after.
  public var since: Date?
  /// Reported before.
  public var until: Date?
  /// Only cases with a missed deadline.
  public var overdueOnly = false
  /// Cases targeting this person.
  public var person: PersonID?
  /// Cases assigned to this name.
  public var assignee: String?
  /// Only these cases, when given (the cases a search found); none
  /// when empty.
  public var references: [CaseReference]?
  /// The order.
  public var order: Order = .severity
  /// At most this many cases.
  public var limit: Int?
  /// How many cases of the order to skip first: a page after the first.
  public var offset = 0
  /// The acting user's scope: only the cases of that court or ressort.
  public var scope: UserScope?
  /// The instant deadlines are compared with.
  public var now: Date

  /// A query for the open cases, most severe then oldest first.
  public init(now: Date) { self.now = now }
}

/// One line of a case list: the facts of a case, its deadlines and its
/// summary.
public struct CaseListing: Sendable, Hashable {
  public var reference: CaseReference
  public var status: CaseStatus
  /// The assessed severity, else the reporter's estimate.
  public var severity: Severity?
  /// Whether ``severity`` comes from an assessment.
  public var isAssessed: Bool
  public var court: String
  public var appealCourt: String?
  public var kinds: [IncidentKind]
  public var channel: Channel
  public var platform: Platform?
  public var reportedAt: Date
  public var assessmentDue: Date
  public var assignee: String?
  public var closureReason: ClosureReason?
  /// Whether the assessment is late.
  public var assessmentOverdue: Bool
  /// How many measures are past their due date.
  public var overdueMeasures: Int
  /// The one-line summary (identifying).
  public var summary: String

  /// Whether anything in the case is late.
  public var isOverdue: Bool { assessmentOverdue || overdueMeasures > 0 }
}
