import ArgumentParser
import EgideCore
import EgideService

/// `egide note`: adds a dated, signed note to a case.
struct NoteCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "note",
    abstract: Words.en(
      "Add a note to a case.", fr: "Ajoute une note à un dossier."),
    discussion: Words.en(
      """
      The note may name people: give - to read it from standard input or
      @FILE to read it from a file (at most 1 MiB; @@TEXT for a note that
      starts with @), so that it does not show in the process list.

      Example:
        egide note 2026-0042 "Called the colleague back; the posts are still online."
        egide note 2026-0042 @call.txt
      """,
      fr: """
        La note peut nommer des personnes : donnez - pour la lire sur l'entrée
        standard ou @FICHIER pour la lire dans un fichier (1 Mio au plus ;
        @@TEXTE pour une note qui commence par @), afin qu'elle n'apparaisse
        pas dans la liste des processus.

        Exemples :
          egide note 2026-0042 "Collègue rappelée ; les publications sont toujours en ligne."
          egide note 2026-0042 @call.txt
        """))

  @OptionGroup var registry: RegistryOptions
  @Argument(
    help: .caseReference,
    completion: CompletionValues.caseReferences) var reference: String
  @Argument(
    help: .en(
      "The note; - reads it from standard input, @FILE from a file.",
      fr:
        "La note ; - la lit sur l'entrée standard, @FICHIER dans un fichier."))
  var text: String

  func run() throws {
    var input = ArgumentInput()
    let text = try input.value(text, option: "note")
    try registry.client().change(NoteCase(reference: reference, text: text))
  }
}
