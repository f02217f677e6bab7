/// A failure the CLI itself detects (a missing field without a terminal,
/// an unreadable file), with the exit status it maps to.
public struct CLIError: Error, CustomStringConvertible {
  /// The message for the user.
  public var message: String
  /// The sysexits status.
  public var status: ExitStatus

  /// Creates an error with its exit status.
  public init(_ status: ExitStatus, _ message: String) {
    self.status = status
    self.message = message
  }

  public var description: String { message }
}

/// The exit statuses of `egide`, from sysexits.h.
public enum ExitStatus: Int32, Sendable {
  case success = 0
  /// The command line is wrong: unknown option, unknown or malformed
  /// value, missing field.
  case usage = 64
  /// The data is refused: a future date, an oversized text, an unknown
  /// reference, a transition the lifecycle forbids.
  case dataError = 65
  /// An input file or the registry does not exist or cannot be read.
  case noInput = 66
  /// A file to create already exists.
  case cannotCreate = 73
  /// The server could not be reached, or is busy: try again later.
  case temporaryFailure = 75
  /// The server answered in a way this egide does not understand.
  case protocolError = 76
  /// Reading or writing failed.
  case ioError = 74
  /// The acting user may not do this, or the command needs the registry
  /// key it was not given.
  case noPermission = 77
  /// The configuration is wrong: a key that is not this registry's.
  case configuration = 78
  /// Ctrl-C stopped an interactive command before it wrote anything
  /// (128 + SIGINT, as a shell reports it; see ``InterruptionNotice``).
  case interrupted = 130
}
