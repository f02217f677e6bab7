import ArgumentParser

/// `egide exposure`: Find registered persons named or identifiable in published court decisions.
struct ExposureCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "exposure",
    abstract: "Find registered persons named or identifiable in published court decisions.",
    discussion: """
      Example:
        egide exposure scan decision.txt
      """,
    subcommands: [])
}
