import ArgumentParser
import EgideCore
import EgideService

/// `egide measure`: request protective measures and follow their status.
struct MeasureCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "measure",
    abstract: Words.en(
      "Request a protective measure, or update its status.",
      fr: "Demande une mesure de protection, ou met à jour son statut."),
    discussion: Words.en(
      """
      Example:
        egide measure request 2026-0042 --kind statutory_protection --authority "Chefs de cour"
        egide measure update M-000003 --status granted
      """,
      fr: """
        Exemples :
          egide measure request 2026-0042 --kind statutory_protection --authority "Chefs de cour"
          egide measure update M-000003 --status granted
        """),
    subcommands: [Request.self, Update.self])

  /// `egide measure request`.
  struct Request: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "request",
      abstract: Words.en(
        "Request a protective measure in a case.",
        fr: "Demande une mesure de protection dans un dossier."),
      discussion: Words.en(
        """
        The beneficiary defaults to the first person targeted in the case.

        statutory_protection is the protection fonctionnelle; its basis
        follows from the status of the person protected: magistrates,
        ordonnance n° 58-1270 art. 11 al. 1 (request in writing to the garde
        des Sceaux, décret n° 93-21 art. 11-30); their relatives, art. 11
        al. 2; greffe and other staff, Code général de la fonction publique
        L134-1 and L134-5; their relatives, that chapter's extension to the
        family. Silence for two months is a refusal (CRPA L231-4 5°).

        Example:
          egide measure request 2026-0042 --kind police_protection \\
            --authority "Préfecture de Seine-Saint-Denis" --due 05/12/2026
          egide measure request 2026-0042 --kind statutory_protection \\
            --authority "Garde des Sceaux" --requested-on 2026-11-02
        """,
        fr: """
          Le bénéficiaire est par défaut la première personne visée dans le
          dossier.

          statutory_protection est la protection fonctionnelle ; son
          fondement dépend du statut de la personne protégée : magistrats,
          ordonnance n° 58-1270 art. 11 al. 1 (demande écrite au garde des
          Sceaux, décret n° 93-21 art. 11-30) ; leurs proches, art. 11 al. 2 ;
          greffe et autres personnels, Code général de la fonction publique
          L134-1 et L134-5 ; leurs proches, l'extension de ce chapitre à la
          famille. Le silence gardé pendant deux mois vaut refus (CRPA
          L231-4 5°).

          Exemples :
            egide measure request 2026-0042 --kind police_protection \\
              --authority "Préfecture de Seine-Saint-Denis" --due 05/12/2026
            egide measure request 2026-0042 --kind statutory_protection \\
              --authority "Garde des Sceaux" --requested-on 2026-11-02
          """))

    @OptionGroup var registry: RegistryOptions
    @Argument(
      help: .caseReference,
      completion: CompletionValues.caseReferences) var reference: String
    @Option(
      help: .values(of: MeasureKind.self),
      completion: MeasureKind.completion, transform: MeasureKind.code)
    var kind: String
    @Option(
      help: .en(
        "The authority the request is addressed to; - reads it from standard input, @FILE from a file.",
        fr:
          "L'autorité à qui la demande est adressée ; - la lit sur l'entrée standard, @FICHIER dans un fichier."
      ))
    var authority: String
    @Option(
      help: .en(
        "When a decision is due: a date (23:59 that day in the court's time zone) or a date and time.",
        fr:
          "L'échéance de la décision : une date (23 h 59 ce jour-là, heure de la juridiction) ou une date et une heure."
      ))
    var due: String?
    @Option(
      help: .en(
        "The person protected (P-000012); default: the first target.",
        fr:
          "La personne protégée (P-000012) ; par défaut : la première personne visée."
      ))
    var beneficiary: String?
    @Option(
      help: .en(
        "statutory_protection: the day of the written request (default today); its silence becomes a refusal two months later, the default due date.",
        fr:
          "statutory_protection : le jour de la demande écrite (par défaut aujourd'hui) ; le silence gardé vaut refus deux mois plus tard, échéance par défaut."
      ))
    var requestedOn: String?

    func run() throws {
      var input = ArgumentInput()
      let authority = try input.value(authority, option: "--authority")
      let receipt = try registry.client().send(
        RequestMeasure(
          reference: reference, kind: kind, authority: authority, due: due,
          beneficiary: beneficiary, requestedOn: requestedOn))
      let kind = CaseListText.name(receipt.kind, of: MeasureKind.self)
      print(
        Words.en(
          "\(receipt.reference): measure \(receipt.measure) requested (\(receipt.kind))",
          fr:
            "\(receipt.reference) : mesure \(receipt.measure) demandée (\(kind))"
        ))
    }
  }

  /// `egide measure update`.
  struct Update: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "update",
      abstract: Words.en(
        "Move a measure to a new status.",
        fr: "Fait passer une mesure à un nouveau statut."),
      discussion: Words.en(
        """
        requested → granted | partially_granted | refused | in_place | withdrawn;
        granted, partially_granted → in_place | withdrawn; in_place → lifted.

        Example:
          egide measure update M-000003 --status granted --note "Patrols twice a night"
          egide measure update M-000004 --status granted --decided-on 2026-11-20 \\
            --facts "Menaces publiées le 2 novembre" --duration "the proceedings"
        """,
        fr: """
          requested → granted | partially_granted | refused | in_place | withdrawn ;
          granted, partially_granted → in_place | withdrawn ; in_place → lifted.

          Exemples :
            egide measure update M-000003 --status granted --note "Patrouilles deux fois par nuit"
            egide measure update M-000004 --status granted --decided-on 2026-11-20 \\
              --facts "Menaces publiées le 2 novembre" --duration "la durée de la procédure"
          """))

    @OptionGroup var registry: RegistryOptions
    @Argument(
      help: .en(
        "The measure identifier, e.g. M-000003.",
        fr: "L'identifiant de la mesure, par ex. M-000003.")) var id: String
    @Option(
      help: .values(of: MeasureStatus.self),
      completion: MeasureStatus.completion, transform: MeasureStatus.code)
    var status: String
    @Option(
      help: .en(
        "A note on the decision; - reads it from standard input, @FILE from a file.",
        fr:
          "Une note sur la décision ; - la lit sur l'entrée standard, @FICHIER dans un fichier."
      )) var note: String?
    @Option(
      help: .en(
        "statutory_protection decided: the day of the decision (default today).",
        fr:
          "statutory_protection décidée : le jour de la décision (par défaut aujourd'hui)."
      )) var decidedOn: String?
    @Option(
      help: .en(
        "statutory_protection decided: the facts the protection covers; - reads them from standard input, @FILE from a file.",
        fr:
          "statutory_protection décidée : les faits couverts par la protection ; - les lit sur l'entrée standard, @FICHIER dans un fichier."
      )) var facts: String?
    @Option(
      help: .en(
        "statutory_protection decided: how long it lasts.",
        fr: "statutory_protection décidée : sa durée."))
    var duration: String?
    @Option(
      help: .en(
        "statutory_protection decided: the lawyer chosen.",
        fr: "statutory_protection décidée : l'avocat choisi."))
    var lawyer: String?

    func run() throws {
      var input = ArgumentInput()
      let note = try input.optional(note, option: "--note")
      let facts = try input.optional(facts, option: "--facts")
      let receipt = try registry.client().send(
        UpdateMeasure(
          measure: id, status: status, note: note, decidedOn: decidedOn,
          facts: facts, duration: duration, lawyer: lawyer))
      let status = CaseListText.name(receipt.status, of: MeasureStatus.self)
      print(
        Words.en(
          "\(receipt.reference): measure \(receipt.measure) is now \(receipt.status)",
          fr:
            "\(receipt.reference) : la mesure \(receipt.measure) est désormais \(status)"
        ))
    }
  }
}
