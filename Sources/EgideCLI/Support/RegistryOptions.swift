import ArgumentParser
import EgideCore
import EgideReports
import EgideService
import EgideStore
import Foundation

/// The options every command shares: which registry (a local file, or a
/// server), and who acts.
struct RegistryOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      Words.en(
        "The registry file. Default: $EGIDE_DB, else `db` in the config file, else ./egide.sqlite.",
        fr:
          "Le fichier du registre. Par défaut : $EGIDE_DB, sinon `db` du fichier de configuration, sinon ./egide.sqlite."
      ),
      valueName: "path"))
  var db: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      Words.en(
        "Who signs the change. Default: $EGIDE_ACTOR, else the system user.",
        fr:
          "Qui signe la modification. Par défaut : $EGIDE_ACTOR, sinon l'utilisateur système."
      ),
      valueName: "name"))
  var actor: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      Words.en(
        "An Égide server (https://HOST:PORT or unix:PATH) instead of a local file. Default: $EGIDE_SERVER, else `server` in the config file.",
        fr:
          "Un serveur Égide (https://HÔTE:PORT ou unix:CHEMIN) au lieu d'un fichier local. Par défaut : $EGIDE_SERVER, sinon `server` du fichier de configuration."
      ),
      valueName: "url"))
  var server: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      Words.en(
        "The certificate of the authority that signed the server's (PEM). Default: $EGIDE_CA_CERT, else `ca_cert` in the config file.",
        fr:
          "Le certificat de l'autorité qui a signé celui du serveur (PEM). Par défaut : $EGIDE_CA_CERT, sinon `ca_cert` du fichier de configuration."
      ),
      valueName: "file"))
  var caCert: String?

  /// The settings of a command that works on the registry file itself.
  ///
  /// - Parameter demo: whether the command is `egide demo`, which honours
  ///   `$EGIDE_NOW` in any build (see ``FixedClock``).
  /// - Returns: the settings.
  /// - Throws: ``CLIError`` (exit 64) when `--server` was given: such a
  ///   command runs on the server's host, on its file.
  func settings(demo: Bool = false) throws -> Settings {
    if server != nil {
      throw CLIError(
        .usage,
        "this command works on the registry file, on the host that holds it: run it there without --server"
      )
    }
    return try Settings(
      options: self, environment: ProcessInfo.processInfo.environment,
      demo: demo)
  }

  /// Where the command's requests go: the server these options, the
  /// environment or the configuration file name, else the local registry.
  ///
  /// - Parameter whileServed: whether the command may run on the local
  ///   file while `egide serve` owns it (user and token administration on
  ///   the server's host); other commands are then refused and sent to
  ///   the server.
  /// - Returns: the client.
  /// - Throws: ``CLIError`` for a registry served while the command may
  ///   not run beside the server, a server address or a token that
  ///   cannot be used, and the errors of opening the registry.
  func client(whileServed: Bool = false) throws -> any RegistryClient {
    let environment = ProcessInfo.processInfo.environment
    if let connection = try ServerConnection(
      options: self, environment: environment)
    {
      if actor != nil {
        Terminal.error(
          "egide: note: --actor is ignored with a server: you act as the user of your token"
        )
      }
      return try connection.client()
    }
    let settings = try settings()
    if !whileServed,
      let holder = ServeLock.holder(ofRegistryAt: settings.databasePath)
    {
      throw CLIError(
        .temporaryFailure,
        "\(settings.databasePath) is served by egide serve (process \(holder.processID), \(holder.address)); use it as a client: --server \(holder.address) with your token"
      )
    }
    return try settings.localClient()
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
  /// The designated trusted flagger the notifiers act for
  /// (`notices.trusted_flagger_organisation`).
  var trustedFlagger: String?
  /// The heading of HTML summaries, from `[summary]`.
  var summaryHeading: SummaryHeading?
  var now: Date
  /// Whether `$EGIDE_NOW` fixed ``now`` (see ``FixedClock``).
  var fixedClock: FixedClock.Decision

  init(
    options: RegistryOptions, environment: [String: String],
    demo: Bool = false
  ) throws {
    try self.init(
      db: options.db, actor: options.actor, environment: environment,
      demo: demo)
  }

  init(
    db: String?, actor actorOption: String?, environment: [String: String],
    demo: Bool = false
  ) throws {
    let config = try ConfigFile.load(environment: environment)
    databasePath =
      db ?? environment["EGIDE_DB"].flatMap { $0.isEmpty ? nil : $0 }
      ?? config.values["db"] ?? "egide.sqlite"
    keyPath =
      environment["EGIDE_KEY_FILE"].flatMap { $0.isEmpty ? nil : $0 }
      ?? config.values["key_file"]
      ?? (ConfigFile.defaultPath(environment: environment) as NSString)
      .deletingLastPathComponent + "/egide.key"
    let rawActor =
      actorOption ?? environment["EGIDE_ACTOR"].flatMap {
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
    trustedFlagger = try NoticeSettings.trustedFlagger(
      environment: environment)
    let heading = SummaryHeading(
      organisation: config.values["summary.organisation"],
      service: config.values["summary.service"],
      classification: config.values["summary.classification"])
    summaryHeading = heading.isEmpty ? nil : heading
    now = Date()
    fixedClock = FixedClock.decision(
      value: environment["EGIDE_NOW"], build: .current, demo: demo)
    if fixedClock == .ignored { Terminal.error(FixedClock.ignoredWarning) }
    if fixedClock == .honoured, let fixed = environment["EGIDE_NOW"] {
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
      followUp: followUp, trustedFlagger: trustedFlagger,
      summaryHeading: summaryHeading)
  }

  /// The working-day calendar in the registry's time zone.
  var calendar: BusinessCalendar { BusinessCalendar(timeZone: timeZone) }

  /// The date parser for local times.
  var dates: DateInput { DateInput(timeZone: timeZone) }

  /// Opens the registry with its key when the key file is there.
  ///
  /// - Parameters:
  ///   - revealing: whether identities read are the real ones; a command
  ///     that reveals must first record the access (see ``AccessEntry``).
  ///     Without it every identity reads `[sealed]` and nothing is
  ///     decrypted.
  ///   - concurrentReads: whether reads run side by side on a pool of
  ///     connections (`egide serve`), rather than in turn on one.
  /// - Returns: the registry, opened with the key when it is there.
  /// - Throws: ``StoreError`` `.wrongKey` for a key that is not the
  ///   registry's, `.keyRequired` later for a write or reveal that needs a
  ///   key not found.
  func openRegistry(revealing: Bool = false, concurrentReads: Bool = false)
    throws -> Registry
  {
    let key = try loadKey(required: false)
    do {
      return try Registry.open(
        at: databasePath, key: key, revealsIdentities: revealing,
        concurrentReads: concurrentReads)
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
