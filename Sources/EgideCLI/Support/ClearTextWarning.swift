/// The warning `egide report` writes when names are typed in clear on the
/// command line, where any local user can read them in the process list
/// and the shell's history keeps them.
enum ClearTextWarning {
  /// The one warning for an invocation, or `nil` when there is nothing to
  /// warn about.
  ///
  /// Only a person at a terminal is warned: a script that passes names on
  /// its command line is its author's choice, and the warning would only
  /// fill its logs.
  ///
  /// - Parameters:
  ///   - clearOptions: the identifying options given in clear
  ///     (`--target`, `--summary`), in order.
  ///   - standardInputIsTerminal: whether a person types at a terminal.
  /// - Returns: one line naming the options and how to avoid it.
  static func warning(clearOptions: [String], standardInputIsTerminal: Bool)
    -> String?
  {
    guard standardInputIsTerminal, !clearOptions.isEmpty else { return nil }
    let options = clearOptions.joined(separator: ", ")
    return
      "egide: warning: \(options) given on the command line can be read by other local users (process list) and stays in your shell's history; next time give - (standard input) or @FILE, or leave them out to be asked"
  }
}
