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
        its only notice.

        Example:
          egide notice render N-000001 --lang fr > notification.txt
          egide notice render M-000003 --lang en --format json
        """)

    @OptionGroup var registry: RegistryOptions
    @Argument(
      help: "A notice (N-000001) or a measure with one notice (M-000003).")
    var subject: String
    @Option(help: "fr or en (default: fr).") var lang = "fr"
    @Option(help: "txt or json (default: txt).") var format = "txt"

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
      let store = try settings.openRegistry()
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
