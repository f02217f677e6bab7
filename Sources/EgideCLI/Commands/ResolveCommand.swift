import ArgumentParser
import EgideCore
import EgideService

/// `egide resolve`: closes a case that was followed to its end.
struct ResolveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "resolve",
    abstract: "Resolve a case, with its outcome.",
    discussion: """
      Example:
        egide resolve 2026-0042 --outcome "Author convicted; posts removed"
      """)

  @OptionGroup var registry: RegistryOptions
  @Argument(help: "The case reference, e.g. 2026-0042.") var reference: String
  @Option(
    help:
      "What came of the case; - reads it from standard input, @FILE from a file."
  ) var outcome: String

  func run() throws {
    var input = ArgumentInput()
    let outcome = try input.value(outcome, option: "--outcome")
    try registry.client().change(
      ResolveCase(reference: reference, outcome: outcome))
  }
}
