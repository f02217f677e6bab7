import ArgumentParser

/// `egide notice`: Platform notices for content_takedown measures (DSA art. 16)
struct NoticeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "notice",
    abstract: "Platform notices for content_takedown measures (DSA art. 16)",
    discussion: """
      Example:
         draft, send, replies, render.:egide notice --help
      """,
    subcommands: [])
}
