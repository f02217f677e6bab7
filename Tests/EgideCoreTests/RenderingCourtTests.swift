import Foundation
import Testing

@testable import EgideCore

/// Every person named in these decisions is invented; parties are
/// pseudonymised as Judilibre publishes them (`M. [K] [F]`).
@Suite("Rendering court: the court that rendered a decision, not its history")
struct RenderingCourtTests {
  static func court(_ code: String) -> Court {
    guard let court = CourtDirectory.shared.court(code: code) else {
      preconditionFailure("court \(code) is missing")
    }
    return court
  }

  /// The judge Valézane MIROLIN, registered at the court `code`.
  static func judge(at code: String) -> TargetedPerson {
    TargetedPerson(
      id: PersonID(12), identity: PersonIdentity(name: "Valézane MIROLIN"),
      role: .judge, function: nil, court: court(code), relatedTo: nil)
  }

  /// The decision of a plain-text file.
  static func plain(_ text: String, source: String = "d.txt") throws
    -> PublishedDecision?
  {
    try DecisionReader.read(Data(text.utf8), source: source).first
  }

  /// The decision of a Judilibre export of one decision.
  static func judilibre(_ fields: [String: String]) throws
    -> PublishedDecision?
  {
    let data = try JSONSerialization.data(withJSONObject: fields)
    return try DecisionReader.read(data, source: "export.json").first
  }

  /// The hit of `person` in `decision`, if any.
  static func hit(_ decision: PublishedDecision, _ person: TargetedPerson)
    -> ExposureHit?
  {
    ExposureScanner(decisions: [decision]).hits(for: person).first
  }

