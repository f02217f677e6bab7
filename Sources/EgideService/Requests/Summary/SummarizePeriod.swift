import EgideCore
import EgideReports
import EgideStore
import Foundation

/// The figures of a period that the ministry can publish, with small
/// cells hidden.
///
/// Counts from 1 to k − 1 are hidden (k = 11 unless `minCell` says
/// otherwise), and so is any figure that would let a hidden one be
/// recomputed. A k below 11 needs `internal`, which a liaison or a scoped
/// user may not ask for (its small counts cover every court).
public struct SummarizePeriod: ServiceRequest {
  public static let endpoint = Endpoint(.get, "/v1/summaries")

  /// A calendar month: `YYYY-MM`.
  public var month: String?
  /// A calendar quarter: `YYYY-Qn`.
  public var quarter: String?
  /// A calendar year: `YYYY`.
  public var year: String?
  /// The first day of a custom period.
  public var from: String?
  /// The last day of a custom period, included.
  public var to: String?
  /// The smallest count shown; nil for 11.
  public var minCell: Int?
  /// Whether a k below 11 is asked for, for a document not for
  /// circulation.
  public var `internal`: Bool?
  /// `md`, `csv`, `json` or `html`; nil for `md`.
  public var format: String?
  /// `en` or `fr`; nil for `en`.
  public var lang: String?

  /// A summary of a period.
  public init(
    month: String? = nil, quarter: String? = nil, year: String? = nil,
    from: String? = nil, to: String? = nil, minCell: Int? = nil,
    internal: Bool? = nil, format: String? = nil, lang: String? = nil
  ) {
    self.month = month
    self.quarter = quarter
    self.year = year
    self.from = from
    self.to = to
    self.minCell = minCell
    self.internal = `internal`
    self.format = format
    self.lang = lang
  }

  public func run(on service: EgideService, as caller: Caller) throws
    -> RenderedDocument
  {
    let zone = service.configuration.timeZone
    let given =
      [month, quarter, year].compactMap { $0 }.count
      + ((from != nil || to != nil) ? 1 : 0)
    guard given == 1 else {
      throw DomainError(
        .invalidValue,
        "give exactly one period: {month} YYYY-MM, {quarter} YYYY-Qn, {year} YYYY, or {from} DATE {to} DATE"
      )
    }
    if (from == nil) != (to == nil) {
      throw DomainError(
        .invalidValue, "{from} and {to} go together; give both",
        field: from == nil ? "from" : "to")
    }
    let minimum = minCell ?? DisclosureRule.standardMinimumCount
    guard minimum >= 1 else {
      throw DomainError(
        .invalidValue, "min-cell '\(minimum)' is not accepted; give 1 or more",
        field: "minCell")
    }
    let isInternal = `internal` ?? false
    if minimum < DisclosureRule.standardMinimumCount && !isInternal {
      throw DomainError(
        .invalidValue,
        "min-cell \(minimum) is below \(DisclosureRule.standardMinimumCount); add {internal} to make an internal document not for circulation",
        field: "minCell")
    }
    let period: ReportingPeriod
    if let month {
      period = try Field.parse("month") {
        try ReportingPeriod.month(month, timeZone: zone)
      }
    } else if let quarter {
      period = try Field.parse("quarter") {
        try ReportingPeriod.quarter(quarter, timeZone: zone)
      }
    } else if let year {
      period = try Field.parse("year") {
        try ReportingPeriod.year(year, timeZone: zone)
      }
    } else {
      period = try Field.parse(to == nil ? "from" : "to") {
        try ReportingPeriod.days(from: from ?? "", to: to ?? "", timeZone: zone)
      }
    }
    let formatText = format ?? SummaryFormat.md.rawValue
    guard let format = SummaryFormat(rawValue: formatText.lowercased()) else {
      throw DomainError(
        .invalidValue,
        Suggestion.unknownValueMessage(
          field: "format", value: formatText,
          accepted: SummaryFormat.allCases.map(\.rawValue)), field: "format")
    }
    let langText = lang ?? ReportLanguage.en.rawValue
    guard let language = ReportLanguage(rawValue: langText.lowercased()) else {
      throw DomainError(
        .invalidValue,
        Suggestion.unknownValueMessage(
          field: "lang", value: langText,
          accepted: ReportLanguage.allCases.map(\.rawValue)), field: "lang")
    }
    let now = service.now
    guard period.start <= now else {
      throw DomainError(
        .invalidValue,
        "period \(period.label) has not begun; give a period that starts today at the latest"
      )
    }
    let access = try service.authorize(caller, .summary)
    if isInternal {
      try access.require(.summaryInternal)
      if let scope = access.scope {
        throw AccessRefusal(
          .outOfScope,
          "user '\(access.actor)' is limited to \(scope) and an internal summary shows the small counts of every court; make the published summary (without {internal}), or \(AccessPolicy.askAnAdmin(access.users))"
        )
      }
    }
    let builder = SummaryBuilder(period: period, generatedAt: now)
    var tally = SummaryTally(builder)
    let standing = try access.registry.summaryFacts(for: builder.scope) {
      tally.add($0)
    }
    let report = builder.publish(
      tally, standing: standing, rule: DisclosureRule(minimumCount: minimum))
    return RenderedDocument(
      contentType: Self.contentType(of: format),
      text: SummaryRenderer(language: language).render(report, as: format))
  }

  /// The media type of a summary format.
  static func contentType(of format: SummaryFormat) -> String {
    switch format {
    case .md: "text/markdown; charset=utf-8"
    case .csv: "text/csv; charset=utf-8"
    case .json: "application/json"
    case .html: "text/html; charset=utf-8"
    }
  }
}
