import EgideCore
import EgideStore
import Foundation

/// Record that a notice was sent to its platform, once.
///
/// Égide does not contact the platform: the notice is sent through its
/// channel, then recorded here. The follow-up date counts from the
/// sending, by the delay the registry sets for the channel.
public struct SendNotice: ServiceRequest {
  public static let endpoint = Endpoint(.post, "/v1/notices/{notice}/sending")

  /// The notice (`N-000001`).
  public var notice: String
  /// When it was sent, as typed (a day alone is the end of that day); nil
  /// for now.
  public var at: String?

  /// A sending to record.
  public init(notice: String, at: String? = nil) {
    self.notice = notice
    self.at = at
  }

  /// The notice sent, and when to follow it up.
  public struct Receipt: Codable, Sendable, Equatable {
    /// The notice.
    public var notice: String
    /// When it was sent.
    public var sentAt: String
    /// When it is due a follow-up if the platform has not answered.
    public var followUpDue: String?
  }

  public func run(on service: EgideService, as caller: Caller) throws -> Receipt
  {
    let id = try Field.parse("notice") { try NoticeID.parse(self.notice) }
    let now = service.now
    let sentAt = try Field.parse("at") {
      try TypedInstant.past(
        at, field: "at", in: service.configuration, now: now)
    }
    let access = try service.authorize(caller, .noticeSend, on: .notice(id))
    let notice = try access.registry.transaction { tx in
      try Field.parse("at") {
        try tx.sendNotice(id, sentAt: sentAt, by: access.actor, at: now)
      }
    }
    return Receipt(
      notice: id.description, sentAt: ISODate.string(sentAt),
      followUpDue: notice.followUpDue(policy: service.configuration.followUp)
        .map(ISODate.string))
  }
}
