import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The colours of text output on a terminal: what is late in red, a
/// critical severity in bold, each status its tint.
///
/// None when the output is not a terminal, when `NO_COLOR` is set and not
/// empty (no-color.org), when `TERM` is `dumb`, or with `--no-color`.
enum Colour: String {
  case red = "31"
  case green = "32"
  case yellow = "33"
  case blue = "34"
  case magenta = "35"
  case bold = "1"
  case dim = "2"

  /// Whether this process writes colours.
  static let enabled: Bool = isEnabled(
    arguments: CommandLine.arguments,
    environment: ProcessInfo.processInfo.environment,
    terminal: isatty(STDOUT_FILENO) == 1)

  /// Whether colours are written, for these arguments, environment and
  /// standard output.
  static func isEnabled(
    arguments: [String], environment: [String: String], terminal: Bool
  ) -> Bool {
    guard terminal, environment["TERM"] != "dumb" else { return false }
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
    let options = arguments.prefix { $0 != "--" }
    return !options.contains("--no-color")
  }

  /// `text` in this colour, when colours are written.
  func paint(_ text: String, enabled: Bool = Colour.enabled) -> String {
    guard enabled, !text.isEmpty else { return text }
    return "\u{1B}[\(rawValue)m\(text)\u{1B}[0m"
  }

  /// The colour of a case status.
  static func of(status code: String) -> Colour? {
    switch code {
    case "new": .yellow
    case "assessed": .blue
    case "escalated": .magenta
    case "monitored": .green
    case "resolved", "closed": .dim
    default: nil
    }
  }
}

/// Text whose only control sequences are the colours egide wrote itself
/// (a ``TextTable`` cleans each cell before painting it): printed as it
/// is, where every other text is cleaned of control characters first.
struct PaintedText: CustomStringConvertible {
  /// The text, with its colours.
  var description: String
}
