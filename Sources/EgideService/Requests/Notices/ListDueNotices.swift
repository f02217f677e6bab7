import EgideCore
import EgideStore
import Foundation

/// The notices awaiting a platform's answer past their follow-up date.
///
/// A notice is due for a follow-up when it was sent, some URL still has
/// no decision, and the follow-up delay of its channel has passed since
/// sending. The list names no person and no URL; a user limited to a
/// court or a ressort gets the notices of its cases only.
public struct ListDueNotices: ServiceRequest {
  public static let endpoint = Endpoint(.get, "/v1/notices/due")

  /// The list of the notices due.
  public init() {}

  /// One notice due for a follow-up.
  public struct DueNotice: Codable, Sendable, Equatable {
    /// The case.
    public var caseReference: String
    /// The notice's channel.
    public var channel: String
    /// Whole days since the follow-up date.
    public var daysLate: Int
    /// When the follow-up was due.
    public var followUpDue: String
    /// The content_takedown measure.
    public var measure: String
    /// The notice.
    public var notice: String
    /// How many URLs still await a decision.
    public var pendingUrls: Int
    /// The platform.
    public var platform: String
    /// When it was sent.
    public var sentAt: String
    /// How many URLs it names.
    public var urls: Int
  }

  /// The notices due, the oldest sending first.
  public struct Document: Codable, Sendable {
    /// The notices.
    public var notices: [DueNotice]
    /// The instant the follow-up dates were compared with.
    public var asOf: String
  }

  public func run(on service: EgideService, as caller: Caller) throws
    -> Document
  {
    let access = try service.authorize(caller, .due)
    let now = access.now
    let policy = service.configuration.followUp
    var rows: [DueNotice] = []
    for notice in try access.registry.noticesAwaitingAnswer() {
      guard notice.isFollowUpOverdue(at: now, policy: policy),
        let sentAt = notice.sentAt,
        let followUp = notice.followUpDue(policy: policy),
        try access.sees(case: notice.draft.caseReference)
      else { continue }
      rows.append(
        DueNotice(
          caseReference: notice.draft.caseReference.description,
          channel: notice.draft.channel.rawValue,
          daysLate: Int(now.timeIntervalSince(followUp) / 86_400),
          followUpDue: ISODate.string(followUp),
          measure: notice.draft.measure.description,
          notice: notice.id.description,
          pendingUrls: notice.targets.filter { $0.status == .pending }.count,
          platform: notice.draft.platform.rawValue,
          sentAt: ISODate.string(sentAt), urls: notice.targets.count))
    }
    return Document(notices: rows, asOf: ISODate.string(now))
  }
}
