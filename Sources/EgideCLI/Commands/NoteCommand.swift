import ArgumentParser
import EgideCore
import EgideService

/// `egide note`: adds a dated, signed note to a case.
struct NoteCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "note",
    abstract: "Add a note to a case.",
    discussion: """
      The note may name people: give - to read it from standard input or
      @FILE to read it from a file (at most 1 MiB; @@TEXT for a note that
      starts with @), so that it does not show in the process list.

      Example:
        egide note 2026-0042 "Called the colleague back; the posts are still online."
        egide note 2026-0042 @call.txt
      """)

  @OptionGroup var registry: RegistryOptions
  @Argument(help: "The case reference, e.g. 2026-0042.") var reference: String
  @Argument(
    help:
      "The note; - reads it from standard input, @FILE from a file.")
  var text: String

  func run() throws {
    var input = ArgumentInput()
    let text = try input.value(text, option: "note")
    try registry.client().change(NoteCase(reference: reference, text: text))
  }
}
