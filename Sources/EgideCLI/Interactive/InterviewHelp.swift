/// What `?` shows during an interactive report: what each severity and
/// each risk factor means, so that a delegate can choose without the
/// manual.
enum InterviewHelp {
  /// The severities, with what each calls for.
  static var severity: String {
    Words.en(
      """
        low       an isolated remark or message, no threat to the person
        moderate  repeated or insulting messages, a vague threat
        high      an explicit threat, personal details published, or the person followed
        critical  a death threat, violence, a weapon, or the home exposed: act today
        The security officer assesses the case; your estimate sets its first
        deadline (critical 1 working day, high 3, moderate and low 7).
      """,
      fr: """
          faible    un propos ou un message isolé, sans menace contre la personne
          modérée   des messages répétés ou injurieux, une menace vague
          élevée    une menace explicite, des données personnelles publiées, une filature
          critique  une menace de mort, des violences, une arme ou le domicile exposé : agir aujourd'hui
          Le responsable sécurité évalue le dossier ; votre estimation fixe sa
          première échéance (critique 1 jour ouvré, élevée 3, modérée et faible 7).
        """)
  }

  /// The risk factors, with what each means.
  static var factors: String {
    Words.en(
      """
        death_threat             the person is threatened with death
        weapon_mentioned         a weapon is mentioned or shown
        physical_contact         the author came into physical contact
        home_exposed             the home address or its surroundings are exposed
        family_targeted          relatives are named or targeted
        repeated                 it has happened before
        known_violent_author     the author is known for violence
        date_or_place_announced  a date or a place is announced
      """,
      fr: """
          menace de mort           la personne est menacée de mort
          arme évoquée             une arme est évoquée ou montrée
          contact physique         l'auteur est entré en contact physique
          domicile exposé          l'adresse du domicile ou ses abords sont exposés
          famille visée            des proches sont nommés ou visés
          réitération              les faits se sont déjà produits
          auteur violent connu     l'auteur est connu pour des violences
          date ou lieu annoncé     une date ou un lieu est annoncé
        """)
  }
}
