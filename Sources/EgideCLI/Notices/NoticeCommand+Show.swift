import ArgumentParser
import EgideService

extension NoticeCommand {
  /// `egide notice show`.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show",
      abstract: Words.en(
        "Show a notice: each URL's status and time to removal, replies, history.",
        fr:
          "Affiche une notification : statut et délai de retrait de chaque URL, réponses, historique."
      ),
      discussion: Words.en(
        """
        A measure shows all its notices. The time to removal of a URL runs
        from sending to the platform's decision to remove it. With --json,
        a notice is one object and a measure an array of them. The URLs,
        the notifier and the platform's statements are left out unless
        --identities is given with a --purpose, recorded in the access log
        before anything is shown.

        Example:
          egide notice show N-000001
          egide notice show M-000003 --json
          egide notice show N-000001 --identities --purpose "Check what was removed"
        """,
        fr: """
          Une mesure affiche toutes ses notifications. Le délai de retrait
          d'une URL court de l'envoi à la décision de la plateforme de la
          retirer. Avec --json, une notification est un objet et une mesure
          un tableau de ces objets. Les URL, le notifiant et les exposés de la
          plateforme sont omis, sauf si --identities est donné avec un
          --purpose, consigné dans le journal des accès avant tout affichage.

          Exemples :
            egide notice show N-000001
            egide notice show M-000003 --json
            egide notice show N-000001 --identities --purpose "Vérifier ce qui a été retiré"
          """))

    @OptionGroup var registry: RegistryOptions
    @Argument(
      help: .en(
        "A notice (N-000001) or a measure (M-000003).",
        fr: "Une notification (N-000001) ou une mesure (M-000003)."))
    var subject: String
    @OptionGroup var reveal: RevealOptions
    @Flag(
      help: .en(
        "Print JSON (stable keys, UTC dates) instead of text.",
        fr: "Écrit du JSON (clés stables, dates UTC) au lieu du texte."))
    var json = false

    func run() throws {
      let purpose = try reveal.requested()
      let client = try registry.client()
      let document = try client.send(
        ShowNotices(subject: subject, purpose: purpose))
      let notices = document.notices.map(\.notice)
      if json {
        if document.measure == nil, let notice = notices.first {
          print(try JSONOutput.render(notice))
        } else {
          print(try JSONOutput.render(notices))
        }
      } else {
        print(NoticeText.render(document, display: client.display))
      }
    }
  }
}
