import ArgumentParser
import EgideStore

/// `egide version` (and `egide --version`): the version of egide and of
/// the registry schema it writes, which a registry must not be newer than.
struct VersionCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "version",
    abstract: Words.en(
      "Print the version of egide and of the registry schema it writes.",
      fr:
        "Affiche la version d'egide et celle du schéma de registre qu'il écrit."
    ))

  /// The version of egide, raised with each release.
  static let number = "0.14.0"

  /// The line both forms print.
  static var line: String {
    let schema = Migration.shipped.map(\.version).max() ?? 0
    return Words.en(
      "egide \(number) (registry schema \(schema), HTTP API v1)",
      fr: "egide \(number) (schéma de registre \(schema), API HTTP v1)")
  }

  func run() {
    print(Self.line)
  }
}