  @Test("an arrêt of a cour d'appel is its court, not the tribunal it reviews")
  func appealOverDeferredJudgment() throws {
    let text = Self.douaiArret()
    let reading = RenderingCourt.read(text)
    #expect(reading.court?.code == "ca_douai")
    #expect(reading.doubt == nil)
    #expect(
      RenderingCourt.read(text, kinds: [.appeal]).court?.code == "ca_douai")
    let decision = try #require(try Self.plain(text, source: "ca.txt"))
    #expect(decision.court?.code == "ca_douai")
    #expect(decision.courtDoubt == nil)
  }

  @Test("a deferred judgment told over several lines is still history")
  func deferredJudgmentOnSeveralLines() throws {
    for deferred in [
      """
      Décision déférée à la Cour :
      Jugement du 3 mars 2024
      Tribunal judiciaire de LILLE
      RG n° 22/04561
      """,
      """
      Jugement (N° 22/04561) rendu le 03 mars 2024
      par le tribunal judiciaire de Lille
      """,
    ] {
      let text = Self.douaiArret(deferred: deferred)
      #expect(
        RenderingCourt.read(text).court?.code == "ca_douai", "\(deferred)")
      let decision = try #require(try Self.plain(text, source: "ca.txt"))
      #expect(decision.court?.code == "ca_douai", "\(deferred)")
    }
  }

  @Test("a text naming only a court of its history has no court, and says why")
  func historyOnly() throws {
    let text = Self.arretWithoutHeading()
    let reading = RenderingCourt.read(text)
    #expect(reading.court == nil)
    #expect(reading.doubt?.isEmpty == false)
    let decision = try #require(try Self.plain(text))
    #expect(decision.court == nil)
    #expect(decision.courtDoubt?.isEmpty == false)
  }

  @Test("a tribunal correctionnel judgment is its tribunal judiciaire")
  func correctionnel() throws {
    for heading in [
      "TRIBUNAL JUDICIAIRE DE BOBIGNY", "TRIBUNAL CORRECTIONNEL DE BOBIGNY",
    ] {
      let text = Self.bobignyJudgment(heading: heading)
      let reading = RenderingCourt.read(text)
      #expect(reading.court?.code == "tj93008", "\(heading)")
      #expect(reading.doubt == nil, "\(heading)")
      let decision = try #require(try Self.plain(text))
      #expect(decision.court?.code == "tj93008", "\(heading)")
    }
  }

  @Test("an administrative judgment or arrêt is its own court, not its history")
  func administrative() throws {
    for (text, code) in [
      (Self.lilleAdministrativeJudgment, "ta_lille"),
      (Self.douaiAdministrativeArret, "caa_douai"),
    ] {
      let reading = RenderingCourt.read(text)
      #expect(reading.court?.code == code)
      #expect(reading.doubt == nil)
      #expect(try Self.plain(text)?.court?.code == code)
    }
  }

  @Test("a cassation arrêt is the Cour, not the cour d'appel it reviews")
  func cassation() throws {
    let reading = RenderingCourt.read(Self.cassationArret)
    #expect(reading.court?.code == "cc")
    #expect(reading.doubt == nil)
    #expect(try Self.plain(Self.cassationArret)?.court?.code == "cc")
  }

  @Test("a tribunal heading over a text that speaks as LA COUR is not certain")
  func headingContradictedByVoice() throws {
    let text = Self.arretUnderTribunalHeading()
    let reading = RenderingCourt.read(text)
    #expect(reading.court == nil)
    #expect(reading.doubt?.isEmpty == false)
    let decision = try #require(try Self.plain(text))
    #expect(decision.court == nil)
    #expect(decision.courtDoubt?.isEmpty == false)
  }

  @Test("a Judilibre location gives the court, a jurisdiction lets the heading")
  func judilibreCourt() throws {
    let located = try #require(
      try Self.judilibre([
        "id": "65f1a2b3c4d5e6f708192a3b", "jurisdiction": "ca",
        "location": "ca_douai", "number": "24/01234",
        "decision_date": "2026-03-12T00:00:00Z", "text": Self.douaiArret(),
      ]))
    #expect(located.court?.code == "ca_douai")
    #expect(located.courtDoubt == nil)
    let unlocated = try #require(
      try Self.judilibre([
        "id": "65f1a2b3c4d5e6f708192a3c", "jurisdiction": "ca",
        "text": Self.douaiArret(),
      ]))
    #expect(unlocated.court?.code == "ca_douai")
    #expect(unlocated.courtDoubt == nil)
  }

  @Test("a commercial court or an unknown Judilibre location gives a doubt")
  func judilibreWithoutCourt() throws {
    let commercial = try #require(
      try Self.judilibre([
        "id": "65f1a2b3c4d5e6f708192a3d", "jurisdiction": "tcom",
        "location": "5910", "text": Self.commercialJudgment,
      ]))
    #expect(commercial.court == nil)
    #expect(commercial.courtDoubt?.isEmpty == false)
    let unknown = try #require(
      try Self.judilibre([
        "id": "65f1a2b3c4d5e6f708192a3e", "jurisdiction": "ca",
        "location": "ca_inconnue", "text": Self.arretWithoutHeading(),
      ]))
    #expect(unknown.court == nil)
    #expect(unknown.courtDoubt?.isEmpty == false)
  }

  @Test("a judge on a bench outside her district is at most a medium hit")
  func benchOfAnotherDistrict() throws {
    let judge = Self.judge(at: "tj93008")
    let presiding = "Présidente : Mme Valézane MIROLIN"
    let douai = try #require(
      try Self.plain(Self.douaiArret(presiding: presiding)))
    #expect(douai.court?.code == "ca_douai")
    let elsewhere = try #require(Self.hit(douai, judge))
    #expect(elsewhere.confidence <= .medium)
    #expect(elsewhere.reasons.contains { $0.contains("another court") })
    let bobigny = try #require(
      try Self.plain(Self.bobignyJudgment(presiding: presiding)))
    #expect(bobigny.court?.code == "tj93008")
    let own = try #require(Self.hit(bobigny, judge))
    #expect(own.confidence == .high)
  }

  @Test("a hit in a decision whose court is not certain is never high")
  func uncertainCourtCapsConfidence() throws {
    let judge = Self.judge(at: "tj59350")
    let presiding = "Présidente : Mme Valézane MIROLIN"
    for text in [
      Self.arretWithoutHeading(presiding: presiding),
      Self.arretUnderTribunalHeading(presiding: presiding),
    ] {
      let decision = try #require(try Self.plain(text))
      #expect(decision.court == nil)
      let hit = try #require(Self.hit(decision, judge))
      #expect(hit.confidence < .high)
    }
  }

  @Test("every mention of the person counts; a homonym and a street do not")
  func mentionsCount() throws {
    let decision = try #require(
      try Self.plain(
        Self.bobignyJudgment(
          presiding: "Présidente : Mme Valézane MIROLIN, vice-présidente",
          debates: Self.debatesNamingMirolin)))
    #expect(decision.court?.code == "tj93008")
    let hit = try #require(Self.hit(decision, Self.judge(at: "tj93008")))
    #expect(hit.mentions == 4)
    #expect(hit.confidence == .high)
  }
}

