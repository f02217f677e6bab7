import ArgumentParser
import EgideCore

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
  @Option(help: "Why the case is reopened.") var reason: String

  func run() throws {
    try CaseChangeRunner.run(reference, registry, .reopen) { state, settings in
      try state.reopen(reason: reason, by: settings.actor, at: settings.now)
    }
  }
}
