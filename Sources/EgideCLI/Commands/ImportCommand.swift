import ArgumentParser
import EgideCore
import EgideService
import EgideStore
import Foundation

/// `egide import`: cases collected in a spreadsheet, into the registry.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: Words.en(
      "Import cases from a CSV or JSON file, or write the template.",
      fr:
        "Importe des dossiers depuis un fichier CSV ou JSON, ou écrit le modèle."
    ),
    discussion: Words.en(
      """
      Each row is checked with the rules of 'egide report' and written
      as it is read, all in one transaction: all of them or none. Every
      bad row is reported on standard error with its line, column and
      reason; if any row is bad nothing is imported (exit 65) unless
      --skip-invalid is given. A row whose external_reference is
      already in the registry is skipped and counted as already imported,
      so importing the same file again creates no duplicate. The same
      person named in several rows (same name, role, function and court)
      is registered once, and a staff member already in the registry
      (same name, role and court) is linked to their record. Each case is signed by whoever imports it, and
      dated by its reported_at.

      CSV files may be separated by commas or semicolons (as spreadsheets
      in French save them), in UTF-8. A row right under the header whose
      first cell starts with # is a comment (the template's explanations).
      JSON files hold an array of objects with the columns as keys; lists
      may be arrays. An export made with 'egide export cases
      --include-identities' (CSV or JSON) can be imported as it is.

      Columns:
      \(ImportColumns.helpText)

      Example:
        egide import --template --out signalements.csv
        egide import signalements.csv
        egide import signalements.csv --skip-invalid
      """,
      fr: """
        Chaque ligne est contrôlée selon les règles de « egide report » et
        écrite au fil de la lecture, le tout dans une seule transaction :
        toutes les lignes ou aucune. Chaque ligne invalide est signalée sur
        la sortie d'erreur avec sa ligne, sa colonne et la raison ; si une
        ligne est invalide, rien n'est importé (code 65), sauf si
        --skip-invalid est donné. Une ligne dont l'external_reference figure
        déjà dans le registre est ignorée et comptée comme déjà importée :
        importer de nouveau le même fichier ne crée donc aucun doublon. Une
        même personne nommée dans plusieurs lignes (même nom, rôle, fonction
        et juridiction) n'est enregistrée qu'une fois, et un agent déjà
        présent dans le registre (même nom, rôle et juridiction) est rattaché
        à sa fiche. Chaque dossier est signé par la personne qui l'importe,
        et daté par son reported_at.

        Les fichiers CSV peuvent être séparés par des virgules ou des
        points-virgules (comme les enregistrent les tableurs en français), en
        UTF-8. Une ligne placée juste sous l'en-tête dont la première cellule
        commence par # est un commentaire (les explications du modèle). Les
        fichiers JSON contiennent un tableau d'objets dont les clés sont les
        colonnes ; les listes peuvent être des tableaux. Un export produit
        par « egide export cases --include-identities » (CSV ou JSON) peut
        être importé tel quel.

        Colonnes :
        \(ImportColumns.helpText)

        Exemples :
          egide import --template --out signalements.csv
          egide import signalements.csv
          egide import signalements.csv --skip-invalid
        """))

  @OptionGroup var registry: RegistryOptions
  @Argument(
    help: .en(
      "The CSV or JSON file to import.",
      fr: "Le fichier CSV ou JSON à importer.")) var file: String?
  @Flag(
    help: .en(
      "Write the CSV template, with every column explained.",
      fr: "Écrit le modèle CSV, chaque colonne expliquée."))
  var template = false
  @Option(
    help: .en(
      "With --template: write it to this new file (never overwritten) instead of standard output.",
      fr:
        "Avec --template : l'écrit dans ce nouveau fichier (jamais écrasé) au lieu de la sortie standard."
    ))
  var out: String?
  @Flag(
    help: .en(
      "Import the good rows even if some are bad (those are reported).",
      fr:
        "Importe les lignes valides même si certaines sont invalides (celles-ci sont signalées)."
    ))
  var skipInvalid = false
  @Option(
    help: .en(
      "csv or json (default: from the extension, else the content).",
      fr: "csv ou json (par défaut : selon l'extension, sinon le contenu)."))
  var format: String?

  func validate() throws {
    if template {
      if file != nil {
        throw ValidationError("give either a FILE to import or --template")
      }
      if skipInvalid || format != nil {
        throw ValidationError(
          "--skip-invalid and --format are for importing a file, not --template"
        )
      }
    } else {
      if file == nil {
        throw ValidationError(
          "give the FILE to import, or --template to write the template")
      }
      if out != nil {
        throw ValidationError(
          "--out is only for --template; an import writes to the registry")
      }
    }
  }

  func run() throws {
    if template {
      try writeTemplate()
      return
    }
    let path = file ?? ""
    let limits = try InputLimits.load(
      environment: ProcessInfo.processInfo.environment
    ).imports
    let name = (path as NSString).lastPathComponent
    let extensionFormat = ["csv", "json"].first {
      $0 == (name as NSString).pathExtension.lowercased()
    }
    var sizes = ImportSizeCheck(
      limits: limits, name: "file '\(path)'", format: format ?? extensionFormat,
      lineSetting: "limits.import_line_bytes in the configuration file",
      cellSetting: "limits.import_cell_bytes in the configuration file")
    let content = try InputFile.read(
      path, what: "file",
      hint:
        "give the path of a CSV or JSON file ('egide import --template' writes one to fill in)",
      maximumSize: limits.fileBytes,
      remedy:
        "split it (limits.import_file_bytes in the configuration file sets this limit, at most 128 MiB)"
    ) { try sizes.check($0) }
    let client = try registry.client()
    let importing = ProgressBar("importing", total: 0)
    let report: ImportCases.Report
    do {
      report = try client.importCases(
        ImportCases(
          format: format, skipInvalid: skipInvalid ? true : nil,
          fileName: name),
        content: content
      ) { _, done, total in
        importing.update(done, of: total)
      }
    } catch let refusal as ImportRefusal {
      importing.finish()
      for problem in refusal.problems {
        Terminal.error(Self.problemLine(problem))
      }
      throw CLIError(.dataError, FlagWording.word(refusal.message))
    }
    importing.finish()
    for problem in report.problems {
      Terminal.error(Self.problemLine(problem))
    }
    let linked =
      report.linkedPersons == 0
      ? ""
      : Words.en(
        "; linked \(report.linkedPersons) person\(report.linkedPersons == 1 ? "" : "s") already registered with the same name, role and court",
        fr: " ; "
          + Typography.count(
            report.linkedPersons, "person", "persons",
            fr: "personne reconnue comme déjà enregistrée",
            "personnes reconnues comme déjà enregistrées")
          + " (mêmes nom, rôle et juridiction)")
    print(
      Words.en(
        "imported \(report.imported), already imported \(report.alreadyImported), invalid \(report.invalid)\(linked)",
        fr:
          "importés : \(Typography.number(report.imported)), déjà importés : \(Typography.number(report.alreadyImported)), invalides : \(Typography.number(report.invalid))\(linked)"
      ))
  }

  /// A problem of a row on its line of standard error:
  /// `egide: line 3, kinds: …`, `egide : ligne 3, kinds : …` with the
  /// reason in French.
  static func problemLine(_ problem: String) -> String {
    guard Words.french else { return "egide: \(problem)" }
    guard
      let match = problem.wholeMatch(
        of: /line (\d+)(?: \(object (\d+)\))?, ([^:]+): (.*)/
          .dotMatchesNewlines())
    else { return "egide : \(FrenchMessages.translate(problem))" }
    let object = match.2.map { " (objet \($0))" } ?? ""
    return
      "egide : ligne \(match.1)\(object), \(match.3) : "
      + FrenchMessages.translate(String(match.4))
  }

  private func writeTemplate() throws {
    let text = ImportColumns.templateCSV
    if let out {
      try OutputFile.writeNew(Data(text.utf8), to: out)
      print(
        Words.en(
          "Wrote the import template to \(out)",
          fr: "Modèle d'import écrit dans \(out)"))
    } else {
      print(text, terminator: "")
    }
  }
}
