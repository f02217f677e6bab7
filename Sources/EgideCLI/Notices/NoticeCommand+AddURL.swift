import ArgumentParser
import EgideCore
import EgideStore

extension NoticeCommand {
  /// `egide notice add-url`.
  struct AddURL: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add-url",
      abstract: "Add URLs to a notice not yet sent.",
      discussion: """
        A sent notice does not change: draft a new notice for more URLs.

        Example:
          egide notice add-url N-000001 --url https://x.com/compte_imaginaire/status/3
        """)

    @OptionGroup var registry: RegistryOptions
    @Argument(help: "The notice, e.g. N-000001.") var notice: String
    @Option(help: "The exact URL of a content (repeat for each).")
    var url: [String] = []

    func validate() throws {
      guard !url.isEmpty else {
        throw ValidationError("give at least one --url")
      }
    }

    func run() throws {
      let settings = try registry.settings()
      let id = try NoticeID.parse(notice)
      // Decrypts to compare the new URLs with those of the notice.
      let store = try settings.authorize(
        .noticeAddURL, on: .notice(id), decrypting: true
      ).registry
      let notice = try store.transaction { tx in
        var last: TakedownNotice?
        for url in url {
          last = try tx.addURL(
            url, to: id, by: settings.actor, at: settings.now)
        }
        return last
      }
      print("\(id): \(notice?.targets.count ?? 0) URLs")
    }
  }
}
