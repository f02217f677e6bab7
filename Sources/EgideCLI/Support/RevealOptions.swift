import ArgumentParser
import EgideCore

/// The `--identities --purpose TEXT` options of a command that shows
/// identities on request.
///
/// Every reveal is recorded in the access log with its purpose before
/// anything is printed.
struct RevealOptions: ParsableArguments {
  @Flag(
    help: .en(
      "Show names and free text (with --purpose; recorded in the access log).",
      fr:
        "Affiche les noms et le texte libre (avec --purpose ; consigné dans le journal des accès)."
    ))
  var identities = false
  @Option(
    help: .en(
      "Why you need the identities (recorded in the access log).",
      fr:
        "Pourquoi vous avez besoin des identités (consigné dans le journal des accès)."
    ))
  var purpose: String?

  /// The purpose when identities are asked for, nil when they are not.
  ///
  /// - Throws: ``CLIError`` (exit 64) for `--identities` without
  ///   `--purpose` or the reverse, ``DomainError`` for a purpose too short
  ///   or too long.
  func requested() throws -> String? {
    try Self.purpose(purpose, flag: "--identities", given: identities)
  }

  /// The purpose of a reveal asked for with `flag`, checked: nil when the
  /// flag is not given.
  static func purpose(_ purpose: String?, flag: String, given: Bool) throws
    -> String?
  {
    switch (given, purpose) {
    case (false, nil): return nil
    case (false, .some):
      throw CLIError(.usage, "--purpose is only used with \(flag)")
    case (true, nil):
      throw CLIError(
        .usage,
        "\(flag) needs --purpose TEXT saying why you need the identities, such as --purpose 'prepare the police complaint'; it is recorded in the access log"
      )
    case (true, let text?):
      return try AccessEntry.purpose(text)
    }
  }

  /// The purpose of a command that always reveals (`evidence get`,
  /// `notice render`), checked.
  ///
  /// - Throws: ``CLIError`` (exit 64) naming `--purpose` when it is
  ///   missing.
  static func required(_ purpose: String?, command: String) throws -> String {
    guard let purpose else {
      throw CLIError(
        .usage,
        "\(command) needs --purpose TEXT saying why you need what it reveals, such as --purpose 'attach to the police complaint'; it is recorded in the access log"
      )
    }
    return try AccessEntry.purpose(purpose)
  }
}
