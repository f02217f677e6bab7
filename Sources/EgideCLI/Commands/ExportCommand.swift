import ArgumentParser
import EgideCore
import EgideService
import EgideStore
import Foundation

/// `egide export`: cases out of the registry, for security officers.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export cases as CSV or JSON.",
    discussion: """
      Example:
        egide export cases --ressort ca_paris --format csv --out paris.csv
      """,
    subcommands: [Cases.self])

  /// `egide export cases`.
  struct Cases: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "cases",
      abstract:
        "Export every field of the cases matching the filters of 'egide list'.",
      discussion: """
        The filters, order and limit are those of 'egide list': open cases
        only unless --status or --all is given, most severe first unless
        --sort says otherwise. One row (CSV) or object (JSON) per case, with
        the same columns in both: reference, external_reference (the
        reference when the case was not imported), status, severity,
        assessed, reported_severity, factors, reported_factors, kinds,
        channel, platform, court, appeal_court, occurred,
        occurred_precision, reported_at, reported_by, assessment_due,
        assessed_at, assigned_to, closure_reason, duplicate_of, ended_at,
        targets (role:function per person, separated by |), person_ids,
        measures (id:kind:status, separated by |), evidence_count,
        event_count, overdue. Lists of values (kinds, factors, authors) are
        separated by ';'. Dates are UTC (2026-11-20T20:40:00Z); an
        occurrence known only to the day or month is written 2026-11-20 or
        2026-11.

        Names and free text are left out unless --include-identities is
        given with a --purpose: the access log then records, before
        anything is written, one entry per exported case with who, when
        and why; summary, narrative, target_names and authors are added,
        and the export can be imported into another registry with
        'egide import'. Such a file identifies the people at risk: keep it
        like the case files, and delete it when done. Files written with
        --out are readable by their owner only and never overwrite
        anything.

        The cases are read and written one at a time, so a large registry
        is never loaded into memory.

        Example:
          egide export cases --ressort ca_paris --format csv --out paris.csv
          egide export cases --all --include-identities --purpose "Move to the new registry" \\
            --format json --out all.json
        """)

    @OptionGroup var registry: RegistryOptions
    @OptionGroup var filters: CaseFilterOptions
    @Option(help: "csv or json.") var format = "csv"
    @Option(
      help:
        "Write to this new file (never overwritten) instead of standard output."
    )
    var out: String?
    @Flag(
      help:
        "Add the identifying columns: summary, narrative, target_names, authors."
    )
    var includeIdentities = false
    @Option(
      help:
        "Why the identities are exported (with --include-identities; recorded in the access log)."
    )
    var purpose: String?

    func run() throws {
      let settings = try registry.settings()
      var query = try filters.query(settings)
      let format = try ExportFormat.parse(format)
      let purpose = try RevealOptions.purpose(
        purpose, flag: "--include-identities", given: includeIdentities)
      if let out, FileManager.default.fileExists(atPath: out) {
        throw CLIError(
          .cannotCreate, "'\(out)' already exists; give another --out path")
      }
      let access = try settings.authorize(.export)
      try access.restrict(&query)
      var store = access.registry
      // The cases revealed are those logged: a case reported meanwhile
      // is left out rather than revealed without its entry.
      // The reveal is logged once the destination is open, so that an
      // export refused for its path leaves no entry. The path itself is
      // not kept: files are often named after the person.
      var logged: Set<CaseReference>?
      func reveal() throws {
        guard let purpose else { return }
        let references = try store.list(query).map(\.reference)
        store = try access.reveal(
          .export, purpose: purpose, cases: references,
          details: [
            "command": "export cases", "format": format.rawValue,
            "destination": out == nil ? "standard output" : "file",
          ])
        logged = Set(references)
      }
      let display = Display(timeZone: settings.timeZone)
      let keys = CaseExport.header(includeIdentities: includeIdentities)
      let include = includeIdentities
      let now = settings.now
      func write(to sink: StreamSink) throws -> Int {
        var count = 0
        switch format {
        case .csv: try sink.write(SpreadsheetCell.row(keys))
        case .json: try sink.write("[")
        }
        try store.forEachCase(matching: query) { exported in
          if let logged, !logged.contains(exported.state.reference) { return }
          let values = CaseExport.values(
            exported, includeIdentities: include, display: display, now: now)
          switch format {
          case .csv: try sink.write(CaseExport.csvRow(values))
          case .json:
            try sink.write(
              (count == 0 ? "\n" : ",\n")
                + CaseExport.jsonObject(values, keys: keys))
          }
          count += 1
        }
        if format == .json { try sink.write(count == 0 ? "]\n" : "\n]\n") }
        try sink.flush()
        return count
      }
      if let out {
        let count = try OutputFile.withNew(out) { handle in
          try reveal()
          return try write(to: StreamSink(handle, name: "'\(out)'"))
        }
        print(
          "Exported \(count == 1 ? "1 case" : "\(count) cases") to \(out)"
            + (includeIdentities
              ? " (with names and free text: keep it like the case files)"
              : ""))
      } else {
        try reveal()
        _ = try write(
          to: StreamSink(.standardOutput, name: "to standard output"))
      }
    }
  }
}

/// The formats of `egide export cases`.
enum ExportFormat: String, DomainValue {
  case csv
  case json
  static let fieldName = "format"
}
