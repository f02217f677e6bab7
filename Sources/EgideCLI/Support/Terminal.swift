import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Standard streams and the questions asked when a terminal is attached.
enum Terminal {
  /// Whether standard input is a terminal a person can answer from.
  static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 }

  /// Writes a line to standard error.
  static func error(_ text: String) {
    FileHandle.standardError.write(
      Data((PrintableOutput.printable(text) + "\n").utf8))
  }

  /// Asks a question on standard error and reads one line, `nil` at end of
  /// input.
  static func ask(_ question: String) -> String? {
    FileHandle.standardError.write(Data(question.utf8))
    return readLine(strippingNewline: true)
  }

  /// Asks for a secret on standard error and reads one line with the
  /// terminal's echo off; `nil` at end of input.
  static func askSecret(_ question: String) -> String? {
    FileHandle.standardError.write(Data(question.utf8))
    var saved = termios()
    let hasTerminal = tcgetattr(STDIN_FILENO, &saved) == 0
    if hasTerminal {
      var silent = saved
      silent.c_lflag &= ~tcflag_t(ECHO)
      tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent)
    }
    defer {
      if hasTerminal {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
        FileHandle.standardError.write(Data("\n".utf8))
      }
    }
    return readLine(strippingNewline: true)
  }

  /// Asks until `parse` accepts the answer; `nil` at end of input.
  static func ask<T>(_ question: String, _ parse: (String) throws -> T) -> T? {
    while let answer = ask(question) {
      do { return try parse(answer) } catch {
        Terminal.error("egide: \(error)")
      }
    }
    return nil
  }

  /// The width to lay tables out in: on a terminal, `$COLUMNS` or the
  /// terminal's own width; output sent to a pipe or a file is never cut.
  static var width: Int {
    guard isatty(STDOUT_FILENO) == 1 else { return Int.max }
    if let columns = ProcessInfo.processInfo.environment["COLUMNS"],
      let value = Int(columns), value > 40
    {
      return value
    }
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 40 {
      return Int(size.ws_col)
    }
    return 80
  }
}
