import ArgumentParser
import EgideCore
import EgideService

/// `egide occultation`: requests to hide a person's identity in published
/// decisions, carrying out open_data_occultation measures.
struct OccultationCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "occultation",
    abstract: Words.en(
      "Occultation requests for open_data_occultation measures: deciding authority, decisions concerned, appeal window.",
      fr:
        "Demandes d'occultation des mesures open_data_occultation : autorité compétente, décisions concernées, délai de recours."
    ),
    discussion: Words.en(
      """
      The authority follows the law. Judicial order: the president (first
      president) of the court that rendered the decision, for its own
      magistrates and staff (COJ L111-13, R111-12); otherwise a magistrate of
      the Cour de cassation designated by its first president (COJ R111-13),
      whose refusal may be appealed within two months of its notification
      to the first president of the Cour de cassation (the window counted
      in Paris's calendar; a person serving overseas is warned that CPC
      643 may add a month). Administrative order: the president of the
      tribunal or cour administrative d'appel that rendered the decision,
      or of the section du contentieux for the Conseil d'État, for its own
      members and greffe (CJA L10, R741-14); otherwise a member of the
      Conseil d'État designated by its vice-president (CJA R741-15), with
      no appeal.

      Example:
        egide measure request 2026-0042 --kind open_data_occultation --authority "Président du tribunal"
        egide occultation request M-000003 --decision-court tj93008 --decision-number 24/01234
        egide occultation decide OC-000001 --outcome refused --notified 02/03/2027
        egide occultation appeal OC-000001
        egide occultation show OC-000001
      """,
      fr: """
        L'autorité est celle que désigne la loi. Ordre judiciaire : le
        président (premier président) de la juridiction qui a rendu la
        décision, pour ses propres magistrats et agents (COJ L111-13,
        R111-12) ; à défaut, un magistrat de la Cour de cassation désigné par
        son premier président (COJ R111-13), dont le refus peut faire l'objet
        d'un recours dans les deux mois de sa notification devant le premier
        président de la Cour de cassation (délai compté selon le calendrier
        de Paris ; une personne en poste outre-mer est avertie que l'article
        643 du CPC peut y ajouter un mois). Ordre administratif : le président
        du tribunal ou de la cour administrative d'appel qui a rendu la
        décision, ou de la section du contentieux pour le Conseil d'État,
        pour ses propres membres et son greffe (CJA L10, R741-14) ; à défaut,
        un membre du Conseil d'État désigné par son vice-président (CJA
        R741-15), sans recours.

        Exemples :
          egide measure request 2026-0042 --kind open_data_occultation --authority "Président du tribunal"
          egide occultation request M-000003 --decision-court tj93008 --decision-number 24/01234
          egide occultation decide OC-000001 --outcome refused --notified 02/03/2027
          egide occultation appeal OC-000001
          egide occultation show OC-000001
        """),
    subcommands: [Request.self, Decide.self, Appeal.self, Show.self])

  /// `egide occultation request`.
  struct Request: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "request",
      abstract: Words.en(
        "File the occultation request of an open_data_occultation measure.",
        fr:
          "Dépose la demande d'occultation d'une mesure open_data_occultation."
      ),
      discussion: Words.en(
        """
        Names the decision concerned (its court and its case number or
        Judilibre identifier) and prints the deciding authority and the legal
        basis. The person's relation to the court is derived from the court
        where they serve; --relation overrides it.

        Example:
          egide occultation request M-000003 --decision-court Bobigny \\
            --decision-number 24/01234 --decision-date 12/03/2027
        """,
        fr: """
          Désigne la décision concernée (sa juridiction et son numéro de RG ou
          son identifiant Judilibre) et affiche l'autorité compétente et le
          fondement juridique. Le lien de la personne avec la juridiction est
          déduit de la juridiction où elle exerce ; --relation le remplace.

          Exemple :
            egide occultation request M-000003 --decision-court Bobigny \\
              --decision-number 24/01234 --decision-date 12/03/2027
          """))

    @OptionGroup var registry: RegistryOptions
    @Argument(
      help: .en(
        "The open_data_occultation measure, e.g. M-000003.",
        fr: "La mesure open_data_occultation, par ex. M-000003."))
    var measure: String
    @Option(
      help: .en(
        "The court that rendered the decision: a code or a name.",
        fr: "La juridiction qui a rendu la décision : un code ou un nom."))
    var decisionCourt: String
    @Option(
      help: .en(
        "The case number of the decision (RG, pourvoi).",
        fr: "Le numéro de la décision (RG, pourvoi)."))
    var decisionNumber: String?
    @Option(
      help: .en(
        "The Judilibre identifier of the decision.",
        fr: "L'identifiant Judilibre de la décision."))
    var judilibreId: String?
    @Option(
      help: .en("The day of the decision.", fr: "La date de la décision."))
    var decisionDate: String?
    @Option(
      help: .en(
        "member (serves at that court) or other; default: from the person's court.",
        fr:
          "member (exerce dans cette juridiction) ou other ; par défaut : selon la juridiction de la personne."
      ),
      completion: OccultationRelation.completion,
      transform: OccultationRelation.code)
    var relation: String?

    func run() throws {
      let client = try registry.client()
      let document = try client.send(
        RequestOccultation(
          measure: measure, decisionCourt: decisionCourt,
          decisionNumber: decisionNumber, judilibreId: judilibreId,
          decisionDate: decisionDate, relation: relation))
      print(
        OccultationText.lines(document, display: client.display)
          .joined(separator: "\n"))
    }
  }

  /// `egide occultation decide`.
  struct Decide: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "decide",
      abstract: Words.en(
        "Record the authority's ruling on a request or on its appeal.",
        fr:
          "Consigne la décision de l'autorité sur une demande ou sur son recours."
      ),
      discussion: Words.en(
        """
        The notification date starts the two-month appeal window of a refusal
        under COJ R111-13; it defaults to today. A final outcome moves the
        measure to granted or refused.

        Example:
          egide occultation decide OC-000001 --outcome refused --notified 02/03/2027
        """,
        fr: """
          La date de notification fait courir le délai de recours de deux mois
          contre un refus fondé sur le COJ R111-13 ; par défaut, c'est
          aujourd'hui. Une issue définitive fait passer la mesure à granted ou
          refused.

          Exemple :
            egide occultation decide OC-000001 --outcome refused --notified 02/03/2027
          """))

    @OptionGroup var registry: RegistryOptions
    @Argument(
      help: .en(
        "The occultation request, e.g. OC-000001.",
        fr: "La demande d'occultation, par ex. OC-000001.")) var id: String
    @Option(
      help: .en("granted or refused.", fr: "granted ou refused."),
      completion: OccultationOutcome.completion,
      transform: OccultationOutcome.code) var outcome: String
    @Option(
      help: .en(
        "When the ruling was notified (a day). Default: today.",
        fr:
          "Date de notification de la décision (un jour). Par défaut : aujourd'hui."
      ))
    var notified: String?

    func run() throws {
      let document = try registry.client().send(
        DecideOccultation(request: id, outcome: outcome, notified: notified))
      let status = CaseListText.name(
        document.status, of: OccultationStatus.self)
      print(
        Words.en(
          "\(document.request): \(document.status) by \(document.authority)",
          fr: "\(document.request) : \(status) par \(document.authority)"))
      if document.allowsAppeal,
        document.status == OccultationStatus.refused.rawValue
      {
        print(
          Words.en("Appeal window: ", fr: "Délai de recours : ")
            + OccultationText.windowText(document))
      }
    }
  }

  /// `egide occultation appeal`.
  struct Appeal: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "appeal",
      abstract: Words.en(
        "Record the appeal of a refusal, within its two-month window.",
        fr: "Consigne le recours contre un refus, dans son délai de deux mois."),
      discussion: Words.en(
        """
        Only a refusal under COJ R111-13 may be appealed, once, and only
        until the last day of the window 'egide occultation show' prints.

        Example:
          egide occultation appeal OC-000001
        """,
        fr: """
          Seul un refus fondé sur le COJ R111-13 peut faire l'objet d'un
          recours, une seule fois, et seulement jusqu'au dernier jour du délai
          qu'affiche « egide occultation show ».

          Exemple :
            egide occultation appeal OC-000001
          """))

    @OptionGroup var registry: RegistryOptions
    @Argument(
      help: .en(
        "The occultation request, e.g. OC-000001.",
        fr: "La demande d'occultation, par ex. OC-000001.")) var id: String

    func run() throws {
      let document = try registry.client().send(AppealOccultation(request: id))
      print(
        Words.en(
          "\(document.request): refusal appealed to \(document.decidingAuthority) (\(document.legalBasis))",
          fr:
            "\(document.request) : recours contre le refus formé devant \(document.decidingAuthority) (\(OccultationText.basis(document.legalBasis)))"
        ))
    }
  }

  /// `egide occultation show`.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show",
      abstract: Words.en(
        "Show a request: authority, legal basis, decisions, status and appeal window.",
        fr:
          "Affiche une demande : autorité, fondement juridique, décisions, statut et délai de recours."
      ),
      discussion: Words.en(
        """
        The decisions' numbers and Judilibre identifiers are left out unless
        --identities is given with a --purpose, recorded in the access log
        before anything is shown.

        Example:
          egide occultation show OC-000001
          egide occultation show OC-000001 --identities --purpose "Check the appeal"
        """,
        fr: """
          Les numéros et identifiants Judilibre des décisions sont omis, sauf
          si --identities est donné avec un --purpose, consigné dans le
          journal des accès avant tout affichage.

          Exemples :
            egide occultation show OC-000001
            egide occultation show OC-000001 --identities --purpose "Vérifier le recours"
          """))

    @OptionGroup var registry: RegistryOptions
    @Argument(
      help: .en(
        "The occultation request, e.g. OC-000001.",
        fr: "La demande d'occultation, par ex. OC-000001.")) var id: String
    @OptionGroup var reveal: RevealOptions

    func run() throws {
      let purpose = try reveal.requested()
      let client = try registry.client()
      let document = try client.send(
        ShowOccultation(request: id, purpose: purpose))
      print(
        OccultationText.lines(document, display: client.display)
          .joined(separator: "\n"))
      if !document.identitiesRevealed { print(HiddenWording.notice()) }
    }
  }
}
