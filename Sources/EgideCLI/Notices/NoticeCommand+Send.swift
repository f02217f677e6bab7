import ArgumentParser
import EgideService

extension NoticeCommand {
  /// `egide notice send`.
  struct Send: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "send",
      abstract: "Record that a notice was sent to the platform (once).",
      discussion: """
        Egide does not contact the platform: send the text of 'egide notice
        render' through the channel chosen, then record it here. --at gives
        when it was sent (default: now; a day alone counts as the end of
        that day). The follow-up date starts then.

        Example:
          egide notice send N-000001
          egide notice send N-000001 --at "20/11/2026 14:30"
        """)

    @OptionGroup var registry: RegistryOptions
    @Argument(help: "The notice, e.g. N-000001.") var notice: String
    @Option(help: "When it was sent (default: now).") var at: String?

    func run() throws {
      let client = try registry.client()
      let receipt = try client.send(SendNotice(notice: notice, at: at))
      let display = client.display
      let sent = ISODate.date(receipt.sentAt).map(display.dateTime) ?? "-"
      let due =
        receipt.followUpDue.flatMap(ISODate.date).map(display.dateTime) ?? "-"
      print("\(receipt.notice): sent \(sent); follow up on \(due)")
    }
  }
}
