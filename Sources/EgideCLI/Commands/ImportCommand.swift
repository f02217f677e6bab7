import ArgumentParser
import EgideCore
import EgideStore
import Foundation

/// `egide import`: cases collected in a spreadsheet, into the registry.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import cases from a CSV or JSON file, or write the template.",
    discussion: """
      The whole file is checked first, with the rules of 'egide report'.
      Every bad row is reported on standard error with its line, column and
      reason; if any row is bad nothing is imported (exit 65) unless
      --skip-invalid is given. The good rows are then written in one
      transaction: all of them or none. A row whose external_reference is
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
    let settings = try registry.settings()
    let format = try format.map { value throws(DomainError) in
      try ImportFormat.parse(value)
    }
    let records = try ImportSource.read(file ?? "", format: format)
    let access = try settings.authorize(.import)
    let store = access.registry
    let named = Set(records.flatMap(ImportValidator.personIDs))
    let registered = try store.persons(Array(named))
    try access.requireInScope(registered)
    let persons = Dictionary(
      registered.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    func externalReference(_ record: ImportRecord) -> String {
      (record.cells["external_reference"] ?? "").trimmingCharacters(
        in: .whitespacesAndNewlines)
    }
    let existing = try store.existingExternalReferences(
      records.map(externalReference).filter { !$0.isEmpty })
    let validator = ImportValidator(
      dates: settings.dates, now: settings.now, persons: persons)

    var rows: [ImportedRow] = []
    var problems: [ImportProblem] = []
    var invalid = 0
    var alreadyImported = 0
    var firstSeen: [String: String] = [:]
    let checking = ProgressBar("checking ", total: records.count)
    for (index, record) in records.enumerated() {
      defer { checking.update(index + 1) }
      let reference = externalReference(record)
      if existing.contains(reference) {
        alreadyImported += 1
        continue
      }
      var found: [ImportProblem] = []
      switch validator.validate(record) {
      case .success(let row): rows.append(row)
      case .failure(let rows): found = rows.problems
      }
      if !reference.isEmpty {
        if let earlier = firstSeen[reference] {
          found.append(
            ImportProblem(
              location: record.location, field: "external_reference",
              reason:
                "'\(reference)' is already the external_reference of \(earlier); each row needs its own"
            ))
          if rows.last?.line == record.line { rows.removeLast() }
        } else {
          firstSeen[reference] = record.location
        }
      }
      if !found.isEmpty {
        invalid += 1
        problems += found
      }
    }
    checking.finish()
    for problem in problems { Terminal.error("egide: \(problem)") }
    if invalid > 0 && !skipInvalid {
      let good = rows.count
      throw CLIError(
        .dataError,
        "\(invalid) of \(records.count) row(s) are invalid; nothing was imported. Fix them and import the file again, or add --skip-invalid to import the \(good) good row(s)"
      )
    }

    for court in Set(rows.map(\.newCase.court)).sorted(by: { $0.code < $1.code }
    ) {
      try access.require(
        .import, at: CaseLocation(reference: nil, court: court))
    }
    var imported = 0
    var linkedPersons: Set<PersonID> = []
    let importing = ProgressBar("importing", total: rows.count)
    try store.transaction { tx in
      var known: [String: PersonID] = [:]
      let registeredBefore = try tx.lastPersonID() ?? PersonID(0)
      for (index, row) in rows.enumerated() {
        defer { importing.update(index + 1) }
        if try tx.caseReference(externalReference: row.externalReference)
          != nil
        {
          alreadyImported += 1
          continue
        }
        // A person met in an earlier row is the same record.
        var newCase = row.newCase
        var keys: [String?] = []
        newCase.targets = []
        for (target, key) in zip(row.newCase.targets, row.personKeys) {
          let resolved = key.flatMap { known[$0] }.map(NewCase.Target.existing)
          let target = resolved ?? target
          if newCase.targets.contains(target) { continue }
          newCase.targets.append(target)
          keys.append(resolved == nil ? key : nil)
        }
        // A staff member registered before this import (same folded name,
        // role and court, through the blind index) is linked, as `report`
        // does; the file's own persons are told apart by their keys.
        let (linkedCase, linked) = try tx.linkingRepeatVictims(
          newCase, registeredUpTo: registeredBefore)
        newCase = linkedCase
        linkedPersons.formUnion(linked)
        let reference: CaseReference
        do {
          reference = try tx.report(
            newCase, by: settings.actor, at: row.reportedAt,
            deadlines: settings.deadlines, calendar: settings.calendar,
            externalReference: row.externalReference)
        } catch let error as DomainError {
          throw DomainError(
            error.code,
            "\(row.location): \(error.message); nothing was imported")
        }
        let ids = try tx.targets(of: reference)
        for (key, id) in zip(keys, ids) {
          if let key, known[key] == nil { known[key] = id }
        }
        imported += 1
      }
    }
    importing.finish()
    let linked =
      linkedPersons.isEmpty
      ? ""
      : "; linked \(linkedPersons.count) person\(linkedPersons.count == 1 ? "" : "s") already registered with the same name, role and court"
    print(
      "imported \(imported), already imported \(alreadyImported), invalid \(invalid)\(linked)"
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
