import ArgumentParser

/// `egide occultation`: Occultation requests for open_data_occultation measures
struct OccultationCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "occultation",
    abstract: "Occultation requests for open_data_occultation measures",
    discussion: """
      Example:
         deciding authority, decisions concerned, appeal window.:egide occultation --help
      """,
    subcommands: [])
}
