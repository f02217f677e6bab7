import ArgumentParser
import EgideCore
import EgideService

/// `egide assign`: gives a case to someone to follow.
struct AssignCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "assign",
    abstract: "Give a case to someone to follow.",
    discussion: """
      The case goes to a registered user who may see it: enabled, not a
      liaison, and with the case within their court or ressort.

      Example:
        egide assign 2026-0042 --to "security.officer.paris"
      """)

  @OptionGroup var registry: RegistryOptions
  @Argument(help: "The case reference, e.g. 2026-0042.") var reference: String
  @Option(help: "The user who follows the case (see egide user list).")
  var to: String

  func run() throws {
    try registry.client().change(AssignCase(reference: reference, to: to))
  }
}
