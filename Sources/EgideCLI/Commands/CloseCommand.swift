import ArgumentParser
import EgideCore
import EgideService

/// `egide close`: closes a case without action.
struct CloseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "close",
    abstract: Words.en(
      "Close a case without action: unfounded, withdrawn or duplicate.",
      fr: "Classe un dossier sans suite : infondé, retiré ou doublon."),
    discussion: Words.en(
      """
      Example:
        egide close 2026-0043 --reason duplicate --duplicate-of 2026-0042
      """,
      fr: """
        Exemple :
          egide close 2026-0043 --reason duplicate --duplicate-of 2026-0042
        """))

  @OptionGroup var registry: RegistryOptions
  @Argument(
    help: .caseReference,
    completion: CompletionValues.caseReferences) var reference: String
  @Option(
    help: .values(of: ClosureReason.self),
    completion: ClosureReason.completion, transform: ClosureReason.code)
  var reason: String
  @Option(
    help: .en(
      "The case this one repeats (with --reason duplicate).",
      fr: "Le dossier dont celui-ci est le doublon (avec --reason duplicate)."))
  var duplicateOf: String?

  func run() throws {
    try registry.client().change(
      CloseCase(reference: reference, reason: reason, duplicateOf: duplicateOf))
  }
}
