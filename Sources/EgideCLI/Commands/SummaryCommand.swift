import ArgumentParser
import EgideCore
import EgideReports
import EgideStore
import Foundation

/// `egide summary`: the figures of a period that the ministry can publish,
/// with small cells hidden.
struct SummaryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "summary",
    abstract: "Summarise a period for publication, with disclosure control.",
    discussion: """
      Counts from 1 to k − 1 are hidden (k = 11 unless --min-cell says
      otherwise), and so is any figure that would let a hidden one be
      recomputed from a total. No name, free text or per-person count is
      ever included. A k below 11 needs --internal and marks the document
      "internal — not for circulation". Period boundaries are midnight in
      the registry's time zone (Europe/Paris unless configured).

      Example:
        egide summary --month 2026-11 --format html --lang fr --out synthese-2026-11.html
        egide summary --quarter 2026-Q4 --format csv --out q4.csv
      """)

  @OptionGroup var registry: RegistryOptions
  @Option(help: "A calendar month: YYYY-MM.") var month: String?
  @Option(help: "A calendar quarter: YYYY-Qn.") var quarter: String?
  @Option(help: "A calendar year: YYYY.") var year: String?
  @Option(help: "The first day of a custom period (with --to).") var from:
    String?
  @Option(help: "The last day of a custom period, included (with --from).")
  var to: String?
  @Option(
    help: "The minimum count k a figure must reach to be shown (default 11).")
  var minCell: Int = DisclosureRule.standardMinimumCount
  @Flag(help: "Allow --min-cell below 11: the document is marked internal.")
  var `internal` = false
  @Option(help: "md, csv, json or html.") var format = "md"
  @Option(help: "en or fr.") var lang = "en"
  @Option(
    help: "Write to this file (never overwritten) instead of standard output.")
  var out: String?

  func validate() throws {
    let given =
      [month, quarter, year].compactMap { $0 }.count
      + ((from != nil || to != nil) ? 1 : 0)
    guard given == 1 else {
      throw ValidationError(
        "give exactly one period: --month YYYY-MM, --quarter YYYY-Qn, --year YYYY, or --from DATE --to DATE"
      )
    }
    if (from == nil) != (to == nil) {
      throw ValidationError("--from and --to go together; give both")
    }
    guard minCell >= 1 else {
      throw ValidationError(
        "min-cell '\(minCell)' is not accepted; give 1 or more")
    }
    if minCell < DisclosureRule.standardMinimumCount && !`internal` {
      throw ValidationError(
        "min-cell \(minCell) is below \(DisclosureRule.standardMinimumCount); add --internal to make an internal document not for circulation"
      )
    }
  }

  func run() throws {
    let settings = try registry.settings()
    let zone = settings.timeZone
    let period: ReportingPeriod
    if let month {
      period = try ReportingPeriod.month(month, timeZone: zone)
    } else if let quarter {
      period = try ReportingPeriod.quarter(quarter, timeZone: zone)
    } else if let year {
      period = try ReportingPeriod.year(year, timeZone: zone)
    } else {
      period = try ReportingPeriod.days(
        from: from ?? "", to: to ?? "", timeZone: zone)
    }
    guard let format = SummaryFormat(rawValue: format.lowercased()) else {
      throw DomainError(
        .invalidValue,
        Suggestion.unknownValueMessage(
          field: "format", value: format,
          accepted: SummaryFormat.allCases.map(\.rawValue)))
    }
    guard let language = ReportLanguage(rawValue: lang.lowercased()) else {
      throw DomainError(
        .invalidValue,
        Suggestion.unknownValueMessage(
          field: "lang", value: lang,
          accepted: ReportLanguage.allCases.map(\.rawValue)))
    }
    if let out, FileManager.default.fileExists(atPath: out) {
      throw CLIError(
        .cannotCreate, "'\(out)' already exists; give another --out path")
    }
    guard period.start <= settings.now else {
      throw DomainError(
        .invalidValue,
        "period \(period.label) has not begun; give a period that starts today at the latest"
      )
    }
    let access = try settings.authorize(.summary)
    if `internal` {
      try access.require(.summaryInternal)
      if let scope = access.scope {
        throw AccessRefusal(
          .outOfScope,
          "user '\(settings.actor)' is limited to \(scope) and an internal summary shows the small counts of every court; make the published summary (without --internal), or \(AccessPolicy.askAnAdmin(access.users))"
        )
      }
    }
    let builder = SummaryBuilder(period: period, generatedAt: settings.now)
    var tally = SummaryTally(builder)
    let standing = try access.registry.summaryFacts(
      for: builder.scope
    ) { tally.add($0) }
    let report = builder.publish(
      tally, standing: standing, rule: DisclosureRule(minimumCount: minCell))
    let document = SummaryRenderer(language: language).render(
      report, as: format)
    if let out {
      try OutputFile.writeNew(Data(document.utf8), to: out)
    } else {
      print(document, terminator: document.last?.isNewline == true ? "" : "\n")
    }
  }
}
