import ArgumentParser
import EgideService

/// `egide show`: one case in full.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract:
      "Show a case: its people, measures, evidence, deadlines and timeline.",
    discussion: """
      Names, summaries, narratives, notes and evidence addresses are left
      out unless --identities is given with a --purpose, which is recorded
      in the access log (who, when, which case, why) before anything is
      shown.

      Example:
        egide show 2026-0042
        egide show 2026-0042 --identities --purpose "Prepare the police complaint"
        egide show 2026-0042 --json
      """)

  @OptionGroup var registry: RegistryOptions
  @Argument(help: "The case reference, e.g. 2026-0042.") var reference: String
  @OptionGroup var reveal: RevealOptions
  @Flag(help: "Print JSON (stable keys, UTC dates) instead of text.")
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
