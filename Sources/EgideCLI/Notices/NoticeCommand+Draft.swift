import ArgumentParser
import EgideCore
import EgideService

extension NoticeCommand {
  /// `egide notice draft`.
  struct Draft: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "Draft a notice for a content_takedown measure of an open case.",
      discussion: """
        The platform is the case's (give --platform when the case names none).
        The reasons are built from the offence articles of the case's kinds;
        --reasons adds your own explanation. Channels: platform_form (the
        platform's notice form), pharos (a PHAROS report), trusted_flagger
        (through a trusted flagger, DSA art. 22).

        Example:
          egide notice draft M-000003 \\
            --url https://x.com/compte_imaginaire/status/1 \\
            --url https://x.com/compte_imaginaire/status/2 \\
            --notifier "Ysaline MORVANEC" --email ysaline.morvanec@example.org \\
            --channel platform_form --reasons "Menace de mort avec l'adresse du domicile"
        """)

    @OptionGroup var registry: RegistryOptions
    @Argument(help: "The content_takedown measure, e.g. M-000003.")
    var measure: String
    @Option(help: "The exact URL of a content (repeat for each).")
    var url: [String] = []
    @Option(
      help:
        "The notifier's name, as it appears in the notice; - reads it from standard input, @FILE from a file."
    )
    var notifier: String
    @Option(help: "The notifier's e-mail address, for the platform's answer.")
    var email: String
    @Option(help: "\(NoticeChannel.acceptedValues.joined(separator: ", ")).")
    var channel: String
    @Option(
      help:
        "Your explanation of why the content is illegal (optional); - reads it from standard input, @FILE from a file."
    )
    var reasons: String?
    @Option(
      help:
        "The platform, when the case names none: \(Platform.acceptedValues.joined(separator: ", "))."
    )
    var platform: String?

    func run() throws {
      var input = ArgumentInput()
      let notifier = try input.value(notifier, option: "--notifier")
      let reasons = try input.optional(reasons, option: "--reasons")
      let receipt = try registry.client().send(
        DraftNotice(
          measure: measure, urls: url, notifier: notifier, email: email,
          channel: channel, reasons: reasons, platform: platform))
      let count = receipt.urls
      print(
        "\(receipt.measure): notice \(receipt.notice) drafted (\(receipt.channel), \(count) URL\(count == 1 ? "" : "s")); 'egide notice render \(receipt.notice)' gives its text"
      )
    }
  }
}
