import ArgumentParser
import EgideCore
import EgideStore

/// `egide timeline`: the dated, signed history of a case.
struct TimelineCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "timeline",
    abstract: "Show the full, signed history of a case.",
    discussion: """
      Summaries, notes, reasons and evidence addresses are left out unless
      --identities is given with a --purpose, recorded in the access log
      before anything is shown.

      Example:
        egide timeline 2026-0042
        egide timeline 2026-0042 --identities --purpose "Answer the prosecutor"
      """)

  @OptionGroup var registry: RegistryOptions
  @Argument(help: "The case reference, e.g. 2026-0042.") var reference: String
  @OptionGroup var reveal: RevealOptions

  func run() throws {
    let settings = try registry.settings()
    let reference = try CaseReference.parse(reference)
    let purpose = try reveal.requested()
    let access = try settings.authorize(.timeline, on: .case(reference))
    let store =
      try purpose.map { purpose in
        try access.reveal(
          .show, purpose: purpose, cases: [reference],
          details: ["command": "timeline"])
      } ?? access.registry
    let state = try store.caseState(reference)
    print(
      CaseText.timeline(state, display: Display(timeZone: settings.timeZone)))
    if !store.revealsIdentities { print(HiddenIdentities.notice()) }
  }
}
