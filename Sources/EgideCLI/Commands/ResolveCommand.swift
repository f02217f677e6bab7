import ArgumentParser
import EgideCore
import EgideService

/// `egide resolve`: closes a case that was followed to its end.
struct ResolveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "resolve",
    abstract: Words.en(
      "Resolve a case, with its outcome.",
      fr: "Clôt un dossier résolu, avec son issue."),
    discussion: Words.en(
      """
      Example:
        egide resolve 2026-0042 --outcome "Author convicted; posts removed"
      """,
      fr: """
        Exemple :
          egide resolve 2026-0042 --outcome "Auteur condamné ; publications retirées"
        """))

  @OptionGroup var registry: RegistryOptions
  @Argument(
    help: .caseReference,
    completion: CompletionValues.caseReferences) var reference: String
  @Option(
    help: .en(
      "What came of the case; - reads it from standard input, @FILE from a file.",
      fr:
        "L'issue du dossier ; - la lit sur l'entrée standard, @FICHIER dans un fichier."
    )) var outcome: String

  func run() throws {
    var input = ArgumentInput()
    let outcome = try input.value(outcome, option: "--outcome")
    try registry.client().change(
      ResolveCase(reference: reference, outcome: outcome))
  }
}
