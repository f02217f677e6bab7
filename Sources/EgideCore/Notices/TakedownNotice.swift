import Foundation

/// A notice asking for content to be taken down, to a platform (DSA
/// article 16) or reported to PHAROS, as its history tells it: drafted, sent once, answered URL by URL.
public struct TakedownNotice: Hashable, Sendable, Identifiable {
  /// One URL of the notice and what became of it.
  public struct Target: Hashable, Sendable {
    /// Its position in the notice, from 1.
    public var position: Int
    /// The exact URL.
    public var url: String
    /// When it was recorded in the registry: the latest date it was seen
    /// online, for a PHAROS report.
    public var recordedAt: Date
    /// Where it stands.
    public var status: NoticeURLStatus
    /// When the platform last decided about it.
    public var decidedAt: Date?
    /// When it was removed, once removed.
    public var removedAt: Date?
  }

  /// A reply as recorded, with who recorded it and when.
  public struct RecordedReply: Hashable, Sendable {
    public var reply: NoticeReply
    public var recordedBy: String
    public var recordedAt: Date
  }

  /// The stable identifier.
  public let id: NoticeID
  /// What was drafted.
  public private(set) var draft: NoticeDraft
  /// Every URL, in the order given.
  public private(set) var targets: [Target]
  /// When it was drafted.
  public let draftedAt: Date
  /// Who drafted it.
  public let draftedBy: String
  /// When it was sent, once sent.
  public private(set) var sentAt: Date?
  /// Every reply, oldest first.
  public private(set) var replies: [RecordedReply] = []
  /// The full history, oldest first.
  public private(set) var events: [NoticeEvent] = []

  /// Where the notice stands.
  public var status: NoticeStatus {
    guard sentAt != nil else { return .draft }
    return targets.contains { $0.status == .pending } ? .sent : .answered
  }

  /// The offence articles the content falls under, from the notice's kinds
  /// and the capacities of the persons targeted, each once, in the order
  /// of the kinds.
  public var offences: [String] {
    IncidentKind.offences(for: draft.kinds, against: draft.capacities)
  }

  /// Whether the notice was sent and some URL still awaits a decision.
  public var isAwaitingAnswer: Bool { status == .sent }

  /// When the notice is due for a follow-up, once sent.
  public func followUpDue(policy: FollowUpPolicy) -> Date? {
    sentAt.map { policy.followUpDue(sentAt: $0, channel: draft.channel) }
  }

  /// Whether the notice awaits an answer past its follow-up date.
  public func isFollowUpOverdue(at now: Date, policy: FollowUpPolicy) -> Bool {
    guard isAwaitingAnswer, let due = followUpDue(policy: policy) else {
      return false
    }
    return due < now
  }

  /// The time from sending to removal of a URL, in whole seconds, once it
  /// is removed.
  public func timeToRemoval(of target: Target) -> TimeInterval? {
    guard let sentAt, let removedAt = target.removedAt else { return nil }
    return max(0, removedAt.timeIntervalSince(sentAt).rounded())
  }

  /// Rebuilds a notice from its history.
  ///
  /// - Throws: ``DomainError`` if the history does not start with a
  ///   draft or is out of sequence.
  public init(id: NoticeID, events: [NoticeEvent]) throws(DomainError) {
    guard let first = events.first, case .drafted(let draft) = first.change
    else {
      throw DomainError(.notFound, "notice \(id) has no draft in its history")
    }
    self.id = id
    self.draft = draft
    self.targets = []
    self.draftedAt = first.recordedAt
    self.draftedBy = first.actor
    for event in events { try apply(event) }
  }

  /// Adds an event to the history and updates the state.
  ///
  /// - Throws: ``DomainError`` if the event is out of sequence.
  public mutating func apply(_ event: NoticeEvent) throws(DomainError) {
    guard event.sequence == events.count + 1 else {
      throw DomainError(
        .forbiddenTransition,
        "event \(event.sequence) of notice \(id) is out of sequence; expected \(events.count + 1)"
      )
    }
    events.append(event)
    switch event.change {
    case .drafted(let draft):
      self.draft = draft
      targets = draft.urls.enumerated().map {
        Target(
          position: $0.offset + 1, url: $0.element,
          recordedAt: event.recordedAt, status: .pending)
      }
    case .urlAdded(let url):
      draft.urls.append(url)
      targets.append(
        Target(
          position: targets.count + 1, url: url,
          recordedAt: event.recordedAt, status: .pending))
    case .sent(let date):
      sentAt = date
    case .replied(let reply):
      replies.append(
        RecordedReply(
          reply: reply, recordedBy: event.actor, recordedAt: event.recordedAt))
      for position in reply.positions
      where targets.indices.contains(position - 1) {
        let status = reply.decision.urlStatus
        targets[position - 1].status = status
        targets[position - 1].decidedAt = reply.decidedAt
        if status == .removed {
          targets[position - 1].removedAt = reply.decidedAt
        }
      }
    }
  }
}
