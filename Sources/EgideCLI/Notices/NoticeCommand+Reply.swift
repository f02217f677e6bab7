import ArgumentParser
import EgideCore
import EgideStore

extension NoticeCommand {
  /// `egide notice reply`.
  struct Reply: ParsableCommand {
    static let configuration = CommandConfiguration(
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
    @Option(help: "\(NoticeDecision.acceptedValues.joined(separator: ", ")).")
    var decision: String
    @Option(help: "A URL the decision is about (repeat; default: all pending).")
    var url: [String] = []
    @Option(help: "The platform's statement of reasons.") var reasons: String
    @Option(help: "When the platform decided (default: now).") var at: String?

    func run() throws {
      let settings = try registry.settings()
      let id = try NoticeID.parse(notice)
      let decision = try NoticeDecision.parse(decision)
      let decidedAt = try NoticeSettings.instant(
        at, field: "at", settings: settings)
      // Decrypts to find the URLs the reply names among the notice's.
      let store = try settings.authorize(
        .noticeReply, on: .notice(id), decrypting: true
      ).registry
      let notice = try store.transaction { tx in
        try tx.recordReply(
          to: id, decision, urls: url, statement: reasons,
          decidedAt: decidedAt, by: settings.actor, at: settings.now)
      }
      let count = notice.replies.last?.reply.positions.count ?? 0
      let pending = notice.targets.filter { $0.status == .pending }.count
      print(
        "\(id): \(count) URL\(count == 1 ? "" : "s") \(decision.rawValue); \(pending) pending; notice \(notice.status.rawValue)"
      )
    }
  }
}
