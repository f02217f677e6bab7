import ArgumentParser
import EgideService

/// `egide timeline`: the dated, signed history of a case.
struct TimelineCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "timeline",
    abstract: Words.en(
      "Show the full, signed history of a case.",
      fr: "Affiche l'historique complet et signé d'un dossier."),
    discussion: Words.en(
      """
      Summaries, notes, reasons and evidence addresses are left out unless
      --identities is given with a --purpose, recorded in the access log
      before anything is shown.

      Example:
        egide timeline 2026-0042
        egide timeline 2026-0042 --identities --purpose "Answer the prosecutor"
      """,
      fr: """
        Les résumés, notes, motifs et adresses des pièces sont omis, sauf si
        --identities est donné avec un --purpose, consigné dans le journal
        des accès avant tout affichage.

        Exemples :
          egide timeline 2026-0042
          egide timeline 2026-0042 --identities --purpose "Répondre au procureur"
        """))

  @OptionGroup var registry: RegistryOptions
  @Argument(
    help: .caseReference,
    completion: CompletionValues.caseReferences) var reference: String
  @OptionGroup var reveal: RevealOptions

  func run() throws {
    let purpose = try reveal.requested()
    let client = try registry.client()
    let timeline = try client.send(
      CaseTimeline(reference: reference, purpose: purpose))
    print(
      CaseText.timeline(
        reference: timeline.reference, events: timeline.events,
        display: client.display))
    if !timeline.identitiesRevealed { print(HiddenWording.notice()) }
  }
}
