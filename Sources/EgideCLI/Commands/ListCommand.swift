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
      Open cases only unless --status or --all is given. A case not yet
      assessed ranks with 'high' (it is urgent until someone assesses it),
      in the order and for --severity-at-least.
      --since and --until compare the report date.

      Example:
        egide list --ressort ca_paris --severity-at-least high
        egide list --court Bobigny --overdue --format csv > late.csv
      """)

  @OptionGroup var registry: RegistryOptions
  @OptionGroup var filters: CaseFilterOptions
  @Option(help: "table, json or csv.") var format = "table"

  func run() throws {
    let settings = try registry.settings()
    let query = try filters.query(settings)
    let format = try ListFormat.parse(format)
    let listings = try settings.openRegistry().list(query)
    let display = Display(timeZone: settings.timeZone)
    switch format {
    case .table:
      print(CaseListText.table(listings, display: display, now: settings.now))
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
