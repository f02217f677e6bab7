import EgideCore
import Foundation

/// The clear facts of a notice event, stored as JSON in
/// `notice_events.facts`.
struct NoticeEventFacts: Codable, Equatable {
  var measure: Int?
  var caseReference: String?
  var platform: Platform?
  var channel: NoticeChannel?
  var kinds: [IncidentKind]?
  var capacities: [ProtectedCapacity]?
  var trustedFlagger: String?
  var urlCount: Int?
  var sentAt: String?
  var decision: NoticeDecision?
  var positions: [Int]?
  var decidedAt: String?
}

/// The identifying part of a notice event, sealed in
/// `notice_events.identity`.
struct NoticeEventIdentity: Codable, Equatable {
  var urls: [String]?
  var url: String?
  var notifierName: String?
  var notifierEmail: String?
  var reasons: String?
  var statement: String?
}

/// The identifying part of a `notice_urls` row: the URL itself.
struct NoticeURLIdentity: Codable, Equatable {
  var url: String
}

/// How a ``NoticeEvent`` is split into clear facts and a sealed part, and
/// put back together.
enum NoticeEventRecord {
  /// The clear facts and the identifying part of a change.
  static func split(_ change: NoticeChange) -> (
    NoticeEventFacts, NoticeEventIdentity?
  ) {
    var facts = NoticeEventFacts()
    var identity = NoticeEventIdentity()
    switch change {
    case .drafted(let draft):
      facts.measure = draft.measure.number
      facts.caseReference = draft.caseReference.description
      facts.platform = draft.platform
      facts.channel = draft.channel
      facts.kinds = draft.kinds
      facts.capacities = draft.capacities.isEmpty ? nil : draft.capacities
      facts.trustedFlagger = draft.trustedFlagger
      facts.urlCount = draft.urls.count
      identity.urls = draft.urls
      identity.notifierName = draft.notifier.name
      identity.notifierEmail = draft.notifier.email
      identity.reasons = draft.reasons
    case .urlAdded(let url):
      identity.url = url
    case .sent(let date):
      facts.sentAt = StoredDate.string(from: date)
      return (facts, nil)
    case .replied(let reply):
      facts.decision = reply.decision
      facts.positions = reply.positions
      facts.decidedAt = StoredDate.string(from: reply.decidedAt)
      identity.statement = reply.statement
    }
    return (facts, identity)
  }

  /// The change a stored event describes.
  ///
  /// - Throws: ``StoreError`` `.corruptValue` if a part is missing.
  static func change(
    named name: String, facts: NoticeEventFacts,
    identity: NoticeEventIdentity?
  ) throws -> NoticeChange {
    func missing(_ field: String) -> StoreError {
      StoreError(
        .corruptValue,
        "a stored \(name) notice event lacks its \(field); the registry was altered outside Égide"
      )
    }
    switch name {
    case "drafted":
      guard let measure = facts.measure else { throw missing("measure") }
      guard let text = facts.caseReference else { throw missing("case") }
      guard let platform = facts.platform else { throw missing("platform") }
      guard let channel = facts.channel else { throw missing("channel") }
      guard var urls = identity?.urls else { throw missing("urls") }
      // A notice read without revealing has one marker for all its URLs:
      // one per URL keeps the positions and the counts right.
      if let count = facts.urlCount, urls.count == 1, count > 1,
        urls[0] == IdentityVault.concealed || urls[0] == IdentityVault.purged
      {
        urls = Array(repeating: urls[0], count: count)
      }
      guard let name = identity?.notifierName,
        let email = identity?.notifierEmail
      else { throw missing("notifier") }
      let notifier = Notifier(stored: name, email: email)
      return .drafted(
        NoticeDraft(
          measure: MeasureID(measure),
          caseReference: try CaseReference.parse(text), platform: platform,
          channel: channel, kinds: facts.kinds ?? [],
          capacities: facts.capacities ?? [], urls: urls,
          notifier: notifier, reasons: identity?.reasons,
          trustedFlagger: facts.trustedFlagger))
    case "url_added":
      guard let url = identity?.url else { throw missing("url") }
      return .urlAdded(url)
    case "sent":
      guard let text = facts.sentAt else { throw missing("date") }
      return .sent(at: try StoredDate.date(from: text))
    case "replied":
      guard let decision = facts.decision else { throw missing("decision") }
      guard let text = facts.decidedAt else { throw missing("date") }
      guard let statement = identity?.statement else {
        throw missing("statement")
      }
      return .replied(
        NoticeReply(
          decision: decision, positions: facts.positions ?? [],
          statement: statement, decidedAt: try StoredDate.date(from: text)))
    default:
      throw StoreError(
        .corruptValue,
        "unknown notice event '\(name)'; this registry was written by a newer Égide"
      )
    }
  }
}
