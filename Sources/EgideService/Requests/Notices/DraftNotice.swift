import EgideCore
import EgideStore
import Foundation

/// Draft a notice (to a platform under article 16 of the DSA, or a PHAROS
/// report) for a content_takedown measure of an open case.
///
/// The platform is the case's unless one is given; the kinds are those the
/// content carries (`kinds`, else the case's online kinds); the reasons
/// are built from the offence articles of those kinds for the roles of the
/// persons targeted, with the user's own explanation added when given.
/// The `trusted_flagger` channel needs the server's configured trusted
/// flagger organisation.
public struct DraftNotice: ServiceRequest {
  public static let endpoint = Endpoint(
    .post, "/v1/measures/{measure}/notices", successStatus: 201)

  /// The content_takedown measure (`M-000003`).
  public var measure: String
  /// The exact URL of each content (sealed).
  public var urls: [String]
  /// The notifier's name, as the notice gives it (sealed).
  public var notifier: String
  /// The notifier's e-mail address, for the platform's answer (sealed).
  public var email: String
  /// `platform_form`, `pharos` or `trusted_flagger`.
  public var channel: String
  /// Why the content is illegal, in the user's words (sealed).
  public var reasons: String?
  /// The platform, when the case names none.
  public var platform: String?
  /// The kinds the content carries, among the case's online kinds
  /// (default: all of them).
  public var kinds: [String]?

  /// A notice to draft.
  public init(
    measure: String, urls: [String], notifier: String, email: String,
    channel: String, reasons: String? = nil, platform: String? = nil,
    kinds: [String]? = nil
  ) {
    self.kinds = kinds
    self.measure = measure
    self.urls = urls
    self.notifier = notifier
    self.email = email
    self.channel = channel
    self.reasons = reasons
    self.platform = platform
  }

  /// The notice drafted.
  public struct Receipt: Codable, Sendable, Equatable {
    /// The measure.
    public var measure: String
    /// The new notice's identifier.
    public var notice: String
    /// Its channel.
    public var channel: String
    /// How many URLs it names.
    public var urls: Int
  }

  public func run(on service: EgideService, as caller: Caller) throws -> Receipt
  {
    let measure = try Field.parse("measure") {
      try MeasureID.parse(self.measure)
    }
    let channel = try Field.parse("channel") {
      try NoticeChannel.parse(self.channel)
    }
    let platform = try Field.parse("platform") {
      try self.platform.map { text throws(DomainError) in
        try Platform.parse(text)
      }
    }
    let kinds = try Field.parse("kinds") {
      try self.kinds.map { list throws(DomainError) in
        try list.map { text throws(DomainError) in
          try IncidentKind.parse(text)
        }
      }
    }
    let name = try Field.parse("notifier") {
      try TextRule.required(
        self.notifier, field: "notifier", limit: TextRule.shortLimit)
    }
    let notifier = try Field.parse("email") {
      try Notifier(name: name, email: email)
    }
    let access = try service.authorize(
      caller, .noticeDraft, on: .measure(measure))
    let now = access.now
    let id = try access.registry.transaction { tx in
      try tx.draftNotice(
        for: measure, platform: platform, channel: channel, kinds: kinds,
        trustedFlagger: service.configuration.trustedFlagger, urls: urls,
        notifier: notifier, reasons: reasons, by: access.actor, at: now)
    }
    // Every URL given is named once: the draft refuses a URL given twice.
    return Receipt(
      measure: measure.description, notice: id.description,
      channel: channel.rawValue, urls: urls.count)
  }
}
