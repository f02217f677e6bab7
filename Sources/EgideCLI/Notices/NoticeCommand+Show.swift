import ArgumentParser
import EgideCore
import EgideService
import EgideStore

extension NoticeCommand {
  /// `egide notice show`.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
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
      let settings = try registry.settings()
      let subject = try NoticeSubject.parse(subject)
      let policy = try NoticeSettings.followUpPolicy()
      let purpose = try reveal.requested()
      let access = try settings.authorize(
        .noticeShow, on: subject.caseSubject)
      let store =
        try purpose.map { purpose in
          try access.reveal(
            .notice, purpose: purpose, cases: [access.location?.reference],
            details: [
              "command": "notice show", "notice": subject.description,
            ])
        } ?? access.registry
      let hidden = !store.revealsIdentities
      let display = Display(timeZone: settings.timeZone)
      switch subject {
      case .notice(let id):
        let notice = try store.notice(id)
        if json {
          print(
            try JSONOutput.render(
              NoticeDocument(notice, policy: policy, now: settings.now)))
        } else {
          print(
            NoticeText.render(
              notice, policy: policy, display: display, now: settings.now,
              identitiesHidden: hidden))
        }
      case .measure(let measure):
        let notices = try store.notices(of: measure)
        if json {
          print(
            try JSONOutput.render(
              notices.map {
                NoticeDocument($0, policy: policy, now: settings.now)
              }))
        } else if notices.isEmpty {
          print(
            "\(measure): no notice; draft one with 'egide notice draft \(measure) --url …'"
          )
        } else {
          print(
            notices.map {
              NoticeText.render(
                $0, policy: policy, display: display, now: settings.now)
            }.joined(separator: "\n\n"))
          if hidden { print(HiddenIdentities.notice()) }
        }
      }
    }
  }
}
