import ArgumentParser
import EgideCore
import EgideService

/// `egide escalate`: records that a case was escalated to an authority.
struct EscalateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "escalate",
    abstract: "Escalate a case to an authority.",
    discussion: """
      Example:
        egide escalate 2026-0042 --to head_of_court --reason "Death threat with home address" \\
          --authority "Président du TJ de Bobigny"
      """)

  @OptionGroup var registry: RegistryOptions
  @Argument(help: "The case reference, e.g. 2026-0042.") var reference: String
  @Option(
    help: "\(EscalationLevel.acceptedValues.joined(separator: ", ")).",
    completion: EscalationLevel.completion, transform: EscalationLevel.code)
  var to: String
  @Option(
    help:
      "Why the case is escalated; - reads it from standard input, @FILE from a file."
  ) var reason: String
  @Option(
    help:
      "The authority addressed, by function; - reads it from standard input, @FILE from a file."
  )
  var authority: String?

  func run() throws {
    var input = ArgumentInput()
    let reason = try input.value(reason, option: "--reason")
    let authority = try input.optional(authority, option: "--authority")
    try registry.client().change(
      EscalateCase(
        reference: reference, to: to, reason: reason, authority: authority))
  }
}
