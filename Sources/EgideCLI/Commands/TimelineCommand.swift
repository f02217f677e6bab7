import ArgumentParser
import EgideCore
import EgideStore

/// `egide timeline`: the dated, signed history of a case.
struct TimelineCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "timeline",
    abstract: "Show the full, signed history of a case.",
    discussion: """
      Example:
        egide timeline 2026-0042
      """)

  @OptionGroup var registry: RegistryOptions
  @Argument(help: "The case reference, e.g. 2026-0042.") var reference: String

  func run() throws {
    let settings = try registry.settings()
    let state = try settings.openRegistry().caseState(
      try CaseReference.parse(reference))
    print(
      CaseText.timeline(state, display: Display(timeZone: settings.timeZone)))
  }
}
