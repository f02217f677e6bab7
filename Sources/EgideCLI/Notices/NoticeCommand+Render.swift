import ArgumentParser
import EgideService

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
      let rendering = try registry.client().send(
        RenderNotice(
          subject: subject, purpose: purpose, lang: lang, format: format))
      print(rendering.text)
    }
  }
}