// MARK: - Decisions

extension RenderingCourtTests {
  static let appealPresident =
    "Président : M. Anthelme VORSANGE, président de chambre"

  static let oneLineDeferral = """
    Décision déférée à la Cour : Jugement du 3 mars 2024 - Tribunal judiciaire de LILLE - RG n° 22/04561
    """

  /// The parties, bench and reasons of an arrêt of a cour d'appel, without
  /// its heading.
  static func appealBody(presiding: String) -> String {
    """
    APPELANT

    Monsieur [K] [F]
    né le [Date naissance 1] à [Localité 3]
    demeurant [Adresse 2]

    représenté par Me Prunelle VASTIGNAC, avocat au barreau de Lille

    INTIMÉE

    SCI Les Tilleuls de Fives
    ayant son siège social [Adresse 4]

    représentée par Me Anselme CORBIGNAC, avocat au barreau de Douai

    DÉBATS à l'audience publique du 15 janvier 2026

    COMPOSITION DE LA COUR LORS DES DÉBATS ET DU DÉLIBÉRÉ

    \(presiding)
    Conseiller : M. Théodrin CAVAROLLE
    Conseillère : Mme Isaure FENOUVIER

    GREFFIER LORS DES DÉBATS : Mme Gaëtane BROUQUIL

    ARRÊT CONTRADICTOIRE prononcé publiquement par mise à disposition au greffe le 12 mars 2026 (date indiquée à l'issue des débats) et signé par le président et par le greffier.

    EXPOSÉ DU LITIGE

    Par acte du 14 juin 2022, M. [K] [F] a fait assigner la SCI Les Tilleuls de Fives devant le tribunal judiciaire de Lille en paiement de travaux. Par jugement du 3 mars 2024, le tribunal l'a débouté de l'ensemble de ses demandes. M. [K] [F] a interjeté appel de ce jugement le 2 avril 2024.

    MOTIFS DE LA DÉCISION

    LA COUR, après en avoir délibéré conformément à la loi,

    Le premier juge a exactement relevé que la réception des travaux n'était pas établie, de sorte que le jugement sera confirmé.

    PAR CES MOTIFS

    LA COUR,

    Confirme le jugement déféré en toutes ses dispositions ;

    Condamne M. [K] [F] aux dépens d'appel.

    LE GREFFIER                    LE PRÉSIDENT
    """
  }

  /// An arrêt of the cour d'appel de Douai on appeal from the tribunal
  /// judiciaire de Lille.
  static func douaiArret(
    deferred: String = oneLineDeferral,
    presiding: String = appealPresident
  ) -> String {
    """
    RÉPUBLIQUE FRANÇAISE
    AU NOM DU PEUPLE FRANÇAIS

    COUR D'APPEL DE DOUAI

    CHAMBRE 1 SECTION 2

    ARRÊT DU 12/03/2026

    N° de MINUTE : 26/214
    N° RG 24/01234 - N° Portalis DBVT-V-B7I-VQ3K

    \(deferred)

    \(appealBody(presiding: presiding))
    """
  }

  /// An arrêt whose heading was lost: only its history names a court.
  static func arretWithoutHeading(
    presiding: String = appealPresident
  ) -> String {
    """
    ARRÊT DU 12 MARS 2026

    N° RG 24/01234

    sur appel d'un jugement du tribunal judiciaire de Lille du 3 mars 2024 (RG n° 22/04561)

    \(appealBody(presiding: presiding))
    """
  }

  /// An arrêt headed by a tribunal, as when the deferred judgment's cover
  /// page was scanned in place of the arrêt's.
  static func arretUnderTribunalHeading(
    presiding: String = appealPresident
  ) -> String {
    """
    TRIBUNAL JUDICIAIRE DE LILLE

    N° RG 24/01234

    \(appealBody(presiding: presiding))
    """
  }

  static let bobignyDebates = """
    Le tribunal a été saisi par un arrêt de la chambre de l'instruction de la cour d'appel de Paris du 4 juin 2025 renvoyant le prévenu devant le tribunal correctionnel.

    À l'appel de la cause, la présidente a constaté l'identité du prévenu et donné connaissance de l'acte qui a saisi le tribunal.
    """

