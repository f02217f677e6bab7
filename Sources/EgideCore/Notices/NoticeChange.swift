import Foundation

/// One change to a notice: the "what" of a ``NoticeEvent``.
public enum NoticeChange: Hashable, Sendable {
  /// The notice was drafted for a content_takedown measure.
  case drafted(NoticeDraft)
  /// A URL was added to a draft.
  case urlAdded(String)
  /// The notice was sent to the platform, at the given time.
  case sent(at: Date)
  /// The platform answered for some URLs.
  case replied(NoticeReply)

  /// A stable name for the kind of change, as stored and shown.
  public var name: String {
    switch self {
    case .drafted: "drafted"
    case .urlAdded: "url_added"
    case .sent: "sent"
    case .replied: "replied"
    }
  }

  /// Every stable change name, for the store's CHECK constraint.
  public static let names = ["drafted", "url_added", "sent", "replied"]
}

/// A dated, signed change to a notice.
public struct NoticeEvent: Hashable, Sendable {
  /// The position of the event in the notice's history, from 1.
  public var sequence: Int
  /// Who recorded the change.
  public var actor: String
  /// When the change was recorded.
  public var recordedAt: Date
  /// What changed.
  public var change: NoticeChange

  /// Creates an event.
  public init(
    sequence: Int, actor: String, recordedAt: Date, change: NoticeChange
  ) {
    self.sequence = sequence
    self.actor = actor
    self.recordedAt = recordedAt
    self.change = change
  }
}

/// What a notice says when it is drafted: everything DSA article 16 requires,
/// and where it goes.
public struct NoticeDraft: Hashable, Sendable {
  /// The content_takedown measure the notice carries out.
  public var measure: MeasureID
  /// The case of that measure.
  public var caseReference: CaseReference
  /// Where the content is.
  public var platform: Platform
  /// How the notice is sent.
  public var channel: NoticeChannel
  /// The kinds the notified content carries, chosen among the case's
  /// online kinds; with ``capacities`` they give the offences.
  public var kinds: [IncidentKind]
  /// The capacities in which the case's targeted persons are protected,
  /// once each; empty for a notice drafted before they were recorded.
  public var capacities: [ProtectedCapacity]
  /// For the `trusted_flagger` channel, the organisation designated by
  /// the Digital Services Coordinator that the notifier acts for.
  public var trustedFlagger: String?
  /// The exact URLs, in the order given.
  public var urls: [String]
  /// Who sends it.
  public var notifier: Notifier
  /// The notifier's own explanation, added to the offences, if any.
  public var reasons: String?

  /// Creates a draft; use ``TakedownNotice/draft(id:measure:in:platform:channel:urls:notifier:reasons:by:at:)``
  /// to have it checked.
  public init(
    measure: MeasureID, caseReference: CaseReference, platform: Platform,
    channel: NoticeChannel, kinds: [IncidentKind],
    capacities: [ProtectedCapacity] = [], urls: [String],
    notifier: Notifier, reasons: String?, trustedFlagger: String? = nil
  ) {
    self.measure = measure
    self.caseReference = caseReference
    self.platform = platform
    self.channel = channel
    self.kinds = kinds
    self.capacities = capacities
    self.trustedFlagger = trustedFlagger
    self.urls = urls
    self.notifier = notifier
    self.reasons = reasons
  }
}

/// A platform's answer about some URLs of a notice (DSA article 16(5) and
/// article 17: the decision and its statement of reasons).
public struct NoticeReply: Hashable, Sendable {
  /// What the platform decided.
  public var decision: NoticeDecision
  /// The URLs concerned, as positions in the notice from 1.
  public var positions: [Int]
  /// The platform's statement of reasons.
  public var statement: String
  /// When the platform decided.
  public var decidedAt: Date

  /// Creates a reply.
  public init(
    decision: NoticeDecision, positions: [Int], statement: String,
    decidedAt: Date
  ) {
    self.decision = decision
    self.positions = positions
    self.statement = statement
    self.decidedAt = decidedAt
  }
}
