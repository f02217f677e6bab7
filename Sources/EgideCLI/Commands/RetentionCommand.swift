import ArgumentParser
import EgideCore
import EgideService
import EgideStore

/// `egide retention`: the purge of identities of cases finished long ago.
struct RetentionCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "retention",
    abstract: Words.en(
      "Purge the identities of cases finished long ago.",
      fr: "Purge les identités des dossiers terminés depuis longtemps."),
    subcommands: [RetentionApplyCommand.self])
}

/// `egide retention apply [--dry-run]`.
struct RetentionApplyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "apply",
    abstract: Words.en(
      "Purge the identities of cases resolved or closed for longer than the retention period.",
      fr:
        "Purge les identités des dossiers résolus ou classés depuis plus longtemps que la durée de conservation."
    ),
    discussion: Words.en(
      """
      The period is retention.years in the config file (default 5 years,
      accepted 1 to 30), counted from the day the case was resolved or
      closed. For each such case, its summary, narrative, notes, reasons,
      evidence, notices and decisions are erased, and so is each person
      and author named only by purged cases; kinds, courts, roles, dates,
      severities, statuses and measures stay, so summaries do not change.
      Each purge is a 'purged' event in the case's history. One
      transaction: all or nothing. --dry-run says what would be purged and
      changes nothing.

      Example:
        egide retention apply --dry-run
      """,
      fr: """
        La durée est retention.years dans le fichier de configuration (5 ans
        par défaut, de 1 à 30 ans), comptée à partir du jour où le dossier a
        été résolu ou classé. Pour chacun de ces dossiers, le résumé, le
        récit, les notes, les motifs, les pièces, les notifications et les
        décisions sont effacés, de même que chaque personne et chaque auteur
        nommés uniquement par des dossiers purgés ; les natures,
        juridictions, rôles, dates, gravités, statuts et mesures sont
        conservés, de sorte que les synthèses ne changent pas. Chaque purge
        est un événement « purged » de l'historique du dossier. Une seule
        transaction : tout ou rien. --dry-run indique ce qui serait purgé
        sans rien modifier.

        Exemple :
          egide retention apply --dry-run
        """))

  @Flag(
    help: .en(
      "Say what would be purged; change nothing.",
      fr: "Indique ce qui serait purgé, sans rien modifier."))
  var dryRun = false

  @OptionGroup var registry: RegistryOptions

  func run() throws {
    let settings = try registry.settings()
    let store = try settings.authorize(.retention)
    let outcome = try store.applyRetention(
      settings.retention, at: settings.now, timeZone: settings.timeZone,
      by: settings.actor, dryRun: dryRun)
    let cutoff = settings.retention.cutoff(
      at: settings.now, timeZone: settings.timeZone)
    let typography = Typography(display: Display(timeZone: settings.timeZone))
    let verb = dryRun ? "Would purge" : "Purged"
    let years = settings.retention.years
    let frenchYears = Typography.count(years, "year", "years", fr: "an", "ans")
    guard !outcome.cases.isEmpty else {
      print(
        Words.en(
          "No case ended before \(typography.day(cutoff)) (\(years) years ago) is left to purge.",
          fr:
            "Aucun dossier terminé avant le \(typography.day(cutoff)) (il y a \(frenchYears)) ne reste à purger."
        ))
      return
    }
    for candidate in outcome.cases {
      print(
        "\(candidate.reference)  \(candidate.status.shownName) \(typography.day(candidate.endedAt))"
      )
    }
    let cases = Typography.count(
      outcome.cases.count, "case", "cases", fr: "dossier terminé",
      "dossiers terminés")
    let erased = Typography.count(
      outcome.personsPurged, "person", "persons", fr: "personne effacée",
      "personnes effacées")
    let kept = Typography.count(
      outcome.personsKept, "kept", "kept", fr: "conservée", "conservées")
    print(
      Words.en(
        "\(verb) the identities of \(Self.count(outcome.cases.count, "case")) ended before \(typography.day(cutoff)) (retention \(years) years); \(Self.count(outcome.personsPurged, "person")) erased, \(outcome.personsKept) kept because a case not purged names them.",
        fr:
          "\(dryRun ? "Simulation : purge" : "Purge") des identités de \(cases) avant le \(typography.day(cutoff)) (conservation : \(frenchYears)) ; \(erased), \(kept) parce qu'un dossier non purgé les nomme."
      ))
  }

  /// `1 case`, `2 cases`.
  static func count(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
  }
}
