import ArgumentParser
import EgideCore
import EgideReports
import EgideService
import EgideStore
import Foundation

/// `egide export`: cases out of the registry, for security officers.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: Words.en(
      "Export cases as CSV or JSON.",
      fr: "Exporte des dossiers en CSV ou en JSON."),
    discussion: Words.en(
      """
      Example:
        egide export cases --ressort ca_paris --format csv --out paris.csv
      """,
      fr: """
        Exemple :
          egide export cases --ressort ca_paris --format csv --out paris.csv
        """),
    subcommands: [Cases.self])

  /// `egide export cases`.
  struct Cases: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "cases",
      abstract: Words.en(
        "Export every field of the cases matching the filters of 'egide list'.",
        fr:
          "Exporte tous les champs des dossiers retenus par les filtres de « egide list »."
      ),
      discussion: Words.en(
        """
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
        """,
        fr: """
          Les filtres, l'ordre et la limite sont ceux de « egide list » :
          seulement les dossiers ouverts sauf si --status ou --all est donné,
          les plus graves d'abord sauf si --sort en dispose autrement. Une
          ligne (CSV) ou un objet (JSON) par dossier, avec les mêmes colonnes
          dans les deux : reference, external_reference (la référence quand
          le dossier n'a pas été importé), status, severity, assessed,
          reported_severity, factors, reported_factors, kinds, channel,
          platform, court, appeal_court, occurred, occurred_precision,
          reported_at, reported_by, assessment_due, assessed_at, assigned_to,
          closure_reason, duplicate_of, ended_at, targets (role:function par
          personne, séparés par |), person_ids, measures (id:kind:status,
          séparés par |), evidence_count, event_count, overdue. Les listes de
          valeurs (kinds, factors, authors) sont séparées par « ; ». Les dates
          sont en UTC (2026-11-20T20:40:00Z) ; des faits connus seulement au
          jour ou au mois près sont écrits 2026-11-20 ou 2026-11.

          Les noms et le texte libre sont omis, sauf si --include-identities
          est donné avec un --purpose : le journal des accès consigne alors,
          avant toute écriture, une entrée par dossier exporté indiquant qui,
          quand et pourquoi ; summary, narrative, target_names et authors sont
          ajoutés, et l'export peut être importé dans un autre registre avec
          « egide import ». Un tel fichier identifie les personnes menacées :
          conservez-le comme les dossiers eux-mêmes, et supprimez-le après
          usage. Les fichiers écrits avec --out ne sont lisibles que par leur
          propriétaire et n'écrasent jamais rien.

          Les dossiers sont lus et écrits un par un : un registre volumineux
          n'est jamais chargé en mémoire.

          Exemples :
            egide export cases --ressort ca_paris --format csv --out paris.csv
            egide export cases --all --include-identities --purpose "Passage au nouveau registre" \\
              --format json --out all.json
          """))

    @OptionGroup var registry: RegistryOptions
    @OptionGroup var filters: CaseFilterOptions
    @Option(help: .en("csv or json.", fr: "csv ou json.")) var format = "csv"
    @Option(
      help: .en(
        "With --format csv: standard (comma, the default) or fr (semicolon, for LibreOffice or Excel in French); 'egide import' reads both.",
        fr:
          "Avec --format csv : standard (virgule, par défaut) ou fr (point-virgule, pour LibreOffice ou Excel en français) ; « egide import » lit les deux."
      ),
      completion: CSVDialect.completion, transform: CSVDialect.code)
    var csvDialect: String?
    @Option(
      help: .en(
        "Write to this new file (never overwritten) instead of standard output.",
        fr:
          "Écrit dans ce nouveau fichier (jamais écrasé) au lieu de la sortie standard."
      ))
    var out: String?
    @Flag(
      help: .en(
        "Add the identifying columns: summary, narrative, target_names, authors.",
        fr:
          "Ajoute les colonnes identifiantes : summary, narrative, target_names, authors."
      ))
    var includeIdentities = false
    @Option(
      help: .en(
        "Why the identities are exported (with --include-identities; recorded in the access log).",
        fr:
          "Pourquoi les identités sont exportées (avec --include-identities ; consigné dans le journal des accès)."
      ))
    var purpose: String?

    func validate() throws {
      try CSVDialect.check(
        csvDialect, format: format,
        formats: ExportCases.Format.acceptedValues)
    }

    func run() throws {
      let purpose = try RevealOptions.purpose(
        purpose, flag: "--include-identities", given: includeIdentities)
      if let out { try OutputFile.checkNew(out) }
      let client = try registry.client()
      let request = ExportCases(
        filters: filters.filters, limit: filters.limit, format: format,
        purpose: purpose, csvDialect: csvDialect)
      // The destination is opened first, so that an export refused for
      // its path leaves no entry in the access log. The path itself is
      // not kept: files are often named after the person.
      if let out {
        let count = try OutputFile.withNew(out) { handle in
          let sink = StreamSink(handle, name: "'\(out)'")
          let count = try client.export(
            request, destination: "file", write: sink.write)
          try sink.flush()
          return count
        }
        let cases = Typography.count(
          count, "case", "cases", fr: "dossier", "dossiers")
        print(
          Words.en(
            "Exported \(cases) to \(out)", fr: "Export : \(cases) dans \(out)")
            + (includeIdentities
              ? Words.en(
                " (with names and free text: keep it like the case files)",
                fr:
                  " (avec noms et texte libre : à conserver comme les dossiers eux-mêmes)"
              )
              : ""))
      } else {
        let sink = StreamSink(.standardOutput, name: "to standard output")
        _ = try client.export(
          request, destination: "standard output", write: sink.write)
        try sink.flush()
      }
    }
  }
}
