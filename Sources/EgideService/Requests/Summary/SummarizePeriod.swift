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
  /// The CSV document's separator and decimal mark, only with `csv`.
  ///
  /// `standard` (comma, decimal point) or `fr` (semicolon, decimal
  /// comma, for spreadsheets in a French locale); nil for `standard`.
  public var csvDialect: String?
  /// Whether this edition replaces the published ones whose figures
  /// changed since (see ``run(on:as:)``).
  public var supersede: Bool?
  /// Whether a summary of a period that has not ended is wanted, marked
  /// provisional on every page: without it such a summary is refused,
  /// since it would read as complete.
  public var provisional: Bool?

  /// A summary of a period.
  public init(
    month: String? = nil, quarter: String? = nil, year: String? = nil,
    from: String? = nil, to: String? = nil, minCell: Int? = nil,
    internal: Bool? = nil, format: String? = nil, lang: String? = nil,
    supersede: Bool? = nil, provisional: Bool? = nil,
    csvDialect: String? = nil
  ) {
    self.csvDialect = csvDialect
    self.supersede = supersede
    self.provisional = provisional
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
    let dialect = try CSVDialect.requested(
      csvDialect, format: format.rawValue)
    let now = service.now
    guard period.start <= now else {
      throw DomainError(
        .invalidValue,
        "period \(period.label) has not begun; give a period that starts today at the latest"
      )
    }
    if period.end > now, provisional != true {
      let last = Display(timeZone: zone).day(
        period.end.addingTimeInterval(-1))
      throw DomainError(
        .invalidValue,
        "period \(period.label) has not ended (its last day is \(last)): a summary now would read as complete; add {provisional} to make one marked provisional on every page, or give a period that has ended"
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
    let (tally, standing) = try Self.figures(
      of: builder, in: access.registry)
    let built = builder.build(tally, standing: standing)
    let rule = DisclosureRule(minimumCount: minimum)
    let renderer = SummaryRenderer(
      language: language, heading: service.configuration.summaryHeading)
    guard !isInternal else {
      return RenderedDocument(
        contentType: Self.contentType(of: format),
        text: renderer.render(
          DisclosureControl(rule: rule).apply(to: built), as: format,
          csvDialect: dialect))
    }
    let text = try access.registry.recordPublication { records in
      try Self.publish(
        built, rule: rule, ledger: records, supersede: supersede ?? false,
        at: now, format: format, renderer: renderer, csvDialect: dialect)
    }
    return RenderedDocument(
      contentType: Self.contentType(of: format), text: text)
  }

  /// The tally and standing figures of a summary.
  ///
  /// They come from the registry's running totals for a month, quarter
  /// or year that has ended (Paris time, as the registry keeps them),
  /// else from the facts of the cases relevant to it. Both give the same
  /// figures (`SummaryTotalsTests`).
  static func figures(of builder: SummaryBuilder, in registry: Registry)
    throws -> (SummaryTally, StandingFigures)
  {
    let period = builder.period
    if period.end <= builder.generatedAt, TotalsCalendar().keeps(period),
      let kept = try registry.summaryTotals(
        for: builder.scope, current: period.label,
        previous: period.previous.label)
    {
      return (
        SummaryTally(
          period: period, generatedAt: builder.generatedAt,
          current: kept.current, previous: kept.previous),
        kept.standing
      )
    }
    var tally = SummaryTally(builder)
    let standing = try registry.summaryFacts(for: builder.scope) {
      tally.add($0)
    }
    return (tally, standing)
  }

  /// Publishes `built` against the ledger: refuses an edition whose
  /// figures changed since they were published (unless it supersedes
  /// them), applies the disclosure control over the series, and says what
  /// to record — nothing when the same figures stand published already.
  static func publish(
    _ built: SummaryReport, rule: DisclosureRule,
    ledger records: [PublicationRecord],
    supersede: Bool, at now: Date, format: SummaryFormat,
    renderer: SummaryRenderer, csvDialect: CSVDialect = .standard
  ) throws -> (record: PublicationRecord?, superseding: [Int64], result: String)
  {
    let display = Display(timeZone: built.period.timeZone)
    var ledger = records.filter { $0.supersededBy == nil }.map(
      Publication.init(record:))
    let changes = built.changes(since: ledger)
    var superseding: [Int64] = []
    if !changes.isEmpty {
      let editions = Set(changes.compactMap(\.publication.id))
      guard supersede else {
        let first = changes[0].publication
        let running =
          first.period == built.period.label && built.period.end > now
          ? " (\(built.period.label) has not ended: its figures change until it does)"
          : ""
        throw DomainError(
          .forbiddenTransition,
          "\(changes.count) \(changes.count == 1 ? "figure" : "figures") of this summary (first \(changes[0].figure)) changed since summary \(first.period) published them on \(display.dateTime(first.publishedAt)): the difference between the editions would show what changed; add {supersede} to publish this edition in place of \(editions.count == 1 ? "that one" : "those \(editions.count)")\(running)"
        )
      }
      superseding = editions.sorted()
      ledger.removeAll { editions.contains($0.id ?? -1) }
    }
    let report: SummaryReport
    do {
      report = try SeriesDisclosure(rule: rule, ledger: ledger).apply(to: built)
    } catch {
      throw DomainError(
        .forbiddenTransition,
        "the summaries published do not add up with the registry as it is; publish the periods that changed again with {supersede}"
      )
    }
    let text = renderer.render(report, as: format, csvDialect: csvDialect)
    let publication = Publication(
      report, digest: PublicationRecord.digest(of: text), publishedAt: now)
    if superseding.isEmpty,
      ledger.contains(where: { $0.sameFigures(as: publication) })
    {
      return (nil, [], text)
    }
    return (publication.record(format: format.rawValue), superseding, text)
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
