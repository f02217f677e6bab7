import ArgumentParser
import EgideCore
import EgideService
import EgideStore
import Foundation

/// The `egide` command: record, escalate and follow to resolution the
/// threats and attacks against magistrates and court staff.
public struct EgideCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "egide",
    abstract:
      "Registry of threats and attacks against magistrates and court staff.",
    discussion: """
      Record a case, escalate it, track its protective measures and follow it
      to resolution, with a signed and dated history of every change.

      Example:
        egide init --db registry.sqlite
        egide report --db registry.sqlite --kind threat --channel social_network \\
          --platform x --court Bobigny --target "Name Surname" --role judge \\
          --summary "Death threat posted under a ruling"
        egide list --db registry.sqlite
      """,
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
      UserCommand.self,
    ])

  public init() {}

  /// Parses the arguments, runs the command and exits with a sysexits
  /// status; every failure is one line on standard error.
  public static func runAndExit() -> Never {
    do {
      var command = try parseAsRoot()
      try command.run()
      Foundation.exit(0)
    } catch let error as DomainError {
      fail(FlagWording.word(error.message), status: status(for: error.code))
    } catch let error as StoreError {
      fail(error.message, status: status(for: error.code))
    } catch let error as CLIError {
      fail(error.message, status: error.status)
    } catch let error as AccessRefusal {
      fail(FlagWording.word(error.message), status: .noPermission)
    } catch let error as ServiceError {
      fail(FlagWording.word(error.message), status: status(for: error.code))
    } catch {
      // Help and version requests print as ArgumentParser prints them; a
      // refused command line is one line, like every other refusal.
      let code = exitCode(for: error)
      guard code != .success else { exit(withError: error) }
      let message = message(for: error)
        .split(whereSeparator: \.isNewline)
        .map { $0.trimmingWhitespaceAndNewlines() }
        .filter { !$0.isEmpty && !$0.hasPrefix("Usage:") }
        .joined(separator: " ")
      fail(
        message.isEmpty ? "the command line is not valid" : message,
        status: ExitStatus(rawValue: code.rawValue) ?? .usage)
    }
  }

  static func fail(_ message: String, status: ExitStatus) -> Never {
    Terminal.error("egide: error: \(message)")
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
    case .io: .ioError
    case .keyMissing: .noPermission
    case .keyRequired: .noPermission
    case .wrongKey: .configuration
    }
  }
}
