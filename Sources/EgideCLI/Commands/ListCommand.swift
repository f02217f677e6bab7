import ArgumentParser
import EgideCore
import EgideReports
import EgideStore
import Foundation

/// `egide list`: the cases matching filters, most urgent first.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract:
      "List cases; with no filter, the open ones, most severe then oldest first.",
    discussion: """
      Open cases only unless --status or --all is given. A user limited to
      a court or a ressort sees the cases of that scope only. Summaries are
      left out unless --identities is given with a --purpose: the access
      log then records one entry per case listed, before anything is
      shown. A case not yet
      assessed ranks with 'high' (it is urgent until someone assesses it),
      in the order and for --severity-at-least.
      --since and --until compare the report date.

      Example:
        egide list --ressort ca_paris --severity-at-least high
        egide list --court Bobigny --overdue --format csv > late.csv
      """)

  @OptionGroup var registry: RegistryOptions
  @OptionGroup var filters: CaseFilterOptions
  @OptionGroup var reveal: RevealOptions
  @Option(help: "table, json or csv.") var format = "table"

  func run() throws {
    let settings = try registry.settings()
    var query = try filters.query(settings)
    let format = try ListFormat.parse(format)
    let purpose = try reveal.requested()
    let access = try settings.authorize(.list)
    try access.restrict(&query)
    var listings = try access.registry.list(query)
    if let purpose {
      // Listed again once logged: the cases shown are those logged.
      let logged = Set(listings.map(\.reference))
      listings = try access.reveal(
        .show, purpose: purpose, cases: listings.map(\.reference),
        details: ["command": "list"]
      ).list(query).filter { logged.contains($0.reference) }
    }
    let display = Display(timeZone: settings.timeZone)
    switch format {
    case .table:
      print(
        CaseListText.table(
          listings, display: display, now: settings.now,
          identitiesHidden: purpose == nil))
    case .json:
      print(try JSONOutput.render(listings.map(CaseListText.Entry.init)))
    case .csv:
      var csv = CSVWriter(header: CaseListText.csvHeader)
      for listing in listings {
        csv.append(CaseListText.csvRow(listing))
      }
      print(csv.text, terminator: "")
    }
  }
}

/// The output formats of `egide list`.
enum ListFormat: String, DomainValue {
  case table
  case json
  case csv
  static let fieldName = "format"
}
