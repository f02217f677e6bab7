import ArgumentParser
import EgideCore
import EgideService

/// `egide reopen`: reopens a resolved or closed case.
struct ReopenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reopen",
    abstract: "Reopen a resolved or closed case.",
    discussion: """
      Example:
        egide reopen 2026-0042 --reason "New threats from the same account"
      """)

  @OptionGroup var registry: RegistryOptions
  @Argument(help: "The case reference, e.g. 2026-0042.") var reference: String
  @Option(
    help:
      "Why the case is reopened; - reads it from standard input, @FILE from a file."
  ) var reason: String

  func run() throws {
    var input = ArgumentInput()
    let reason = try input.value(reason, option: "--reason")
    try registry.client().change(
      ReopenCase(reference: reference, reason: reason))
  }
}
