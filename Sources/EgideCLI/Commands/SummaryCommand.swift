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
  var minCell: Int?
  @Flag(help: "Allow --min-cell below 11: the document is marked internal.")
  var `internal` = false
  @Option(help: "md, csv, json or html.") var format: String?
  @Option(help: "en or fr.") var lang: String?
  @Option(
    help: "Write to this file (never overwritten) instead of standard output.")
  var out: String?

  func run() throws {
    if let out { try OutputFile.checkNew(out) }
    let document = try registry.client().send(
      SummarizePeriod(
        month: month, quarter: quarter, year: year, from: from, to: to,
        minCell: minCell, internal: `internal` ? true : nil, format: format,
        lang: lang))
    let text = document.text
    if let out {
      try OutputFile.writeNew(Data(text.utf8), to: out)
    } else {
      print(text, terminator: text.last?.isNewline == true ? "" : "\n")
    }
  }
}