  static let debatesNamingMirolin = """
    À l'appel de la cause, Mme MIROLIN, présidente, a constaté l'identité du prévenu et donné connaissance de l'acte qui a saisi le tribunal.

    Mme Sidonie MIROLIN, voisine de la victime, a été entendue en qualité de témoin après avoir prêté serment.

    Le prévenu a reconnu s'être trouvé devant le 14 rue Mirolin à Montreuil le soir des faits et a déclaré à Mme MIROLIN qu'il regrettait ses propos.

    Mme MIROLIN a ensuite donné la parole au ministère public, puis à la défense, le prévenu ayant eu la parole en dernier.
    """

  /// A judgment of the 17th chambre correctionnelle of the tribunal
  /// judiciaire de Bobigny.
  static func bobignyJudgment(
    heading: String = "TRIBUNAL JUDICIAIRE DE BOBIGNY",
    presiding: String = "Président : M. Félicien ORBIZAC, vice-président",
    debates: String = bobignyDebates
  ) -> String {
    """
    \(heading)

    17ème chambre correctionnelle

    JUGEMENT CORRECTIONNEL
    rendu le 9 février 2026

    N° de parquet : 25123000456
    N° minute : 26/00318

    À l'audience publique du Tribunal Correctionnel de Bobigny le NEUF FÉVRIER DEUX MILLE VINGT-SIX,

    Composition du tribunal lors des débats :
    \(presiding)
    Assesseurs : Mme Ysolde CARNAVÈSE, juge
                 M. Aymeric TROUVELIAC, juge
    Greffière : Mme Honorine PASQUELAY

    en présence de Mme Hermance DOLBRESQUE, substitut du procureur de la République,

    PRÉVENU

    Nom : [U] [O]
    né le [Date naissance 1] à [Localité 2]
    demeurant [Adresse 1]
    comparant, assisté de Me Anselme CORBIGNAC, avocat au barreau de la Seine-Saint-Denis

    Prévention : d'avoir à Montreuil, le 14 septembre 2025, menacé de mort Mme [S] [G], faits prévus et réprimés par l'article 222-17 du code pénal.

    DÉBATS

    \(debates)

    PAR CES MOTIFS

    Le tribunal, statuant publiquement, en premier ressort et contradictoirement à l'égard de [U] [O],

    Déclare [U] [O] coupable des faits qui lui sont reprochés ;

    Le condamne à un emprisonnement délictuel de six mois avec sursis.

    La greffière                    La présidente
    """
  }

  static let lilleAdministrativeJudgment = """
    TRIBUNAL ADMINISTRATIF DE LILLE

    N° 2401234
    ___________

    M. [B] [C]
    ___________

    Mme Brunehilde VASQUERAL
    Rapporteure
    ___________

    M. Sévérin LOUBASTRE
    Rapporteur public
    ___________

    Audience du 10 février 2026
    Décision du 3 mars 2026
    ___________

    RÉPUBLIQUE FRANÇAISE

    AU NOM DU PEUPLE FRANÇAIS

    Le tribunal administratif de Lille

    (3ème chambre)

    Vu la procédure suivante :

    Par une ordonnance n° 24DA00321 du 2 avril 2024, le président de la cour administrative d'appel de Douai a transmis au tribunal, en application de l'article R. 351-3 du code de justice administrative, la requête présentée par M. [B] [C].

    Par cette requête, enregistrée le 12 février 2024, M. [B] [C], représenté par Me Prunelle VASTIGNAC, demande au tribunal :

    1°) d'annuler l'arrêté du 8 janvier 2024 par lequel le préfet du Nord a refusé de lui délivrer un titre de séjour ;

    2°) d'enjoindre au préfet du Nord de réexaminer sa situation dans un délai d'un mois.

    Considérant ce qui suit :

    1. M. [B] [C] n'établit pas résider habituellement en France depuis plus de dix ans.

    D É C I D E :

    Article 1er : La requête de M. [B] [C] est rejetée.
    """

