import ArgumentParser
import EgideCore
import EgideService
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

  /// Where the command's requests go.
  func client() throws -> any RegistryClient {
    try settings().localClient()
  }
}

/// Everything a command needs to know about its environment: registry
/// path, actor, time zone, deadlines, and the current time.
struct Settings {
  var databasePath: String
  /// The registry key file: `$EGIDE_KEY_FILE`, else `key_file` in the
  /// config file, else `egide.key` beside the config file.
  var keyPath: String
  var actor: String
  var timeZone: TimeZone
  var deadlines: DeadlinePolicy
  /// How long identities of finished cases are kept (`retention.years`).
  var retention: RetentionPolicy
  /// The follow-up delays of notices (`notices.CHANNEL`).
  var followUp: FollowUpPolicy
  var now: Date

  init(options: RegistryOptions, environment: [String: String]) throws {
    let config = try ConfigFile.load(environment: environment)
    databasePath =
      options.db ?? environment["EGIDE_DB"].flatMap { $0.isEmpty ? nil : $0 }
      ?? config.values["db"] ?? "egide.sqlite"
    keyPath =
      environment["EGIDE_KEY_FILE"].flatMap { $0.isEmpty ? nil : $0 }
      ?? config.values["key_file"]
      ?? (ConfigFile.defaultPath(environment: environment) as NSString)
      .deletingLastPathComponent + "/egide.key"
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
    retention = .standard
    if let text = config.values["retention.years"] {
      guard let years = Int(text) else {
        throw CLIError(
          .usage,
          "retention.years '\(text)' in \(config.path ?? "the config file") is not a number of years; accepted: 1 to 30"
        )
      }
      retention = try RetentionPolicy(years: years)
    }
    followUp = try NoticeSettings.followUpPolicy(environment: environment)
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

  /// The rules the registry is run with, for its service.
  var configuration: ServiceConfiguration {
    ServiceConfiguration(
      timeZone: timeZone, deadlines: deadlines, retention: retention,
      followUp: followUp)
  }

  /// The working-day calendar in the registry's time zone.
  var calendar: BusinessCalendar { BusinessCalendar(timeZone: timeZone) }

  /// The date parser for local times.
  var dates: DateInput { DateInput(timeZone: timeZone) }

  /// Opens the registry with its key when the key file is there.
  ///
  /// - Parameter revealing: whether identities read are the real ones; a
  ///   command that reveals must first record the access (see
  ///   ``AccessEntry``). Without it every identity reads `[sealed]` and
  ///   nothing is decrypted.
  /// - Returns: the registry, opened with the key when it is there.
  /// - Throws: ``StoreError`` `.wrongKey` for a key that is not the
  ///   registry's, `.keyRequired` later for a write or reveal that needs a
  ///   key not found.
  func openRegistry(revealing: Bool = false) throws -> Registry {
    let key = try loadKey(required: false)
    do {
      return try Registry.open(
        at: databasePath, key: key, revealsIdentities: revealing)
    } catch {
      guard error.code == .wrongKey,
        let registry = try finishInterruptedRotation(revealing: revealing)
      else { throw error }
      return registry
    }
  }

  /// The registry opened with the key a rotation left in `KEY.new`, after
  /// renaming that file over the key file, when the rotation was
  /// interrupted between its commit and the renaming; nil otherwise.
  private func finishInterruptedRotation(revealing: Bool) throws -> Registry? {
    let pending = keyPath + ".new"
    guard FileManager.default.fileExists(atPath: pending) else { return nil }
    let newKey: RegistryKey
    let registry: Registry
    do {
      newKey = try RegistryKey.load(from: pending)
      registry = try Registry.open(
        at: databasePath, key: newKey, revealsIdentities: revealing)
    } catch { return nil }
    guard rename(pending, keyPath) == 0 else {
      throw CLIError(
        .ioError,
        "the registry is sealed under the key in \(pending) (a rotation was interrupted) but it cannot replace \(keyPath): move it there yourself"
      )
    }
    Terminal.error(
      "note: finished an interrupted key rotation: \(keyPath) now holds the new key (fingerprint \(newKey.fingerprint)); back it up with 'egide key backup'"
    )
    return registry
  }

  /// The registry key, or nil when there is no key file and `required` is
  /// false.
  func loadKey(required: Bool) throws -> RegistryKey? {
    if !required && !FileManager.default.fileExists(atPath: keyPath) {
      return nil
    }
    return try RegistryKey.load(from: keyPath)
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
