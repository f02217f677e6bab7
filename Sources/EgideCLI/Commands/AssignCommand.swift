import ArgumentParser
import EgideCore

/// `egide assign`: gives a case to someone to follow.
struct AssignCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "assign",
    abstract: "Give a case to someone to follow.",
    discussion: """
      Example:
        egide assign 2026-0042 --to "security.officer.paris"
      """)

  @OptionGroup var registry: RegistryOptions
  @Argument(help: "The case reference, e.g. 2026-0042.") var reference: String
  @Option(help: "Who follows the case.") var to: String

  func run() throws {
    try CaseChangeRunner.run(reference, registry, .assign) { state, settings in
      try state.assign(to: to, by: settings.actor, at: settings.now)
    }
  }
}
