import ArgumentParser
import EgideCore
import EgideService
import EgideStore

extension NoticeCommand {
  /// `egide notice send`.
  struct Send: ParsableCommand {
    static let configuration = CommandConfiguration(
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
      let settings = try registry.settings()
      let id = try NoticeID.parse(notice)
      let sentAt = try NoticeSettings.instant(
        at, field: "at", settings: settings)
      let policy = try NoticeSettings.followUpPolicy()
      let store = try settings.authorize(.noticeSend, on: .notice(id))
        .registry
      let notice = try store.transaction { tx in
        try tx.sendNotice(
          id, sentAt: sentAt, by: settings.actor, at: settings.now)
      }
      let display = Display(timeZone: settings.timeZone)
      let due = notice.followUpDue(policy: policy).map(display.dateTime) ?? "-"
      print("\(id): sent \(display.dateTime(sentAt)); follow up on \(due)")
    }
  }
}
