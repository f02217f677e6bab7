import ArgumentParser
import EgideCore
import EgideService

/// `egide assign`: gives a case to someone to follow.
struct AssignCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "assign",
    abstract: Words.en(
      "Give a case to someone to follow.",
      fr: "Confie le suivi d'un dossier à quelqu'un."),
    discussion: Words.en(
      """
      The case goes to a registered user who may see it: enabled, not a
      liaison, and with the case within their court or ressort.

      Example:
        egide assign 2026-0042 --to "security.officer.paris"
      """,
      fr: """
        Le dossier est confié à un utilisateur enregistré qui peut le voir :
        actif, qui n'est pas référent ministère, et dont la juridiction ou le
        ressort comprend le dossier.

        Exemple :
          egide assign 2026-0042 --to "security.officer.paris"
        """))

  @OptionGroup var registry: RegistryOptions
  @Argument(
    help: .caseReference,
    completion: CompletionValues.caseReferences) var reference: String
  @Option(
    help: .en(
      "The user who follows the case (see egide user list).",
      fr: "L'utilisateur qui suit le dossier (voir egide user list)."))
  var to: String

  func run() throws {
    try registry.client().change(AssignCase(reference: reference, to: to))
  }
}
