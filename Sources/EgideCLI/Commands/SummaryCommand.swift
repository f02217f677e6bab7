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
    abstract: Words.en(
      "Summarise a period for publication, with disclosure control.",
      fr:
        "Établit la synthèse d'une période pour publication, avec contrôle de la divulgation."
    ),
    discussion: Words.en(
      """
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
      """,
      fr: """
        Les effectifs de 1 à k − 1 sont masqués (k = 11, sauf autre valeur
        donnée par --min-cell), de même que tout chiffre qui permettrait de
        recalculer un effectif masqué à partir d'un total. Aucun nom, aucun
        texte libre ni aucun décompte par personne n'y figure jamais. Un k
        inférieur à 11 exige --internal et marque le document « interne — ne
        pas diffuser ». Les bornes des périodes sont à minuit dans le fuseau
        horaire du registre (Europe/Paris sauf configuration contraire).

        Toute synthèse qui n'est pas --internal est publiée : le registre
        consigne ce qu'elle a montré et masqué (le journal des
        publications), et établit la synthèse suivante au regard de celui-ci,
        de sorte qu'un chiffre masqué une fois le reste, et qu'aucun effectif
        masqué ne puisse être déduit, ni ramené à 1, de l'ensemble des
        synthèses publiées. Une période dont les chiffres ont changé depuis
        leur publication (un import dans le passé) est refusée tant que
        --supersede n'a pas publié la nouvelle édition à la place de
        l'ancienne. --history liste ce qui a été publié.

        Exemples :
          egide summary --month 2026-11 --format html --lang fr --out synthese-2026-11.html
          egide summary --quarter 2026-Q4 --format csv --out q4.csv
          egide summary --history
        """))

  @OptionGroup var registry: RegistryOptions
  @Option(
    help: .en("A calendar month: YYYY-MM.", fr: "Un mois civil : AAAA-MM."))
  var month: String?
  @Option(
    help: .en(
      "A calendar quarter: YYYY-Qn.", fr: "Un trimestre civil : AAAA-Qn."))
  var quarter: String?
  @Option(help: .en("A calendar year: YYYY.", fr: "Une année civile : AAAA."))
  var year: String?
  @Option(
    help: .en(
      "The first day of a custom period (with --to).",
      fr: "Le premier jour d'une période libre (avec --to).")) var from: String?
  @Option(
    help: .en(
      "The last day of a custom period, included (with --from).",
      fr: "Le dernier jour, inclus, d'une période libre (avec --from)."))
  var to: String?
  @Option(
    help: .en(
      "The minimum count k a figure must reach to be shown (default 11).",
      fr:
        "L'effectif minimal k qu'un chiffre doit atteindre pour être affiché (11 par défaut)."
    ))
  var minCell: Int?
  @Flag(
    help: .en(
      "Allow --min-cell below 11: the document is marked internal.",
      fr:
        "Autorise --min-cell en dessous de 11 : le document est marqué interne."
    ))
  var `internal` = false
  @Option(help: .en("md, csv, json or html.", fr: "md, csv, json ou html."))
  var format: String?
  @Option(help: .en("en or fr.", fr: "en ou fr.")) var lang: String?
  @Option(
    help: .en(
      "With --format csv: standard (comma and decimal point, the default) or fr (semicolon and decimal comma, for LibreOffice or Excel in French).",
      fr:
        "Avec --format csv : standard (virgule et point décimal, par défaut) ou fr (point-virgule et virgule décimale, pour LibreOffice ou Excel en français)."
    ),
    completion: CSVDialect.completion, transform: CSVDialect.code)
  var csvDialect: String?
  @Option(
    help: .en(
      "Write to this file (never overwritten) instead of standard output.",
      fr:
        "Écrit dans ce fichier (jamais écrasé) au lieu de la sortie standard."
    ))
  var out: String?
  @Flag(
    help: .en(
      "Publish this edition in place of the published ones whose figures changed since.",
      fr:
        "Publie cette édition à la place des éditions publiées dont les chiffres ont changé depuis."
    ))
  var supersede = false
  @Flag(
    help: .en(
      "Make a summary of a period that has not ended, marked provisional on every page.",
      fr:
        "Produit la synthèse d'une période qui n'est pas terminée, marquée provisoire sur chaque page."
    ))
  var provisional = false
  @Flag(
    help: .en(
      "List the summaries published (with --format json: as JSON).",
      fr:
        "Liste les synthèses publiées (avec --format json : en JSON)."))
  var history = false

  func validate() throws {
    guard history else {
      return try CSVDialect.check(
        csvDialect, format: format ?? SummaryFormat.md.rawValue,
        formats: SummaryFormat.allCases.map(\.rawValue))
    }
    let others = [
      ("--month", month != nil), ("--quarter", quarter != nil),
      ("--year", year != nil), ("--from", from != nil), ("--to", to != nil),
      ("--min-cell", minCell != nil), ("--internal", `internal`),
      ("--lang", lang != nil), ("--csv-dialect", csvDialect != nil),
      ("--out", out != nil),
      ("--supersede", supersede), ("--provisional", provisional),
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
        lang: lang ?? InterfaceLanguage.current.rawValue,
        supersede: supersede ? true : nil,
        provisional: provisional ? true : nil, csvDialect: csvDialect))
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
    var table = TextTable(
      headers: Words.french
        ? [
          "ID", "PÉRIODE", "PUBLIÉE", "K", "AFFICHÉS", "MASQUÉS", "EMPREINTE",
          "EN VIGUEUR",
        ]
        : [
          "ID", "PERIOD", "PUBLISHED", "K", "SHOWN", "HIDDEN", "DIGEST",
          "STANDS",
        ])
    for entry in publications {
      table.rows.append([
        String(entry.id), entry.period,
        CaseText.date(entry.publishedAt, display),
        String(entry.minimumCount), String(entry.shown), String(entry.hidden),
        String(entry.digest.prefix(12)),
        entry.supersededBy.map {
          Words.en("replaced by \($0)", fr: "remplacée par \($0)")
        } ?? Words.en("yes", fr: "oui"),
      ])
    }
    print(table.render(width: Terminal.width))
  }
}
