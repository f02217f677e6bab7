import EgideCore
import EgideStore
import Foundation

/// Record a platform's decision on URLs of a sent notice: removed,
/// restricted or kept.
///
/// Without URLs the decision applies to every URL still pending. A
/// removed URL stays removed; restricted or kept content may later be
/// removed.
public struct ReplyToNotice: ServiceRequest {
  public static let endpoint = Endpoint(
    .post, "/v1/notices/{notice}/replies", successStatus: 201)

  /// The notice (`N-000001`).
  public var notice: String
  /// `removed`, `restricted` or `kept`.
  public var decision: String
  /// The URLs the decision is about; empty for every URL still pending.
  public var urls: [String]
  /// The platform's statement of reasons (sealed).
  public var reasons: String
  /// When the platform decided, as typed (a day alone is the end of that
  /// day); nil for now.
  public var at: String?

  /// A reply to record.
  public init(
    notice: String, decision: String, urls: [String] = [], reasons: String,
    at: String? = nil
  ) {
    self.notice = notice
    self.decision = decision
    self.urls = urls
    self.reasons = reasons
    self.at = at
  }

  enum CodingKeys: String, CodingKey {
    case notice, decision, urls, reasons, at
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    notice = try container.decode(String.self, forKey: .notice)
    decision = try container.decode(String.self, forKey: .decision)
    urls = try container.decodeIfPresent([String].self, forKey: .urls) ?? []
    reasons = try container.decode(String.self, forKey: .reasons)
    at = try container.decodeIfPresent(String.self, forKey: .at)
  }

  /// The reply recorded, and where the notice stands.
  public struct Receipt: Codable, Sendable, Equatable {
    /// The notice.
    public var notice: String
    /// The decision recorded.
    public var decision: String
    /// How many URLs it is about.
    public var urls: Int
    /// How many URLs still await a decision.
    public var pending: Int
    /// The notice's status: `sent` while some URL is pending, else
    /// `answered`.
    public var status: String
  }

  public func run(on service: EgideService, as caller: Caller) throws -> Receipt
  {
    let id = try Field.parse("notice") { try NoticeID.parse(self.notice) }
    let decision = try Field.parse("decision") {
      try NoticeDecision.parse(self.decision)
    }
    let now = service.now
    let decidedAt = try Field.parse("at") {
      try TypedInstant.past(
        at, field: "at", in: service.configuration, now: now)
    }
    let access = try service.authorize(caller, .noticeReply, on: .notice(id))
    // Opens the URLs to find those the reply names among the notice's; the
    // answer names none.
    let notice = try access.registry.revealing().transaction { tx in
      try tx.recordReply(
        to: id, decision, urls: urls, statement: reasons,
        decidedAt: decidedAt, by: access.actor, at: now)
    }
    return Receipt(
      notice: id.description, decision: decision.rawValue,
      urls: notice.replies.last?.reply.positions.count ?? 0,
      pending: notice.targets.filter { $0.status == .pending }.count,
      status: notice.status.rawValue)
  }
}
