import ArgumentParser
import EgideService

extension NoticeCommand {
  /// `egide notice render`.
  struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "render",
      abstract: Words.en(
        "Print a notice ready to send, from what the registry knows.",
        fr:
          "Affiche une notification prête à envoyer, à partir de ce que sait le registre."
      ),
      discussion: Words.en(
        """
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
        """,
        fr: """
          Le texte contient ce qu'exige l'art. 16 du DSA : les URL exactes,
          les motifs avec les articles d'incrimination des natures de la
          notification selon les rôles des personnes visées, le nom et
          l'adresse électronique du notifiant (pour un signaleur de
          confiance, l'organisation désignée, DSA art. 22), et la déclaration
          de bonne foi. Une notification du canal pharos est mise en forme
          comme un signalement à PHAROS (internet-signalement.gouv.fr, la
          plateforme de la police et de la gendarmerie, pas un hébergeur) :
          les URL avec la date de constatation de chacune, la nature du
          contenu, les infractions et l'auteur du signalement. Une mesure
          vaut pour son unique notification. --purpose est obligatoire et
          consigné dans le journal des accès (qui, quand, quel dossier,
          pourquoi) avant que le texte soit écrit.

          Exemples :
            egide notice render N-000001 --lang fr --purpose "Envoi à la plateforme" > notification.txt
            egide notice render M-000003 --lang en --format json --purpose "Envoi à la plateforme"
          """))

    @OptionGroup var registry: RegistryOptions
    @Argument(
      help: .en(
        "A notice (N-000001) or a measure with one notice (M-000003).",
        fr:
          "Une notification (N-000001) ou une mesure qui n'a qu'une notification (M-000003)."
      ))
    var subject: String
    @Option(
      help: .en("fr or en (default: fr).", fr: "fr ou en (par défaut : fr)."))
    var lang = "fr"
    @Option(
      help: .en(
        "txt or json (default: txt).", fr: "txt ou json (par défaut : txt)."))
    var format = "txt"
    @Option(
      help: .en(
        "Why you render the notice (required; recorded in the access log).",
        fr:
          "Pourquoi vous mettez en forme la notification (obligatoire ; consigné dans le journal des accès)."
      ))
    var purpose: String?

    func run() throws {
      let rendering = try registry.client().send(
        RenderNotice(
          subject: subject, purpose: purpose, lang: lang, format: format))
      print(rendering.text)
    }
  }
}
