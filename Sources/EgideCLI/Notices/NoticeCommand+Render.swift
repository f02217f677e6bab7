import ArgumentParser
import EgideService

extension NoticeCommand {
  /// `egide notice render`.
  struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "render",
      abstract: "Print a notice ready to send, from what the registry knows.",
      discussion: """
        The text holds what DSA art. 16 requires: the exact URLs, the reasons
        with the offence articles of the notice's kinds for the roles of the
        persons targeted, the notifier's name and e-mail (for a trusted
        flagger, the designated organisation, DSA art. 22), and the
        statement of good faith. A notice of the pharos channel is rendered
        as a report to PHAROS (internet-signalement.gouv.fr, the police and
        gendarmerie platform, not a hosting service): the URLs with the date
        each was recorded, what the content is, the offences and who
        reports it. A measure stands for
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
