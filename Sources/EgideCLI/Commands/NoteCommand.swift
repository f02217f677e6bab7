import ArgumentParser
import EgideCore
import EgideService

/// `egide note`: adds a dated, signed note to a case.
struct NoteCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "note",
    abstract: "Add a note to a case.",
    discussion: """
      Example:
        egide note 2026-0042 "Called the colleague back; the posts are still online."
      """)

  @OptionGroup var registry: RegistryOptions
  @Argument(help: "The case reference, e.g. 2026-0042.") var reference: String
  @Argument(help: "The note, or @FILE to read it from a file.") var text: String

  func run() throws {
    let text = try ReportCommand.readText(text, field: "note")
    try registry.client().change(NoteCase(reference: reference, text: text))
  }
}
