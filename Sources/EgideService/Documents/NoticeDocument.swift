import EgideCore
import Foundation

/// A platform notice as `notice show` answers it: where it stands, each
/// URL with its status and time to removal, and the platform's replies.
///
/// The contract other tools rely on (stable camelCase keys, ISO 8601 UTC
/// dates, sorted keys), printed by `egide notice show --json`. The URLs,
/// the notifier and the statements read `[sealed]` unless revealed.
public struct NoticeDocument: Codable, Sendable {
  /// One URL of the notice.
  public struct URLPart: Codable, Sendable {
    /// When the platform decided on it.
    public var decidedAt: String?
    /// Its place in the notice, from 1.
    public var position: Int
    /// When it was removed.
    public var removedAt: String?
    /// `pending`, `removed`, `restricted` or `kept`.
    public var status: String
    /// From sending to removal, once removed.
    public var timeToRemovalSeconds: Int?
    /// The address (sealed).
    public var url: String
  }

  /// One answer of the platform.
  public struct ReplyPart: Codable, Sendable {
    /// When the platform decided.
    public var decidedAt: String
    /// `removed`, `restricted` or `kept`.
    public var decision: String
    /// The URLs it is about, by position.
    public var positions: [Int]
    /// When it was recorded.
    public var recordedAt: String
    /// Who recorded it.
    public var recordedBy: String
    /// The platform's statement of reasons (sealed).
    public var statement: String
  }

  /// Who sends the notice.
  public struct NotifierPart: Codable, Sendable {
    /// Their e-mail address (sealed).
    public var email: String
    /// Their name (sealed).
    public var name: String
  }

  /// The case of the measure.
  public var caseReference: String
  /// `platform_form`, `pharos` or `trusted_flagger`.
  public var channel: String
  /// When it was drafted.
  public var draftedAt: String
  /// When it is due a follow-up, while it awaits an answer.
  public var followUpDue: String?
  /// Whether it awaits an answer past its follow-up date.
  public var followUpOverdue: Bool
  /// The content_takedown measure it carries out.
  public var measure: String
  /// The notice's identifier.
  public var notice: String
  /// Who sends it.
  public var notifier: NotifierPart
  /// The offence articles of the case's kinds.
  public var offences: [String]
  /// The platform.
  public var platform: String
  /// The platform's answers, in order.
  public var replies: [ReplyPart]
  /// When it was sent.
  public var sentAt: String?
  /// `draft`, `sent` or `answered`.
  public var status: String
  /// Its URLs, in order.
  public var urls: [URLPart]

  init(_ notice: TakedownNotice, policy: FollowUpPolicy, now: Date) {
    let draft = notice.draft
    caseReference = draft.caseReference.description
    channel = draft.channel.rawValue
    draftedAt = ISODate.string(notice.draftedAt)
    followUpDue =
      notice.isAwaitingAnswer
      ? notice.followUpDue(policy: policy).map(ISODate.string) : nil
    followUpOverdue = notice.isFollowUpOverdue(at: now, policy: policy)
    measure = draft.measure.description
    self.notice = notice.id.description
    notifier = NotifierPart(
      email: draft.notifier.email, name: draft.notifier.name)
    offences = notice.offences
    platform = draft.platform.rawValue
    replies = notice.replies.map {
      ReplyPart(
        decidedAt: ISODate.string($0.reply.decidedAt),
        decision: $0.reply.decision.rawValue, positions: $0.reply.positions,
        recordedAt: ISODate.string($0.recordedAt), recordedBy: $0.recordedBy,
        statement: $0.reply.statement)
    }
    sentAt = notice.sentAt.map(ISODate.string)
    status = notice.status.rawValue
    urls = notice.targets.map {
      URLPart(
        decidedAt: $0.decidedAt.map(ISODate.string), position: $0.position,
        removedAt: $0.removedAt.map(ISODate.string),
        status: $0.status.rawValue,
        timeToRemovalSeconds: notice.timeToRemoval(of: $0).map { Int($0) },
        url: $0.url)
    }
  }
}
