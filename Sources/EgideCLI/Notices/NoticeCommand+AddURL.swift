import ArgumentParser
import EgideService

extension NoticeCommand {
  /// `egide notice add-url`.
  struct AddURL: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add-url",
      abstract: Words.en(
        "Add URLs to a notice not yet sent.",
        fr: "Ajoute des URL à une notification pas encore envoyée."),
      discussion: Words.en(
        """
        A sent notice does not change: draft a new notice for more URLs.

        Example:
          egide notice add-url N-000001 --url https://x.com/compte_imaginaire/status/3
        """,
        fr: """
          Une notification envoyée ne change plus : rédigez une nouvelle
          notification pour d'autres URL.

          Exemple :
            egide notice add-url N-000001 --url https://x.com/compte_imaginaire/status/3
          """))

    @OptionGroup var registry: RegistryOptions
    @Argument(
      help: .noticeIdentifier) var notice: String
    @Option(
      help: .en(
        "The exact URL of a content (repeat for each).",
        fr: "L'URL exacte d'un contenu (à répéter pour chacune)."))
    var url: [String] = []

    func validate() throws {
      guard !url.isEmpty else {
        throw ValidationError("give at least one --url")
      }
    }

    func run() throws {
      let receipt = try registry.client().send(
        AddNoticeURLs(notice: notice, urls: url))
      print(
        Words.en(
          "\(receipt.notice): \(receipt.urls) URLs",
          fr: "\(receipt.notice) : \(Typography.number(receipt.urls)) URL"))
    }
  }
}