  static let douaiAdministrativeArret = """
    COUR ADMINISTRATIVE D'APPEL DE DOUAI

    N° 23DA00876
    ___________

    M. [A] [B]
    ___________

    Mme Albérade QUINSONNAT
    Présidente
    ___________

    M. Aurèle MORTAGNOLE
    Rapporteur
    ___________

    Mme Eudoxie PERNAVILLE
    Rapporteure publique
    ___________

    Audience du 20 janvier 2026
    Décision du 10 février 2026
    ___________

    RÉPUBLIQUE FRANÇAISE

    AU NOM DU PEUPLE FRANÇAIS

    La cour administrative d'appel de Douai

    (1ère chambre)

    Vu la procédure suivante :

    Procédure contentieuse antérieure :

    M. A... B... a demandé au tribunal administratif de Lille d'annuler l'arrêté du 12 janvier 2021 par lequel le préfet du Nord a refusé de lui délivrer un titre de séjour.

    Par un jugement n° 2101234 du 3 mars 2023, le tribunal administratif de Lille a rejeté sa demande.

    Procédure devant la cour :

    Par une requête, enregistrée le 2 mai 2023, M. B..., représenté par Me Prunelle VASTIGNAC, demande à la cour :

    1°) d'annuler ce jugement ;

    2°) d'annuler l'arrêté du 12 janvier 2021.

    Considérant ce qui suit :

    1. C'est à bon droit que le tribunal administratif a rejeté la demande de M. B....

    D É C I D E :

    Article 1er : La requête de M. B... est rejetée.
    """

  static let cassationArret = """
    CIV. 2

    GV

    COUR DE CASSATION
    ______________________

    Audience publique du 15 janvier 2026

    Cassation partielle

    Mme ARVENESQUE, conseillère doyenne faisant fonction de président

    Arrêt n° 45 F-B

    Pourvoi n° K 25-12.345

    R É P U B L I Q U E  F R A N Ç A I S E
    _________________________

    AU NOM DU PEUPLE FRANÇAIS
    _________________________

    ARRÊT DE LA COUR DE CASSATION, DEUXIÈME CHAMBRE CIVILE, DU 15 JANVIER 2026

    La société Brévanne logistique, société par actions simplifiée, dont le siège est [Adresse 1], a formé le pourvoi n° K 25-12.345 contre l'arrêt rendu le 4 mai 2024 par la cour d'appel de Paris (pôle 4, chambre 9), dans le litige l'opposant à M. [T] [L], domicilié [Adresse 2], défendeur à la cassation.

    La demanderesse invoque, à l'appui de son pourvoi, un moyen de cassation.

    Sur le rapport de M. Gontran VELIZARD, conseiller, les observations de la SARL Cabinet Rouvenac, avocat de la société Brévanne logistique, et l'avis de M. Pacôme DRAVIGNY, avocat général, après débats en l'audience publique du 2 décembre 2025, la deuxième chambre civile de la Cour de cassation, composée des président et conseillers précités, après en avoir délibéré conformément à la loi, a rendu le présent arrêt.

    Faits et procédure

    1. Selon l'arrêt attaqué (Paris, 4 mai 2024), M. [T] [L] a assigné la société Brévanne logistique en indemnisation.

    PAR CES MOTIFS, la Cour :

    CASSE ET ANNULE, mais seulement en ce qu'il condamne la société Brévanne logistique à payer des dommages-intérêts, l'arrêt rendu le 4 mai 2024, entre les parties, par la cour d'appel de Paris ;

    Remet, sur ce point, l'affaire et les parties dans l'état où elles se trouvaient avant cet arrêt et les renvoie devant la cour d'appel de Versailles ;

    Ainsi fait et jugé par la Cour de cassation, deuxième chambre civile, et prononcé par le président en son audience publique du quinze janvier deux mille vingt-six.
    """

  static let commercialJudgment = """
    TRIBUNAL DE COMMERCE DE LILLE MÉTROPOLE

    JUGEMENT PRONONCÉ LE 5 février 2026

    N° RG 2025 004512

    DEMANDERESSE :
    SAS Brévanne logistique, [Adresse 1]
    représentée par Me Anselme CORBIGNAC, avocat au barreau de Lille

    DÉFENDERESSE :
    SARL Quincaillerie des Weppes, [Adresse 2]

    COMPOSITION DU TRIBUNAL lors des débats et du délibéré :
    Président : M. Fulbert ESCARNOLE
    Juges : Mme Laodice VERNUSSE, M. Aymon DELPRATIER
    Greffier : Mme Honorine PASQUELAY

    FAITS ET PROCÉDURE

    Par jugement du 14 avril 2025, le tribunal judiciaire de Lille s'est déclaré incompétent au profit du tribunal de commerce de Lille Métropole.

    PAR CES MOTIFS

    Le tribunal, statuant publiquement par jugement contradictoire en premier ressort,

    Condamne la SARL Quincaillerie des Weppes à payer à la SAS Brévanne logistique la somme de 12 480 euros.
    """
}
