import ArgumentParser
import EgideCore
import EgideService
import Foundation

extension NoticeCommand {
  /// `egide notice draft`.
  struct Draft: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "draft",
      abstract: Words.en(
        "Draft a notice for a content_takedown measure of an open case.",
        fr:
          "Rédige une notification pour une mesure content_takedown d'un dossier ouvert."
      ),
      discussion: Words.en(
        """
        The platform is the case's (give --platform when the case names none).
        The notice names only the kinds the content itself carries: --kinds
        chooses them among the case's online kinds (threat, intimidation,
        harassment, cyberharassment, doxxing, outrage, open_data_exposure;
        an assault, damage or stalking is not online content); default: all
        the case's online kinds. The reasons cite the offence articles of
        those kinds for the roles of the persons targeted (magistrates: C.
        pén. 434-24, 434-8, 433-3 al. 1; greffe and other staff: 433-5,
        433-3 al. 2; relatives: 433-3 al. 4; public insult and defamation:
        loi du 29 juillet 1881, art. 31, 32, 33); --reasons adds your own
        explanation.

        Channels: platform_form (the platform's notice form, DSA art. 16),
        pharos (a report to PHAROS, the police and gendarmerie platform at
        internet-signalement.gouv.fr, rendered as its own document),
        trusted_flagger (only for an organisation Arcom designated as
        trusted flagger, DSA art. 22: set
        notices.trusted_flagger_organisation in the configuration file to
        the organisation you act for; the notice names it as the flagger).

        Example:
          egide notice draft M-000003 \\
            --url https://x.com/compte_imaginaire/status/1 \\
            --url https://x.com/compte_imaginaire/status/2 \\
            --notifier "Ysaline MORVANEC" --email ysaline.morvanec@example.org \\
            --channel platform_form --kinds threat,doxxing \\
            --reasons "Menace de mort avec l'adresse du domicile"
        """,
        fr: """
          La plateforme est celle du dossier (donnez --platform si le dossier
          n'en nomme aucune). La notification ne nomme que les natures que
          porte le contenu lui-même : --kinds les choisit parmi les natures en
          ligne du dossier (threat, intimidation, harassment, cyberharassment,
          doxxing, outrage, open_data_exposure ; des violences, une
          dégradation ou une filature ne sont pas un contenu en ligne) ; par
          défaut : toutes les natures en ligne du dossier. Les motifs citent
          les articles d'incrimination de ces natures selon les rôles des
          personnes visées (magistrats : C. pén. 434-24, 434-8, 433-3 al. 1 ;
          greffe et autres personnels : 433-5, 433-3 al. 2 ; proches : 433-3
          al. 4 ; injure et diffamation publiques : loi du 29 juillet 1881,
          art. 31, 32, 33) ; --reasons ajoute votre propre explication.

          Canaux : platform_form (le formulaire de notification de la
          plateforme, DSA art. 16), pharos (un signalement à PHAROS, la
          plateforme de la police et de la gendarmerie sur
          internet-signalement.gouv.fr, mis en forme comme un document
          distinct), trusted_flagger (seulement pour une organisation désignée
          signaleur de confiance par l'Arcom, DSA art. 22 : renseignez
          notices.trusted_flagger_organisation dans le fichier de
          configuration avec l'organisation pour laquelle vous agissez ; la
          notification la désigne comme signaleur).

          Exemple :
            egide notice draft M-000003 \\
              --url https://x.com/compte_imaginaire/status/1 \\
              --url https://x.com/compte_imaginaire/status/2 \\
              --notifier "Ysaline MORVANEC" --email ysaline.morvanec@example.org \\
              --channel platform_form --kinds threat,doxxing \\
              --reasons "Menace de mort avec l'adresse du domicile"
          """))

    @OptionGroup var registry: RegistryOptions
    @Argument(
      help: .en(
        "The content_takedown measure, e.g. M-000003.",
        fr: "La mesure content_takedown, par ex. M-000003."))
    var measure: String
    @Option(
      help: .en(
        "The exact URL of a content (repeat for each).",
        fr: "L'URL exacte d'un contenu (à répéter pour chacune)."))
    var url: [String] = []
    @Option(
      help: .en(
        "The notifier's name, as it appears in the notice; - reads it from standard input, @FILE from a file.",
        fr:
          "Le nom du notifiant, tel qu'il figure dans la notification ; - le lit sur l'entrée standard, @FICHIER dans un fichier."
      ))
    var notifier: String
    @Option(
      help: .en(
        "The notifier's e-mail address, for the platform's answer.",
        fr:
          "L'adresse électronique du notifiant, pour la réponse de la plateforme."
      ))
    var email: String
    @Option(
      help: .values(of: NoticeChannel.self),
      completion: NoticeChannel.completion, transform: NoticeChannel.code)
    var channel: String
    @Option(
      help: .en(
        "Your explanation of why the content is illegal (optional); - reads it from standard input, @FILE from a file.",
        fr:
          "Votre explication du caractère illicite du contenu (facultative) ; - la lit sur l'entrée standard, @FICHIER dans un fichier."
      ))
    var reasons: String?
    @Option(
      help: .en(
        "The platform, when the case names none: \(Platform.acceptedValues.joined(separator: ", ")).",
        fr:
          "La plateforme, quand le dossier n'en nomme aucune : \(Platform.acceptedValues.joined(separator: ", "))."
      ),
      completion: Platform.completion, transform: Platform.code)
    var platform: String?
    @Option(
      help: .en(
        "The kinds the content carries, comma-separated, among the case's online kinds (default: all of them).",
        fr:
          "Les natures que porte le contenu, séparées par des virgules, parmi les natures en ligne du dossier (par défaut : toutes)."
      ))
    var kinds: String?

    func run() throws {
      var input = ArgumentInput()
      let notifier = try input.value(notifier, option: "--notifier")
      let reasons = try input.optional(reasons, option: "--reasons")
      // Each kind by its code or its French name, as --kind takes them.
      let kinds = try kinds.map { list in
        try list.split(separator: ",").map {
          try IncidentKind.code($0.trimmingCharacters(in: .whitespaces))
        }
      }
      let receipt = try registry.client().send(
        DraftNotice(
          measure: measure, urls: url, notifier: notifier, email: email,
          channel: channel, reasons: reasons, platform: platform,
          kinds: kinds))
      let count = receipt.urls
      let channel = CaseListText.name(receipt.channel, of: NoticeChannel.self)
      print(
        Words.en(
          "\(receipt.measure): notice \(receipt.notice) drafted (\(channel), \(count) URL\(count == 1 ? "" : "s")); 'egide notice render \(receipt.notice) --purpose \"send it to the platform\"' gives its text",
          fr:
            "\(receipt.measure) : notification \(receipt.notice) rédigée (\(channel), \(Typography.number(count)) URL) ; « egide notice render \(receipt.notice) --purpose \"l'envoyer à la plateforme\" » en donne le texte"
        ))
    }
  }
}
