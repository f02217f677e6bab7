import ArgumentParser
import EgideCore
import EgideService

/// `egide assess`: sets a case's severity and risk factors.
struct AssessCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "assess",
    abstract: Words.en(
      "Set the severity (and risk factors) of a case.",
      fr: "Fixe la gravité (et les facteurs de risque) d'un dossier."),
    discussion: Words.en(
      """
      Factors given replace the earlier ones; with none, they are kept. A
      severity below what the factors imply is refused.

      Example:
        egide assess 2026-0042 --severity critical --factor death_threat --factor home_exposed
      """,
      fr: """
        Les facteurs donnés remplacent les précédents ; sans facteur, ils sont
        conservés. Une gravité inférieure à celle qu'impliquent les facteurs
        est refusée.

        Exemple :
          egide assess 2026-0042 --severity critical --factor death_threat --factor home_exposed
        """))

  @OptionGroup var registry: RegistryOptions
  @Argument(
    help: .caseReference,
    completion: CompletionValues.caseReferences) var reference: String
  @Option(
    help: .values(of: Severity.self),
    completion: Severity.completion, transform: Severity.code)
  var severity: String
  @Option(
    help: .en(
      "A risk factor (repeatable): \(RiskFactor.acceptedValues.joined(separator: ", ")).",
      fr:
        "Un facteur de risque (répétable) : \(RiskFactor.acceptedValues.joined(separator: ", "))."
    ),
    completion: RiskFactor.completion, transform: RiskFactor.code)
  var factor: [String] = []

  func run() throws {
    try registry.client().change(
      AssessCase(reference: reference, severity: severity, factors: factor))
  }
}
