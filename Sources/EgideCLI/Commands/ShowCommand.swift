import ArgumentParser
import EgideService

/// `egide show`: one case in full.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: Words.en(
      "Show a case: its people, measures, evidence, deadlines and timeline.",
      fr:
        "Affiche un dossier : ses personnes, mesures, pièces, échéances et historique."
    ),
    discussion: Words.en(
      """
      Names, summaries, narratives, notes and evidence addresses are left
      out unless --identities is given with a --purpose, which is recorded
      in the access log (who, when, which case, why) before anything is
      shown.

      Example:
        egide show 2026-0042
        egide show 2026-0042 --identities --purpose "Prepare the police complaint"
        egide show 2026-0042 --json
      """,
      fr: """
        Les noms, résumés, récits, notes et adresses des pièces sont omis,
        sauf si --identities est donné avec un --purpose, consigné dans le
        journal des accès (qui, quand, quel dossier, pourquoi) avant tout
        affichage.

        Exemples :
          egide show 2026-0042
          egide show 2026-0042 --identities --purpose "Préparer la plainte"
          egide show 2026-0042 --json
        """))

  @OptionGroup var registry: RegistryOptions
  @Argument(
    help: .caseReference,
    completion: CompletionValues.caseReferences) var reference: String
  @OptionGroup var reveal: RevealOptions
  @Flag(
    help: .en(
      "Print JSON (stable keys, UTC dates) instead of text.",
      fr: "Écrit du JSON (clés stables, dates UTC) au lieu du texte."))
  var json = false

  func run() throws {
    let purpose = try reveal.requested()
    let client = try registry.client()
    let document = try client.send(
      ShowCase(reference: reference, purpose: purpose))
    if json {
      print(try JSONOutput.render(document))
    } else {
      print(CaseText.render(document, display: client.display))
    }
  }
}
