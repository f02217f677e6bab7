import ArgumentParser
import EgideService

extension NoticeCommand {
  /// `egide notice show`.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show",
      abstract:
        "Show a notice: each URL's status and time to removal, replies, history.",
      discussion: """
        A measure shows all its notices. The time to removal of a URL runs
        from sending to the platform's decision to remove it. With --json,
        a notice is one object and a measure an array of them. The URLs,
        the notifier and the platform's statements are left out unless
        --identities is given with a --purpose, recorded in the access log
        before anything is shown.

        Example:
          egide notice show N-000001
          egide notice show M-000003 --json
          egide notice show N-000001 --identities --purpose "Check what was removed"
        """)

    @OptionGroup var registry: RegistryOptions
    @Argument(help: "A notice (N-000001) or a measure (M-000003).")
    var subject: String
    @OptionGroup var reveal: RevealOptions
    @Flag(help: "Print JSON (stable keys, UTC dates) instead of text.")
    var json = false

    func run() throws {
      let purpose = try reveal.requested()
      let client = try registry.client()
      let document = try client.send(
        ShowNotices(subject: subject, purpose: purpose))
      let notices = document.notices.map(\.notice)
      if json {
        if document.measure == nil, let notice = notices.first {
          print(try JSONOutput.render(notice))
        } else {
          print(try JSONOutput.render(notices))
        }
      } else {
        print(NoticeText.render(document, display: client.display))
      }
    }
  }
}
