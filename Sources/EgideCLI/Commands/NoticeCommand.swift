import ArgumentParser

/// `egide notice`: platform notices (DSA article 16) and PHAROS reports for
/// content_takedown measures, from the draft to the decision on each URL.
struct NoticeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "notice",
    abstract: Words.en(
      "Platform notices (DSA art. 16) and PHAROS reports for content_takedown measures: draft, render, send, record replies.",
      fr:
        "Notifications aux plateformes (DSA art. 16) et signalements PHAROS pour les mesures content_takedown : rédiger, mettre en forme, envoyer, consigner les réponses."
    ),
    discussion: Words.en(
      """
      A notice names the exact URLs, the reasons the content is illegal (the
      offence articles of the kinds the content carries, for the roles of
      the persons targeted), the notifier's name and e-mail and a statement
      of good faith; a PHAROS report (channel pharos) is its own document.
      It is drafted, rendered ready to send,
      marked as sent once, then each reply of the platform is recorded URL
      by URL: removed, restricted or kept. 'egide due' lists the notices
      still awaiting an answer past their follow-up date.

      Example:
        egide notice draft M-000003 --url https://x.com/compte/status/1 \\
          --notifier "Ysaline MORVANEC" --email ysaline.morvanec@example.org \\
          --channel platform_form
        egide notice render N-000001 --lang fr > notification.txt
        egide notice send N-000001
        egide notice reply N-000001 --decision removed --reasons "Contenu retiré"
        egide notice show N-000001
      """,
      fr: """
        Une notification indique les URL exactes, les raisons pour lesquelles
        le contenu est illicite (les articles d'incrimination des natures du
        contenu, selon les rôles des personnes visées), le nom et l'adresse
        électronique du notifiant et une déclaration de bonne foi ; un
        signalement PHAROS (canal pharos) est un document distinct. Elle est
        rédigée, mise en forme prête à envoyer, marquée comme envoyée une
        seule fois, puis chaque réponse de la plateforme est consignée URL
        par URL : retirée, restreinte ou maintenue. « egide due » liste les
        notifications toujours sans réponse après leur date de relance.

        Exemples :
          egide notice draft M-000003 --url https://x.com/compte/status/1 \\
            --notifier "Ysaline MORVANEC" --email ysaline.morvanec@example.org \\
            --channel platform_form
          egide notice render N-000001 --lang fr > notification.txt
          egide notice send N-000001
          egide notice reply N-000001 --decision removed --reasons "Contenu retiré"
          egide notice show N-000001
        """),
    subcommands: [
      Draft.self, AddURL.self, Send.self, Reply.self, Render.self, Show.self,
    ])
}
