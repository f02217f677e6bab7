import ArgumentParser
import EgideCore
import EgideService

/// `egide escalate`: records that a case was escalated to an authority.
struct EscalateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "escalate",
    abstract: Words.en(
      "Escalate a case to an authority.",
      fr: "Transmet un dossier à une autorité."),
    discussion: Words.en(
      """
      Example:
        egide escalate 2026-0042 --to head_of_court --reason "Death threat with home address" \\
          --authority "Président du TJ de Bobigny"
      """,
      fr: """
        Exemple :
          egide escalate 2026-0042 --to head_of_court --reason "Menace de mort avec adresse du domicile" \\
            --authority "Président du TJ de Bobigny"
        """))

  @OptionGroup var registry: RegistryOptions
  @Argument(
    help: .caseReference,
    completion: CompletionValues.caseReferences) var reference: String
  @Option(
    help: .values(of: EscalationLevel.self),
    completion: EscalationLevel.completion, transform: EscalationLevel.code)
  var to: String
  @Option(
    help: .en(
      "Why the case is escalated; - reads it from standard input, @FILE from a file.",
      fr:
        "Le motif de la transmission ; - le lit sur l'entrée standard, @FICHIER dans un fichier."
    )) var reason: String
  @Option(
    help: .en(
      "The authority addressed, by function; - reads it from standard input, @FILE from a file.",
      fr:
        "L'autorité saisie, désignée par sa fonction ; - la lit sur l'entrée standard, @FICHIER dans un fichier."
    ))
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
