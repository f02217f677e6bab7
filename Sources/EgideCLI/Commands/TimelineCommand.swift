import ArgumentParser
import EgideService

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
    let purpose = try reveal.requested()
    let client = try registry.client()
    let timeline = try client.send(
      CaseTimeline(reference: reference, purpose: purpose))
    print(
      CaseText.timeline(
        reference: timeline.reference, events: timeline.events,
        display: client.display))
    if !timeline.identitiesRevealed { print(HiddenIdentities.notice()) }
  }
}
