import ArgumentParser
import EgideCore
import EgideService

/// `egide close`: closes a case without action.
struct CloseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "close",
    abstract: "Close a case without action: unfounded, withdrawn or duplicate.",
    discussion: """
      Example:
        egide close 2026-0043 --reason duplicate --duplicate-of 2026-0042
      """)

  @OptionGroup var registry: RegistryOptions
  @Argument(help: "The case reference, e.g. 2026-0042.") var reference: String
  @Option(
    help: "\(ClosureReason.acceptedValues.joined(separator: ", ")).",
    completion: ClosureReason.completion, transform: ClosureReason.code)
  var reason: String
  @Option(help: "The case this one repeats (with --reason duplicate).")
  var duplicateOf: String?

  func run() throws {
    try registry.client().change(
      CloseCase(reference: reference, reason: reason, duplicateOf: duplicateOf))
  }
}
