import ArgumentParser
import EgideCore
import EgideStore
import Foundation

/// The options every command shares: which registry, and who acts.
struct RegistryOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The registry file. Default: $EGIDE_DB, else `db` in the config file, else ./egide.sqlite.",
      valueName: "path"))
  var db: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Who signs the change. Default: $EGIDE_ACTOR, else the system user.",
      valueName: "name"))
  var actor: String?

  /// The settings these options and the environment give.
  func settings() throws -> Settings {
    try Settings(
      options: self, environment: ProcessInfo.processInfo.environment)
  }
}

/// Everything a command needs to know about its environment: registry
/// path, actor, time zone, deadlines, and the current time.
struct Settings {
  var databasePath: String
  var actor: String
  var timeZone: TimeZone
  var deadlines: DeadlinePolicy
  var now: Date

  init(options: RegistryOptions, environment: [String: String]) throws {
    let config = try ConfigFile.load(environment: environment)
    databasePath =
      options.db ?? environment["EGIDE_DB"].flatMap { $0.isEmpty ? nil : $0 }
      ?? config.values["db"] ?? "egide.sqlite"
    let rawActor =
      options.actor ?? environment["EGIDE_ACTOR"].flatMap {
        $0.isEmpty ? nil : $0
      } ?? Self.systemUser(environment)
    actor = try Actor.validate(rawActor)
    let zoneName =
      environment["EGIDE_TIMEZONE"] ?? config.values["timezone"]
      ?? "Europe/Paris"
    guard let zone = TimeZone(identifier: zoneName) else {
      throw CLIError(
        .usage,
        "unknown timezone '\(zoneName)'; accepted: an IANA name such as Europe/Paris or America/Cayenne"
      )
    }
    timeZone = zone
    var deadlines = DeadlinePolicy.standard
    for severity in Severity.allCases {
      if let days = try Self.days(config, "deadlines.\(severity.rawValue)") {
        deadlines.assessmentDays[severity] = days
      }
    }
    if let days = try Self.days(config, "deadlines.unrated") {
      deadlines.unratedAssessmentDays = days
    }
    self.deadlines = deadlines
    now = Date()
    if let fixed = environment["EGIDE_NOW"], !fixed.isEmpty {
      // For reproducible demos, golden files and tests only.
      guard
        let date = try? DateInput(timeZone: zone).parse(
          fixed, field: "EGIDE_NOW"),
        date.precision == .minute
      else {
        throw CLIError(
          .usage,
          "EGIDE_NOW '\(fixed)' is not a date and time such as 2026-11-30T12:00Z"
        )
      }
      now = date.start
    }
  }

  /// The working-day calendar in the registry's time zone.
  var calendar: BusinessCalendar { BusinessCalendar(timeZone: timeZone) }

  /// The date parser for local times.
  var dates: DateInput { DateInput(timeZone: timeZone) }

  /// Opens the registry.
  func openRegistry() throws -> Registry {
    try Registry.open(at: databasePath)
  }

  private static func days(_ config: ConfigFile, _ key: String) throws -> Int? {
    guard let text = config.values[key] else { return nil }
    guard let days = Int(text), (0...60).contains(days) else {
      throw CLIError(
        .usage,
        "\(key) '\(text)' in \(config.path ?? "the config file") is not a number of working days; accepted: 0 to 60"
      )
    }
    return days
  }

  private static func systemUser(_ environment: [String: String]) -> String {
    if let pw = getpwuid(geteuid()), let name = pw.pointee.pw_name {
      return String(cString: name)
    }
    return environment["USER"] ?? "unknown"
  }
}
