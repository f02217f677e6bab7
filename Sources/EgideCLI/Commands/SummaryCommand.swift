import ArgumentParser
import EgideCore
import EgideReports
import EgideService
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

      Every summary that is not --internal is published: the registry
      records what it showed and hid (the publication ledger), and makes
      the next summary against it, so that a figure hidden once stays
      hidden and no hidden count can be worked out, nor pinned to 1, from
      all the summaries published together.
      A period whose figures changed since they were published (an import
      into the past) is refused until --supersede publishes the new
      edition in place of the old one. --history lists what was published.

      Example:
        egide summary --month 2026-11 --format html --lang fr --out synthese-2026-11.html
        egide summary --quarter 2026-Q4 --format csv --out q4.csv
        egide summary --history
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
  var minCell: Int?
  @Flag(help: "Allow --min-cell below 11: the document is marked internal.")
  var `internal` = false
  @Option(help: "md, csv, json or html.") var format: String?
  @Option(help: "en or fr.") var lang: String?
  @Option(
    help: "Write to this file (never overwritten) instead of standard output.")
  var out: String?
  @Flag(
    help:
      "Publish this edition in place of the published ones whose figures changed since."
  )
  var supersede = false
  @Flag(help: "List the summaries published (with --format json: as JSON).")
  var history = false

  func validate() throws {
    guard history else { return }
    let others = [
      ("--month", month != nil), ("--quarter", quarter != nil),
      ("--year", year != nil), ("--from", from != nil), ("--to", to != nil),
      ("--min-cell", minCell != nil), ("--internal", `internal`),
      ("--lang", lang != nil), ("--out", out != nil),
      ("--supersede", supersede),
    ].filter(\.1).map(\.0)
    if let format, !["json", "md"].contains(format.lowercased()) {
      throw ValidationError(
        "--format '\(format)' is not accepted with --history; give json, or md (the default) for a table"
      )
    }
    if let first = others.first {
      throw ValidationError(
        "--history lists what was published and takes no \(first); give --history alone, or with --format json"
      )
    }
  }

  func run() throws {
    if history { return try printHistory() }
    if let out { try OutputFile.checkNew(out) }
    let document = try registry.client().send(
      SummarizePeriod(
        month: month, quarter: quarter, year: year, from: from, to: to,
        minCell: minCell, internal: `internal` ? true : nil, format: format,
        lang: lang, supersede: supersede ? true : nil))
    let text = document.text
    if let out {
      try OutputFile.writeNew(Data(text.utf8), to: out)
    } else {
      print(text, terminator: text.last?.isNewline == true ? "" : "\n")
    }
  }

  /// Prints the publication ledger.
  func printHistory() throws {
    let client = try registry.client()
    let publications = try client.send(ListPublications()).publications
    if format?.lowercased() == "json" {
      print(try JSONOutput.render(publications))
      return
    }
    guard !publications.isEmpty else {
      print(
        "Nothing published yet: 'egide summary --month YYYY-MM' publishes a month"
      )
      return
    }
    let display = client.display
    var table = TextTable(headers: [
      "ID", "PERIOD", "PUBLISHED", "K", "SHOWN", "HIDDEN", "DIGEST", "STANDS",
    ])
    for entry in publications {
      table.rows.append([
        String(entry.id), entry.period,
        CaseText.date(entry.publishedAt, display),
        String(entry.minimumCount), String(entry.shown), String(entry.hidden),
        String(entry.digest.prefix(12)),
        entry.supersededBy.map { "replaced by \($0)" } ?? "yes",
      ])
    }
    print(table.render(width: Terminal.width))
  }
}
