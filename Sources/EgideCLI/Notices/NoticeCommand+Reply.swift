import ArgumentParser
import EgideCore
import EgideService

extension NoticeCommand {
  /// `egide notice reply`.
  struct Reply: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "reply",
      abstract: "Record the platform's decision on URLs of a sent notice.",
      discussion: """
        Without --url the decision applies to every URL still pending. A
        removed URL stays removed; restricted or kept content may later be
        removed. --reasons is the platform's statement of reasons; --at
        when it decided (default: now; a day alone counts as the end of
        that day).

        Example:
          egide notice reply N-000001 --decision removed \\
            --url https://x.com/compte_imaginaire/status/1 \\
            --reasons "Contenu retiré pour violation des règles" --at 22/11/2026
          egide notice reply N-000001 --decision kept --reasons "Pas de violation constatée"
        """)

    @OptionGroup var registry: RegistryOptions
    @Argument(help: "The notice, e.g. N-000001.") var notice: String
    @Option(
      help: "\(NoticeDecision.acceptedValues.joined(separator: ", ")).",
      completion: NoticeDecision.completion, transform: NoticeDecision.code)
    var decision: String
    @Option(help: "A URL the decision is about (repeat; default: all pending).")
    var url: [String] = []
    @Option(
      help:
        "The platform's statement of reasons; - reads it from standard input, @FILE from a file."
    )
    var reasons: String
    @Option(help: "When the platform decided (default: now).") var at: String?

    func run() throws {
      var input = ArgumentInput()
      let reasons = try input.value(reasons, option: "--reasons")
      let receipt = try registry.client().send(
        ReplyToNotice(
          notice: notice, decision: decision, urls: url, reasons: reasons,
          at: at))
      let count = receipt.urls
      print(
        "\(receipt.notice): \(count) URL\(count == 1 ? "" : "s") \(receipt.decision); \(receipt.pending) pending; notice \(receipt.status)"
      )
    }
  }
}
