import ArgumentParser
import EgideCore
import EgideServer
import EgideService
import EgideStore
import Foundation

/// The `egide` command: record, escalate and follow to resolution the
/// threats and attacks against magistrates and court staff.
public struct EgideCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "egide",
    abstract: Words.en(
      "Registry of threats and attacks against magistrates and court staff.",
      fr:
        "Registre des menaces et atteintes visant les magistrats et les personnels de justice."
    ),
    discussion: Words.en(
      """
      Record a case, escalate it, track its protective measures and follow it
      to resolution, with a signed and dated history of every change.

      Every command takes --lang en|fr (default: lang = in the configuration
      file, else the locale: LANG=fr_FR.UTF-8 gives French) and --no-color
      (colours are also off with NO_COLOR, or when the output is not a
      terminal).

      Example:
        egide init --db registry.sqlite
        egide report --db registry.sqlite --kind threat --channel social_network \\
          --platform x --court Bobigny --target "Name Surname" --role judge \\
          --summary "Death threat posted under a ruling"
        egide list --db registry.sqlite
      """,
      fr: """
        Signalez un dossier, transmettez-le, suivez ses mesures de protection
        jusqu'à son règlement, avec un historique signé et daté de chaque
        changement.

        Chaque commande accepte --lang en|fr (par défaut : lang = dans le
        fichier de configuration, sinon la locale : LANG=fr_FR.UTF-8 donne le
        français) et --no-color (les couleurs sont aussi coupées avec NO_COLOR,
        ou quand la sortie n'est pas un terminal).

        Exemple :
          egide init --db registre.sqlite
          egide report --db registre.sqlite --kind menace --channel "réseau social" \\
            --platform x --court Bobigny --target "Prénom Nom" --role juge \\
            --summary "Menace de mort publiée sous une décision"
          egide list --db registre.sqlite
        """),
    version: VersionCommand.line,
    subcommands: [
      InitCommand.self, ReportCommand.self, ShowCommand.self, ListCommand.self,
      AssessCommand.self, EscalateCommand.self, AssignCommand.self,
      NoteCommand.self, EvidenceCommand.self, MeasureCommand.self,
      ResolveCommand.self, CloseCommand.self, ReopenCommand.self,
      TimelineCommand.self, SummaryCommand.self, ExportCommand.self,
      ImportCommand.self, NoticeCommand.self, DueCommand.self,
      OccultationCommand.self,
      ExposureCommand.self, CampaignCommand.self, DemoCommand.self,
      DoctorCommand.self, BackupCommand.self, RestoreCommand.self,
      KeyCommand.self, RetentionCommand.self, PersonCommand.self,
      VerifyCommand.self, AuditCommand.self,
      UserCommand.self, ServeCommand.self, LoginCommand.self,
      LogoutCommand.self, VersionCommand.self,
    ])

  public init() {}

  /// Parses the arguments, runs the command and exits with a sysexits
  /// status; every failure is one line on standard error.
  public static func runAndExit() async -> Never {
    let given = Array(CommandLine.arguments.dropFirst())
    if let problem = InterfaceLanguage.problem(arguments: given) {
      fail(problem, status: .usage)
    }
    let commands = configuration.subcommands.map { $0._commandName }
    if let unknown = ArgumentWording.unknownCommand(
      InterfaceLanguage.removingArgument(serverFirst(given)),
      commands: commands)
    {
      fail(unknown, status: .usage)
    }
    do {
      var command = try parse(serverFirst(given))
      if var asynchronous = command as? any AsyncParsableCommand {
        try await asynchronous.run()
      } else {
        try command.run()
      }
      Foundation.exit(0)
    } catch let error as DomainError {
      fail(FlagWording.word(error.message), status: status(for: error.code))
    } catch let error as StoreError {
      fail(error.message, status: status(for: error.code))
    } catch let error as ServerError {
      fail(error.message, status: .configuration)
    } catch let error as CLIError {
      fail(error.message, status: error.status)
    } catch let error as AccessRefusal {
      // On a local file the name is the command line's, not a token's.
      let origin =
        error.reason == .unknownUser
        ? " (the name comes from --actor, $EGIDE_ACTOR or the system login; 'egide user add NAME --role ROLE' adds a user)"
        : ""
      fail(FlagWording.word(error.message) + origin, status: .noPermission)
    } catch let error as ServiceError {
      fail(FlagWording.word(error.message), status: status(for: error.code))
    } catch let error as RemoteRefusal {
      fail(
        FlagWording.word(error.problem.detailTemplate),
        status: status(for: error.problem))
    } catch {
      // Help and version requests print as ArgumentParser prints them; a
      // refused command line is one line, like every other refusal.
      let code = exitCode(for: error)
      guard code != .success else {
        // Help and version: ArgumentParser's own words in French too.
        guard Words.french else { exit(withError: error) }
        print(ArgumentWording.frenchHelp(fullMessage(for: error)))
        Foundation.exit(0)
      }
      let message = ArgumentWording.message(for: message(for: error))
        .split(whereSeparator: \.isNewline)
        .map { $0.trimmingWhitespaceAndNewlines() }
        .filter { !$0.isEmpty && !$0.hasPrefix("Usage:") }
        .joined(separator: " ")
      fail(
        message.isEmpty ? "the command line is not valid" : message,
        status: ExitStatus(rawValue: code.rawValue) ?? .usage)
    }
  }

  /// The command `arguments` name.
  ///
  /// `--lang` chooses the interface's
  /// language for every command: a command without a `--lang` of its own
  /// is parsed without it.
  static func parse(_ arguments: [String]) throws -> any ParsableCommand {
    do {
      return try parseAsRoot(arguments)
    } catch {
      // `--no-color` too is for every command (``Colour``).
      let without = InterfaceLanguage.removingArgument(arguments)
        .filter { $0 != "--no-color" }
      guard without != arguments else { throw error }
      return try parseAsRoot(without)
    }
  }

  /// The arguments with a server named before the command
  /// (`egide --server URL list`) moved after it, where every command
  /// takes it.
  static func serverFirst(_ arguments: [String]) -> [String] {
    var leading: [String] = []
    var rest = arguments[...]
    while let first = rest.first {
      if first == "--server" || first == "--ca-cert", rest.count >= 2 {
        leading += rest.prefix(2)
        rest = rest.dropFirst(2)
      } else if first.hasPrefix("--server=") || first.hasPrefix("--ca-cert=") {
        leading.append(first)
        rest = rest.dropFirst()
      } else {
        break
      }
    }
    guard !leading.isEmpty, !rest.isEmpty else { return arguments }
    // Options go before a `--` that ends them.
    if let end = rest.firstIndex(of: "--") {
      return Array(rest[..<end]) + leading + Array(rest[end...])
    }
    return Array(rest) + leading
  }

  /// The exit status of a refusal a server answered: the one the same
  /// refusal has in local mode.
  static func status(for problem: Problem) -> ExitStatus {
    if let code = DomainError.Code(rawValue: problem.code) {
      return status(for: code)
    }
    if AccessRefusal.Reason(rawValue: problem.code) != nil {
      return .noPermission
    }
    if let code = ServiceError.Code(rawValue: problem.code) {
      return status(for: code)
    }
    if let code = StoreError.Code(rawValue: problem.code) {
      return code == .busy ? .temporaryFailure : status(for: code)
    }
    return problem.status >= 500 ? .temporaryFailure : .protocolError
  }

  static func fail(_ message: String, status: ExitStatus) -> Never {
    Terminal.error(
      Words.french
        ? "egide : erreur : "
          + InstantWording.local(FrenchMessages.translate(message))
        : "egide: error: \(InstantWording.local(message))")
    Foundation.exit(status.rawValue)
  }

  static func status(for code: DomainError.Code) -> ExitStatus {
    switch code {
    case .invalidValue: .usage
    case .unacceptableValue, .forbiddenTransition, .notFound: .dataError
    }
  }

  static func status(for code: ServiceError.Code) -> ExitStatus {
    switch code {
    case .unauthenticated: .noPermission
    case .tooLarge, .badRequest: .dataError
    case .tooManyAttempts, .busy: .temporaryFailure
    }
  }

  static func status(for code: StoreError.Code) -> ExitStatus {
    switch code {
    case .noRegistry: .noInput
    case .alreadyExists: .cannotCreate
    case .notARegistry, .schemaTooNew, .migrationChanged, .corruptValue,
      .purged:
      .dataError
    case .io, .busy: .ioError
    case .keyMissing: .noPermission
    case .keyRequired, .keyUntrusted: .noPermission
    case .wrongKey: .configuration
    }
  }
}
