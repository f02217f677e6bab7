import ArgumentParser
import EgideCore
import EgideService
import EgideStore

/// `egide retention`: the purge of identities of cases finished long ago.
struct RetentionCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "retention",
    abstract: "Purge the identities of cases finished long ago.",
    subcommands: [RetentionApplyCommand.self])
}

/// `egide retention apply [--dry-run]`.
struct RetentionApplyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "apply",
    abstract:
      "Purge the identities of cases resolved or closed for longer than the retention period.",
    discussion: """
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
      """)

  @Flag(help: "Say what would be purged; change nothing.")
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
    let display = Display(timeZone: settings.timeZone)
    let verb = dryRun ? "Would purge" : "Purged"
    guard !outcome.cases.isEmpty else {
      print(
        "No case ended before \(display.day(cutoff)) (\(settings.retention.years) years ago) is left to purge."
      )
      return
    }
    for candidate in outcome.cases {
      print(
        "\(candidate.reference)  \(candidate.status.rawValue) \(display.day(candidate.endedAt))"
      )
    }
    print(
      "\(verb) the identities of \(Self.count(outcome.cases.count, "case")) ended before \(display.day(cutoff)) (retention \(settings.retention.years) years); \(Self.count(outcome.personsPurged, "person")) erased, \(outcome.personsKept) kept because a case not purged names them."
    )
  }

  /// `1 case`, `2 cases`.
  static func count(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
  }
}
