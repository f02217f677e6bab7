import ArgumentParser
import EgideService

extension NoticeCommand {
  /// `egide notice send`.
  struct Send: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "send",
      abstract: Words.en(
        "Record that a notice was sent to the platform (once).",
        fr:
          "Consigne l'envoi d'une notification à la plateforme (une seule fois)."
      ),
      discussion: Words.en(
        """
        Egide does not contact the platform: send the text of 'egide notice
        render' through the channel chosen, then record it here. --at gives
        when it was sent (default: now; a day alone counts as the end of
        that day). The follow-up date starts then.

        Example:
          egide notice send N-000001
          egide notice send N-000001 --at "20/11/2026 14:30"
        """,
        fr: """
          Égide ne contacte pas la plateforme : envoyez le texte produit par
          « egide notice render » par le canal choisi, puis consignez l'envoi
          ici. --at donne la date d'envoi (par défaut : maintenant ; un jour
          seul vaut fin de ce jour). Le délai de relance court à partir de
          cette date.

          Exemples :
            egide notice send N-000001
            egide notice send N-000001 --at "20/11/2026 14:30"
          """))

    @OptionGroup var registry: RegistryOptions
    @Argument(
      help: .noticeIdentifier) var notice: String
    @Option(
      help: .en(
        "When it was sent (default: now).",
        fr: "Date d'envoi (par défaut : maintenant).")) var at: String?

    func run() throws {
      let client = try registry.client()
      let receipt = try client.send(SendNotice(notice: notice, at: at))
      let typography = Typography(display: client.display)
      let sent = ISODate.date(receipt.sentAt).map(typography.dateTime) ?? "-"
      let due =
        receipt.followUpDue.flatMap(ISODate.date).map(typography.dateTime)
        ?? "-"
      print(
        Words.en(
          "\(receipt.notice): sent \(sent); follow up on \(due)",
          fr: "\(receipt.notice) : envoyée le \(sent) ; relance le \(due)"))
    }
  }
}
