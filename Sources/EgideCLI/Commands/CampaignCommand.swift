import ArgumentParser

/// `egide campaign`: Clusters of cases that share an author or form a coordinated burst.
struct CampaignCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "campaign",
    abstract: "Clusters of cases that share an author or form a coordinated burst.",
    discussion: """
      Example:
        egide campaign list
      """,
    subcommands: [])
}
