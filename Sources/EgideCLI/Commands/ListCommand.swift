import ArgumentParser
import EgideCore
import EgideReports
import EgideService
import Foundation

/// `egide list`: the cases matching filters, most urgent first.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: Words.en(
      "List cases; with no filter, the open ones, most severe then oldest first.",
      fr:
        "Liste les dossiers ; sans filtre, les dossiers ouverts, les plus graves puis les plus anciens d'abord."
    ),
    discussion: Words.en(
      """
      Open cases only unless --status or --all is given. A user limited to
      a court or a ressort sees the cases of that scope only. Summaries are
      left out unless --identities is given with a --purpose: the access
      log then records one entry per case listed, before anything is
      shown. A case not yet
      assessed ranks with 'high' (it is urgent until someone assesses it),
      in the order and for --severity-at-least.
      --since and --until compare the report date.
      --overdue selects the cases with a missed deadline; an assessment
      deadline counts the working days of the case's court (Alsace-Moselle
      and each overseas territory keep their own holidays) and ends at
      23:59 in the court's own time zone.

      Example:
        egide list --ressort ca_paris --severity-at-least high
        egide list --court Bobigny --overdue --format csv > late.csv
      """,
      fr: """
        Seulement les dossiers ouverts, sauf si --status ou --all est donné.
        Un utilisateur limité à une juridiction ou à un ressort ne voit que
        les dossiers de ce périmètre. Les résumés sont omis, sauf si
        --identities est donné avec un --purpose : le journal des accès
        consigne alors une entrée par dossier listé, avant tout affichage.
        Un dossier pas encore évalué est classé comme « high » (il est urgent
        tant que personne ne l'a évalué), dans l'ordre comme pour
        --severity-at-least. --since et --until portent sur la date du
        signalement. --overdue retient les dossiers dont une échéance est
        dépassée ; un délai d'évaluation se compte en jours ouvrés de la
        juridiction du dossier (l'Alsace-Moselle et chaque territoire
        d'outre-mer gardent leurs propres jours fériés) et expire à 23 h 59,
        heure locale de la juridiction.

        Exemples :
          egide list --ressort ca_paris --severity-at-least high
          egide list --court Bobigny --overdue --format csv > late.csv
        """))

  @OptionGroup var registry: RegistryOptions
  @OptionGroup var filters: CaseFilterOptions
  @OptionGroup var reveal: RevealOptions
  @Option(
    help: .en(
      "Only the cases whose summary, narrative, notes or names hold every one of these words (case and accents folded); needs --purpose, recorded in the access log.",
      fr:
        "Seulement les dossiers dont le résumé, le récit, les notes ou les noms contiennent chacun de ces mots (sans tenir compte des majuscules ni des accents) ; exige --purpose, consigné dans le journal des accès."
    ))
  var search: String?
  @Option(help: .en("table, json or csv.", fr: "table, json ou csv."))
  var format = "table"
  @Option(
    help: .en(
      "With --format csv: standard (comma, the default) or fr (semicolon, for LibreOffice or Excel in French).",
      fr:
        "Avec --format csv : standard (virgule, par défaut) ou fr (point-virgule, pour LibreOffice ou Excel en français)."
    ),
    completion: CSVDialect.completion, transform: CSVDialect.code)
  var csvDialect: String?

  func validate() throws {
    try CSVDialect.check(
      csvDialect, format: format, formats: ListFormat.acceptedValues)
  }

  func run() throws {
    let format = try ListFormat.parse(format)
    // A search reads names and texts: it takes --purpose as --identities
    // does, and shows the summaries of the cases it finds.
    let purpose =
      search == nil
      ? try reveal.requested()
      : try RevealOptions.purpose(reveal.purpose, flag: "--search", given: true)
    let client = try registry.client()
    let list = try client.list(
      ListCases(
        filters: filters.filters, limit: filters.limit, purpose: purpose,
        search: search))
    switch format {
    case .table:
      print(
        PaintedText(
          description: CaseListText.table(
            list.cases, display: client.display,
            now: ISODate.date(list.asOf) ?? Date(),
            identitiesHidden: !list.identitiesRevealed)))
    case .json:
      print(try JSONOutput.render(list.cases))
    case .csv:
      var csv = CSVWriter(
        header: CaseListText.csvHeader,
        dialect: csvDialect.flatMap(CSVDialect.init(rawValue:)) ?? .standard)
      for entry in list.cases {
        csv.append(CaseListText.csvRow(entry))
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

extension RegistryClient {
  /// Every case a list request selects, up to its limit, fetched a page
  /// at a time when the client pages (a server answers at most a page).
  func list(_ request: ListCases) throws -> ListCases.Page {
    var request = request
    let wanted = request.limit
    var all = try send(request)
    while let cursor = all.nextCursor,
      wanted.map({ all.cases.count < $0 }) ?? true
    {
      request.cursor = cursor
      request.limit = wanted.map { $0 - all.cases.count }
      let page = try send(request)
      all.cases += page.cases
      all.nextCursor = page.nextCursor
    }
    all.nextCursor = nil
    return all
  }
}
