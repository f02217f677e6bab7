import ArgumentParser
import EgideCore
import EgideService

/// `egide reopen`: reopens a resolved or closed case.
struct ReopenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reopen",
    abstract: Words.en(
      "Reopen a resolved or closed case.",
      fr: "Rouvre un dossier résolu ou classé."),
    discussion: Words.en(
      """
      Example:
        egide reopen 2026-0042 --reason "New threats from the same account"
      """,
      fr: """
        Exemple :
          egide reopen 2026-0042 --reason "Nouvelles menaces depuis le même compte"
        """))

  @OptionGroup var registry: RegistryOptions
  @Argument(
    help: .caseReference,
    completion: CompletionValues.caseReferences) var reference: String
  @Option(
    help: .en(
      "Why the case is reopened; - reads it from standard input, @FILE from a file.",
      fr:
        "Le motif de la réouverture ; - le lit sur l'entrée standard, @FICHIER dans un fichier."
    )) var reason: String

  func run() throws {
    var input = ArgumentInput()
    let reason = try input.value(reason, option: "--reason")
    try registry.client().change(
      ReopenCase(reference: reference, reason: reason))
  }
}
