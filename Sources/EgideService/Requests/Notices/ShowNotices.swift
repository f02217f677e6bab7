import EgideCore
import EgideStore
import Foundation

/// A notice, or every notice of a measure: each URL's status and time to
/// removal, the replies and the history.
///
/// The URLs, the notifier and the platform's statements only with a
/// purpose, written to the access log first.
public struct ShowNotices: DisclosingRequest {
  public static let endpoint = Endpoint(.get, "/v1/notices/{notice}")

  /// A notice (`N-000001`), or a measure (`M-000003`) for all its notices.
  public var subject: String
  /// Why the identities are needed; nil to keep them hidden.
  public var purpose: String?

  /// Shows notices, revealing identities when a purpose is given.
  enum CodingKeys: String, CodingKey {
    // In the API, `notice`: the path names every notice so.
    case subject = "notice"
    case purpose
  }

  public init(subject: String, purpose: String? = nil) {
    self.subject = subject
    self.purpose = purpose
  }

  /// The notices shown.
  public struct Document: Codable, Sendable {
    /// One notice with its history.
    public struct Entry: Codable, Sendable {
      /// The notice.
      public var notice: NoticeDocument
      /// Its changes, oldest first.
      public var history: [Event]
    }

    /// One change of a notice.
    public struct Event: Codable, Sendable {
      /// When it was recorded.
      public var recordedAt: String
      /// What changed (`drafted`, `sent`…).
      public var change: String
      /// Who changed it.
      public var actor: String
    }

    /// The measure asked about, for all its notices; nil when one notice
    /// was asked for.
    public var measure: String?
    /// The notices, in order: one for a notice, every one for a measure.
    public var notices: [Entry]
    /// The instant follow-up dates were compared with.
    public var asOf: String
    /// Whether URLs, notifiers and statements are the real ones rather
    /// than `[sealed]`.
    public var identitiesRevealed: Bool
  }

  public func run(on service: EgideService, as caller: Caller) throws
    -> Document
  {
    let subject = try Field.parse("notice") {
      try NoticeSubject.parse(self.subject)
    }
    let purpose = try Disclosure.purpose(purpose)
    let access = try service.authorize(
      caller, .noticeShow, on: subject.caseSubject)
    let store =
      try purpose.map { purpose in
        try access.reveal(
          .notice, purpose: purpose, cases: [access.location?.reference],
          details: [
            "command": "notice show", "notice": subject.description,
          ])
      } ?? access.registry
    let notices: [TakedownNotice]
    var measure: String?
    switch subject {
    case .notice(let id):
      notices = [try store.notice(id)]
    case .measure(let id):
      notices = try store.notices(of: id)
      measure = id.description
    }
    let now = access.now
    let policy = service.configuration.followUp
    return Document(
      measure: measure,
      notices: notices.map { notice in
        Document.Entry(
          notice: NoticeDocument(notice, policy: policy, now: now),
          history: notice.events.map {
            Document.Event(
              recordedAt: ISODate.string($0.recordedAt),
              change: $0.change.name, actor: $0.actor)
          })
      },
      asOf: ISODate.string(now), identitiesRevealed: store.revealsIdentities)
  }
}
