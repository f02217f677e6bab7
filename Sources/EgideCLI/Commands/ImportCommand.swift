import ArgumentParser
import EgideCore
import EgideService
import EgideStore
import Foundation

/// `egide import`: cases collected in a spreadsheet, into the registry.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import cases from a CSV or JSON file, or write the template.",
    discussion: """
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
      """)

  @OptionGroup var registry: RegistryOptions
  @Argument(help: "The CSV or JSON file to import.") var file: String?
  @Flag(help: "Write the CSV template, with every column explained.")
  var template = false
  @Option(
    help:
      "With --template: write it to this new file (never overwritten) instead of standard output."
  )
  var out: String?
  @Flag(help: "Import the good rows even if some are bad (those are reported).")
  var skipInvalid = false
  @Option(help: "csv or json (default: from the extension, else the content).")
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
      for problem in refusal.problems { Terminal.error("egide: \(problem)") }
      throw CLIError(.dataError, FlagWording.word(refusal.message))
    }
    importing.finish()
    for problem in report.problems { Terminal.error("egide: \(problem)") }
    let linked =
      report.linkedPersons == 0
      ? ""
      : "; linked \(report.linkedPersons) person\(report.linkedPersons == 1 ? "" : "s") already registered with the same name, role and court"
    print(
      "imported \(report.imported), already imported \(report.alreadyImported), invalid \(report.invalid)\(linked)"
    )
  }

  private func writeTemplate() throws {
    let text = ImportColumns.templateCSV
    if let out {
      try OutputFile.writeNew(Data(text.utf8), to: out)
      print("Wrote the import template to \(out)")
    } else {
      print(text, terminator: "")
    }
  }
}
