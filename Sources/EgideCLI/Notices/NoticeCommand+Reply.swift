import ArgumentParser
import EgideCore
import EgideService

extension NoticeCommand {
  /// `egide notice reply`.
  struct Reply: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "reply",
      abstract: Words.en(
        "Record the platform's decision on URLs of a sent notice.",
        fr:
          "Consigne la décision de la plateforme sur les URL d'une notification envoyée."
      ),
      discussion: Words.en(
        """
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
        """,
        fr: """
          Sans --url, la décision s'applique à toutes les URL encore en
          attente. Une URL retirée le reste ; un contenu restreint ou
          maintenu peut être retiré par la suite. --reasons est l'exposé des
          motifs de la plateforme ; --at, la date de sa décision (par
          défaut : maintenant ; un jour seul vaut fin de ce jour).

          Exemples :
            egide notice reply N-000001 --decision removed \\
              --url https://x.com/compte_imaginaire/status/1 \\
              --reasons "Contenu retiré pour violation des règles" --at 22/11/2026
            egide notice reply N-000001 --decision kept --reasons "Pas de violation constatée"
          """))

    @OptionGroup var registry: RegistryOptions
    @Argument(
      help: .noticeIdentifier) var notice: String
    @Option(
      help: .values(of: NoticeDecision.self),
      completion: NoticeDecision.completion, transform: NoticeDecision.code)
    var decision: String
    @Option(
      help: .en(
        "A URL the decision is about (repeat; default: all pending).",
        fr:
          "Une URL visée par la décision (répétable ; par défaut : toutes celles en attente)."
      ))
    var url: [String] = []
    @Option(
      help: .en(
        "The platform's statement of reasons; - reads it from standard input, @FILE from a file.",
        fr:
          "L'exposé des motifs de la plateforme ; - le lit sur l'entrée standard, @FICHIER dans un fichier."
      ))
    var reasons: String
    @Option(
      help: .en(
        "When the platform decided (default: now).",
        fr: "Date de la décision de la plateforme (par défaut : maintenant)."))
    var at: String?

    func run() throws {
      var input = ArgumentInput()
      let reasons = try input.value(reasons, option: "--reasons")
      let receipt = try registry.client().send(
        ReplyToNotice(
          notice: notice, decision: decision, urls: url, reasons: reasons,
          at: at))
      let count = receipt.urls
      // The decision as the URLs now stand: "retirées", "maintenue".
      let decision =
        CaseListText.name(receipt.decision, of: NoticeURLStatus.self)
        + (count > 1 ? "s" : "")
      let status = CaseListText.name(receipt.status, of: NoticeStatus.self)
      print(
        Words.en(
          "\(receipt.notice): \(count) URL\(count == 1 ? "" : "s") \(receipt.decision); \(receipt.pending) pending; notice \(receipt.status)",
          fr:
            "\(receipt.notice) : \(Typography.number(count)) URL \(decision) ; \(Typography.number(receipt.pending)) en attente ; notification \(status)"
        ))
    }
  }
}
