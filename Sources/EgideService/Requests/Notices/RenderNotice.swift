import EgideCore
import EgideReports
import EgideStore
import Foundation

/// A notice ready to send, from what the registry knows: the exact URLs,
/// the reasons with the offence articles of the case's kinds, the
/// notifier's name and e-mail, and the statement of good faith.
///
/// It always reveals: the purpose is required, and written to the access
/// log before the notice is read. A measure stands for its only notice.
public struct RenderNotice: ServiceRequest {
  public static let endpoint = Endpoint(
    .post, "/v1/notices/{notice}/rendering")

  /// A notice (`N-000001`), or a measure with one notice (`M-000003`).
  public var subject: String
  /// Why the notice is rendered (recorded in the access log).
  public var purpose: String?
  /// `fr` or `en`; nil for `fr`.
  public var lang: String?
  /// `txt` or `json`; nil for `txt`.
  public var format: String?

  enum CodingKeys: String, CodingKey {
    // In the API, `notice`: the path names every notice so.
    case subject = "notice"
    case purpose, lang, format
  }

  /// A notice to render.
  public init(
    subject: String, purpose: String?, lang: String? = nil,
    format: String? = nil
  ) {
    self.subject = subject
    self.purpose = purpose
    self.lang = lang
    self.format = format
  }

  /// The notice's text.
  public struct Rendering: Codable, Sendable, Equatable {
    /// `text/plain; charset=utf-8` or `application/json`.
    public var contentType: String
    /// The notice, as sent to the platform.
    public var text: String
  }

  public func run(on service: EgideService, as caller: Caller) throws
    -> Rendering
  {
    let subject = try Field.parse("notice") {
      try NoticeSubject.parse(self.subject)
    }
    let language = try Self.choice(
      lang ?? ReportLanguage.fr.rawValue, field: "lang", as: ReportLanguage.self
    )
    let format = try Self.choice(
      self.format ?? NoticeFormat.txt.rawValue, field: "format",
      as: NoticeFormat.self)
    let purpose = try Disclosure.required(purpose)
    let access = try service.authorize(
      caller, .noticeRender, on: subject.caseSubject)
    let store = try access.reveal(
      .notice, purpose: purpose, cases: [access.location?.reference],
      details: ["notice": subject.description])
    let notice: TakedownNotice
    switch subject {
    case .notice(let id):
      notice = try store.notice(id)
    case .measure(let measure):
      let notices = try store.notices(of: measure)
      guard notices.count == 1, let only = notices.first else {
        throw DomainError(
          notices.isEmpty ? .notFound : .invalidValue,
          notices.isEmpty
            ? "measure \(measure) has no notice; draft one first"
            : "measure \(measure) has \(notices.count) notices (\(notices.map(\.id.description).joined(separator: ", "))); name one of them",
          field: notices.isEmpty ? nil : "notice")
      }
      notice = only
    }
    let renderer = NoticeRenderer(
      language: language, timeZone: service.configuration.timeZone)
    return Rendering(
      contentType: format == .json
        ? "application/json" : "text/plain; charset=utf-8",
      text: renderer.render(notice, as: format, now: access.now))
  }

  /// A value of a closed list, refused with the accepted values.
  private static func choice<Value: RawRepresentable & CaseIterable>(
    _ text: String, field: String, as: Value.Type
  ) throws(DomainError) -> Value where Value.RawValue == String {
    guard let value = Value(rawValue: text.lowercased()) else {
      throw DomainError(
        .invalidValue,
        Suggestion.unknownValueMessage(
          field: field, value: text,
          accepted: Value.allCases.map(\.rawValue)),
        field: field)
    }
    return value
  }
}
