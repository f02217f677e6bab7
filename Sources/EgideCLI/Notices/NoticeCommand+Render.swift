import ArgumentParser
import EgideCore
import EgideReports
import EgideStore

extension NoticeCommand {
  /// `egide notice render`.
  struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print a notice ready to send, from what the registry knows.",
      discussion: """
        The text holds what DSA art. 16 requires: the exact URLs, the reasons
        with the offence articles of the case's kinds, the notifier's name
        and e-mail, and the statement of good faith. A measure stands for
        its only notice. --purpose is required and recorded in the access
        log (who, when, which case, why) before the text is printed.

        Example:
          egide notice render N-000001 --lang fr --purpose "Send to the platform" > notification.txt
          egide notice render M-000003 --lang en --format json --purpose "Send to the platform"
        """)

    @OptionGroup var registry: RegistryOptions
    @Argument(
      help: "A notice (N-000001) or a measure with one notice (M-000003).")
    var subject: String
    @Option(help: "fr or en (default: fr).") var lang = "fr"
    @Option(help: "txt or json (default: txt).") var format = "txt"
    @Option(
      help: "Why you render the notice (required; recorded in the access log)."
    )
    var purpose: String?

    func run() throws {
      let settings = try registry.settings()
      let subject = try NoticeSubject.parse(subject)
      guard let language = ReportLanguage(rawValue: lang.lowercased()) else {
        throw CLIError(
          .usage,
          Suggestion.unknownValueMessage(
            field: "lang", value: lang,
            accepted: ReportLanguage.allCases.map(\.rawValue)))
      }
      guard let format = NoticeFormat(rawValue: format.lowercased()) else {
        throw CLIError(
          .usage,
          Suggestion.unknownValueMessage(
            field: "format", value: format,
            accepted: NoticeFormat.allCases.map(\.rawValue)))
      }
      let purpose = try RevealOptions.required(
        purpose, command: "notice render")
      let access = try settings.authorize(
        .noticeRender, on: subject.caseSubject)
      let store = try access.reveal(
        .notice, purpose: purpose, cases: [access.location?.reference],
        details: ["notice": subject.description])
      let notice: TakedownNotice
      switch subject {
      case .notice(let id):
        notice = try store.notice(id)
      case .measure(let measure):
        let notices = try store.notices(of: measure)
        guard notices.count == 1, let only = notices.first else {
          throw DomainError(
            notices.isEmpty ? .notFound : .invalidValue,
            notices.isEmpty
              ? "measure \(measure) has no notice; draft one with 'egide notice draft \(measure) --url …'"
              : "measure \(measure) has \(notices.count) notices (\(notices.map(\.id.description).joined(separator: ", "))); name one of them"
          )
        }
        notice = only
      }
      let renderer = NoticeRenderer(
        language: language, timeZone: settings.timeZone)
      print(renderer.render(notice, as: format, now: settings.now))
    }
  }
}
