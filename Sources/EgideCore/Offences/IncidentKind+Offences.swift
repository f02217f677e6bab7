/// The offence articles of each kind of incident, by the capacity in which
/// the targeted person is protected.
///
/// Texts read on 2026-12-05 (versions in force):
/// - C. pén. 434-24 (outrage to "un magistrat, un juré ou toute personne
///   siégeant dans une formation juridictionnelle"):
///   https://kohenavocats.com/code-penal-article-434-24 (Légifrance text).
/// - C. pén. 434-8 (threat or intimidation of a magistrate, juré, person
///   sitting in a court, arbitre, interprète, expert or party's lawyer "en
///   vue d'influencer son comportement"):
///   https://kohenavocats.com/code-penal-article-434-8.
/// - C. pén. 433-3, version of 27 November 2021 (loi 2021-1520): al. 1
///   threats against "un magistrat, un juré ... ou toute autre personne
///   dépositaire de l'autorité publique"; al. 2 against "toute autre
///   personne chargée d'une mission de service public"; al. 3 (added by
///   loi n° 2021-646 "sécurité globale") against private security agents;
///   al. 4 against the spouse, ascendants or descendants of the persons
///   of the alinéas before it, "en raison des fonctions exercées" by them
///   ("Les mêmes peines sont applicables en cas de menace proférée à
///   l'encontre du conjoint, des ascendants ou des descendants en ligne
///   directe des personnes mentionnées ci-dessus", as quoted at
///   https://france-alerte.com/2022/05/03/decouvrez-ce-que-risque-la-femme-qui-a-agresse-un-pompier-a-paris;
///   the page of the consolidated text read cuts al. 3, so the exact
///   wording of al. 4 was not read on Légifrance itself);
///   last al. threats, violence or intimidation to obtain an act of their
///   function (quoted at https://uplex.fr/contrats/droit-de-la-presse-delit-de-menace):
///   https://www.doctrine.fr/l/texts/codes/LEGITEXT000006070719/articles/LEGIARTI000006418545?version=LEGIARTI000044376066.
/// - C. pén. 433-5, version of 27 November 2021 (outrage to a person in
///   charge of a public service mission, al. 1; to a person holding public
///   authority, al. 2):
///   https://www.doctrine.fr/l/texts/codes/LEGITEXT000006070719/articles/LEGIARTI000006418552?version=LEGIARTI000044376061.
/// - C. pén. 222-13, current numbering: 4° magistrat, juré and persons
///   holding public authority; 4° bis persons in charge of a public
///   service mission; 4° ter their spouse, ascendants, descendants and
///   household "en raison des fonctions exercées":
///   https://lexbase.fr/index/source/70991394-22213 and
///   https://legavox.fr/blog/maitre-haddad-sabine/violences-dans-couple-circonstance-toujours-4060.htm.
///   Graver violence falls under 222-7 ff. (222-7 alone is violence
///   causing death), which carry the same aggravating circumstances.
/// - C. pén. 223-1-1 (loi 2021-1109 of 24 August 2021; diffusion of
///   information identifying or locating a person, exposing them or their
///   family to a direct risk, al. 1):
///   https://paillet-avocat.eu/blog/2022/06/mise-en-danger. Al. 2: "Lorsque
///   les faits sont commis au préjudice d'une personne dépositaire de
///   l'autorité publique, chargée d'une mission de service public ou
///   titulaire d'un mandat électif public ou d'un journaliste, [...] les
///   peines sont portées à cinq ans d'emprisonnement et à 75 000 euros
///   d'amende" (https://archeo-lex.fr/codes/code_p%C3%A9nal/2021-08-26/modifications);
///   a relative's own details fall under al. 1.
/// - Loi du 29 juillet 1881, art. 31 (defamation "à raison de leurs
///   fonctions ou de leur qualité" of "un fonctionnaire public, un
///   dépositaire ou agent de l'autorité publique, ... un citoyen chargé
///   d'un service ou d'un mandat public"), art. 32 (of private persons),
///   art. 33 (insult of the persons of art. 30 and 31, al. 1; of private
///   persons, al. 2):
///   https://www.doctrine.fr/l/LEGIARTI000030743292 and
///   https://books.google.to/books?id=5mgNAAAAIAAJ&pg=PA399.
/// - COJ L111-13 al. 3 and CJA L10: the identity data of magistrates and
///   members of the greffe may not be reused to evaluate, analyse, compare
///   or predict their professional practices, on the penalties of C. pén.
///   226-18, 226-24 and 226-31; L111-13 and L10 are the rules on
///   publishing decisions (the basis of an occultation, see
///   ``OccultationRoute``), not offences:
///   https://www.nextinpact.com/lebrief/48284/le-decret-sur-mise-a-disposition-public-decisions-justice
///   and https://2017-2022.nosdeputes.fr/15/intervention/426765.
/// - C. pén. 222-33-2-2 (harassment) and 322-1 (damage) are cited as
///   before, for every capacity.
extension IncidentKind {
  /// The offence articles this kind falls under when the targeted person
  /// is protected in `capacity`; empty where no single offence applies.
  ///
  /// - Parameter capacity: The capacity in which the person is protected.
  /// - Returns: The articles, most specific first.
  public func offences(against capacity: ProtectedCapacity) -> [String] {
    switch (self, capacity) {
    case (.threat, .magistrate): ["C. pén. 433-3 al. 1", "C. pén. 434-8"]
    case (.threat, .publicServiceAgent): ["C. pén. 433-3 al. 2"]
    case (.threat, .relative): ["C. pén. 433-3 al. 4"]
    case (.intimidation, .magistrate):
      ["C. pén. 434-8", "C. pén. 433-3 dernier al."]
    case (.intimidation, .publicServiceAgent): ["C. pén. 433-3 dernier al."]
    case (.intimidation, .relative): ["C. pén. 433-3 al. 4"]
    case (.harassment, _), (.cyberharassment, _): ["C. pén. 222-33-2-2"]
    case (.doxxing, .magistrate), (.doxxing, .publicServiceAgent):
      ["C. pén. 223-1-1 al. 2"]
    case (.doxxing, .relative): ["C. pén. 223-1-1 al. 1"]
    case (.assault, .magistrate):
      ["C. pén. 222-13 4°", "C. pén. 222-7 s."]
    case (.assault, .publicServiceAgent):
      ["C. pén. 222-13 4° bis", "C. pén. 222-7 s."]
    case (.assault, .relative):
      ["C. pén. 222-13 4° ter", "C. pén. 222-7 s."]
    case (.outrage, .magistrate):
      ["C. pén. 434-24", "loi du 29 juillet 1881, art. 31 et 33 al. 1"]
    case (.outrage, .publicServiceAgent):
      ["C. pén. 433-5", "loi du 29 juillet 1881, art. 31 et 33 al. 1"]
    case (.outrage, .relative):
      ["loi du 29 juillet 1881, art. 32 et 33 al. 2"]
    case (.propertyDamage, _): ["C. pén. 322-1"]
    case (.openDataExposure, .magistrate),
      (.openDataExposure, .publicServiceAgent):
      ["C. pén. 226-18", "C. pén. 226-24", "C. pén. 226-31"]
    case (.openDataExposure, .relative): []
    case (.stalking, _), (.other, _): []
    }
  }

  /// The offence articles of these kinds against persons protected in
  /// these capacities, each once, in the order of the kinds then of the
  /// capacities.
  ///
  /// - Parameters:
  ///   - kinds: The kinds of the incident.
  ///   - capacities: The capacities of the targeted persons.
  /// - Returns: The articles, without repeats.
  public static func offences(
    for kinds: [IncidentKind], against capacities: [ProtectedCapacity]
  ) -> [String] {
    var seen: Set<String> = []
    return kinds.flatMap { kind in
      capacities.flatMap { kind.offences(against: $0) }
    }.filter { seen.insert($0).inserted }
  }
}
