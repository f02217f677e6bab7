import ArgumentParser
import EgideCore

/// The French names of the domain's values, as French users type and
/// read them.
///
/// `menace` for `threat`, `greffière` for `greffier`, `accordée` for
/// `granted`. The first name of a value is the one shown.
///
/// The codes stay what the registry stores, what JSON and CSV write and
/// what every language accepts.
enum ValueNames {
  /// The French names of `value`, the one shown first; empty for a value
  /// whose name is the same in both languages (a platform's brand).
  static func french<Value: DomainValue>(_ value: Value) -> [String] {
    table["\(Value.fieldName).\(value.rawValue)"] ?? []
  }

  /// The name of a field in French: `nature` for `kind`.
  static func frenchField(_ field: String) -> String {
    fields[field] ?? field
  }

  /// `text` as names are compared: case, accents, apostrophes, hyphens,
  /// underscores and runs of spaces folded (`Juge d’instruction` reads as
  /// `juge d instruction`).
  static func fold(_ text: String) -> String {
    let separated = String(
      Suggestion.fold(text).map {
        "-_'’".contains($0) ? " " : $0
      })
    return separated.split(separator: " ").joined(separator: " ")
  }

  /// The French names of the fields whose values are named here.
  private static let fields: [String: String] = [
    "kind": "nature", "channel": "canal", "role": "rôle",
    "function": "fonction", "status": "statut", "severity": "gravité",
    "factor": "facteur de risque", "measure kind": "nature de mesure",
    "measure status": "statut de mesure",
    "escalation level": "niveau de transmission",
    "closure reason": "motif de classement", "outcome": "issue",
    "relation": "lien", "decision": "décision",
    "notice status": "statut de notification",
    "occultation status": "statut d'occultation", "URL status": "statut d'URL",
    "platform": "plateforme", "CSV dialect": "dialecte CSV",
  ]

  /// Names by `field.code`.
  private static let table: [String: [String]] = [
    // Incident kinds.
    "kind.threat": ["menace"],
    "kind.intimidation": ["pressions", "intimidation"],
    "kind.harassment": ["harcèlement"],
    "kind.cyberharassment": ["cyberharcèlement", "harcèlement en ligne"],
    "kind.doxxing": [
      "divulgation de données personnelles", "divulgation", "doxxing",
    ],
    "kind.assault": ["violences", "agression"],
    "kind.outrage": ["outrage", "injure", "diffamation"],
    "kind.property_damage": ["dégradation", "dégradations"],
    "kind.stalking": ["surveillance", "filature"],
    "kind.open_data_exposure": [
      "identification par une décision publiée", "décision publiée",
    ],
    "kind.other": ["autre"],
    // Channels.
    "channel.social_network": ["réseau social", "réseaux sociaux"],
    "channel.press": ["presse"],
    "channel.broadcast": ["radio ou télévision", "radio", "télévision"],
    "channel.email": ["courriel", "mail"],
    "channel.phone": ["téléphone"],
    "channel.letter": ["courrier", "lettre"],
    "channel.in_person": ["en personne"],
    "channel.hearing": ["audience", "à l'audience"],
    "channel.home": ["domicile", "au domicile"],
    "channel.messaging": ["messagerie"],
    "channel.open_data": ["données ouvertes", "open data"],
    "channel.other": ["autre"],
    "platform.website": ["site web"],
    "platform.other": ["autre"],
    // Roles of the people targeted, and the roles of users.
    "role.judge": ["magistrat du siège", "juge", "magistrate du siège"],
    "role.prosecutor": [
      "magistrat du parquet", "parquetier", "magistrate du parquet",
    ],
    "role.clerk": ["greffier", "greffière"],
    "role.staff": ["personnel", "agent"],
    "role.trainee": ["auditeur", "auditrice", "stagiaire"],
    "role.family": ["proche", "famille"],
    "role.admin": ["administrateur", "administratrice"],
    "role.delegate": ["délégué", "déléguée"],
    "role.security_officer": [
      "responsable sécurité", "officier de sécurité",
    ],
    "role.liaison": ["référent ministère", "référente ministère"],
    // Functions.
    "function.premier_president": ["premier président", "première présidente"],
    "function.president": ["président", "présidente"],
    "function.vice_president": ["vice-président", "vice-présidente"],
    "function.juge": ["juge"],
    "function.juge_des_enfants": ["juge des enfants"],
    "function.juge_instruction": ["juge d'instruction"],
    "function.jld": ["juge des libertés et de la détention"],
    "function.jap": ["juge de l'application des peines"],
    "function.jaf": ["juge aux affaires familiales"],
    "function.juge_contentieux_protection": [
      "juge des contentieux de la protection", "jcp",
    ],
    "function.conseiller": ["conseiller", "conseillère"],
    "function.procureur_general": ["procureur général", "procureure générale"],
    "function.avocat_general": ["avocat général", "avocate générale"],
    "function.procureur": [
      "procureur de la République", "procureure de la République",
      "procureure",
    ],
    "function.procureur_adjoint": ["procureur adjoint", "procureure adjointe"],
    "function.vice_procureur": ["vice-procureur", "vice-procureure"],
    "function.substitut": ["substitut", "substitute"],
    "function.directeur_greffe": [
      "directeur de greffe", "directrice de greffe",
    ],
    "function.greffier": ["greffier", "greffière"],
    "function.adjoint_administratif": [
      "adjoint administratif", "adjointe administrative",
    ],
    "function.agent_securite": ["agent de sécurité"],
    "function.auditeur": ["auditeur de justice", "auditrice de justice"],
    "function.attache_justice": ["attaché de justice", "attachée de justice"],
    "function.other": ["autre"],
    // Case statuses.
    "status.new": ["nouveau"],
    "status.assessed": ["évalué"],
    "status.escalated": ["transmis"],
    "status.monitored": ["suivi"],
    "status.resolved": ["résolu"],
    "status.closed": ["classé", "clos"],
    // Severities and risk factors.
    "severity.low": ["faible"],
    "severity.moderate": ["modérée", "modéré"],
    "severity.high": ["élevée", "élevé", "haute"],
    "severity.critical": ["critique"],
    "factor.death_threat": ["menace de mort"],
    "factor.weapon_mentioned": ["arme évoquée", "arme mentionnée"],
    "factor.physical_contact": ["contact physique"],
    "factor.home_exposed": ["domicile exposé", "adresse divulguée"],
    "factor.family_targeted": ["famille visée"],
    "factor.repeated": ["réitération", "répété"],
    "factor.known_violent_author": ["auteur violent connu"],
    "factor.date_or_place_announced": ["date ou lieu annoncé"],
    // Measures.
    "measure kind.statutory_protection": ["protection fonctionnelle"],
    "measure kind.criminal_complaint": ["plainte"],
    "measure kind.police_protection": ["protection policière"],
    "measure kind.security_assessment": ["évaluation de sûreté"],
    "measure kind.content_takedown": ["retrait de contenu"],
    "measure kind.open_data_occultation": ["occultation"],
    "measure kind.address_confidentiality": [
      "confidentialité de l'adresse", "domiciliation",
    ],
    "measure kind.reassignment": ["changement d'affectation"],
    "measure kind.psychological_support": ["soutien psychologique"],
    "measure kind.legal_support": ["assistance juridique"],
    "measure kind.workplace_security": ["sécurisation du lieu de travail"],
    "measure kind.other": ["autre"],
    "measure status.requested": ["demandée", "demandé"],
    "measure status.granted": ["accordée", "accordé"],
    "measure status.partially_granted": [
      "accordée en partie", "partiellement accordée",
    ],
    "measure status.refused": ["refusée", "refusé"],
    "measure status.in_place": ["en place"],
    "measure status.lifted": ["levée", "levé"],
    "measure status.withdrawn": ["retirée", "retiré"],
    // Escalation and closure.
    "escalation level.head_of_court": ["chef de juridiction"],
    "escalation level.head_of_appeal_court": ["chefs de cour"],
    "escalation level.ministry": ["ministère"],
    "escalation level.law_enforcement": [
      "forces de l'ordre", "police", "gendarmerie",
    ],
    "escalation level.prosecution": ["parquet"],
    "closure reason.unfounded": ["infondé"],
    "closure reason.withdrawn": ["retiré", "retrait"],
    "closure reason.duplicate": ["doublon"],
    // Notices and occultations.
    "channel.platform_form": ["formulaire de la plateforme"],
    "channel.pharos": ["Pharos"],
    "channel.trusted_flagger": ["signaleur de confiance"],
    "decision.removed": ["retiré"],
    "decision.restricted": ["restreint"],
    "decision.kept": ["maintenu"],
    "URL status.pending": ["en attente"],
    "URL status.removed": ["retirée"],
    "URL status.restricted": ["restreinte"],
    "URL status.kept": ["maintenue"],
    "notice status.draft": ["brouillon"],
    "notice status.sent": ["envoyée"],
    "notice status.answered": ["répondue"],
    "outcome.granted": ["accordée", "accordé"],
    "outcome.refused": ["refusée", "refusé"],
    "occultation status.requested": ["demandée"],
    "occultation status.granted": ["accordée"],
    "occultation status.refused": ["refusée"],
    "occultation status.appealed": ["en recours"],
    "relation.member": ["membre de la juridiction"],
    "relation.other": ["autre"],
  ]
}

extension DomainValue {
  /// The value as the interface shows it: its French name in French, its
  /// code in English.
  var shownName: String {
    guard Words.french else { return rawValue }
    return ValueNames.french(self).first ?? rawValue
  }

  /// Reads a value a user typed: its code in any language, or one of its
  /// French names, case, accents, spaces, hyphens and apostrophes folded
  /// (`--kind menace`, `--status accordée`, `--channel "réseau social"`).
  ///
  /// - Throws: ``CLIError`` (usage) naming the field, the value, the
  ///   accepted values and the closest one, in the interface's language.
  static func typed(_ input: String, field: String? = nil) throws -> Self {
    if let value = try? parse(input) { return value }
    let folded = ValueNames.fold(input)
    if let value = allCases.first(where: { value in
      ValueNames.french(value).contains { ValueNames.fold($0) == folded }
    }) {
      return value
    }
    throw CLIError(.usage, unknownMessage(input, field: field ?? fieldName))
  }

  /// ``typed(_:field:)`` returning the code, for options the service
  /// reads as text.
  static func code(_ input: String) throws -> String {
    try typed(input).rawValue
  }

  /// The values shell completion offers: every code.
  static var completion: CompletionKind { .list(acceptedValues) }

  /// The refusal of `input`, naming the field, the accepted values and the
  /// closest one: codes in English, French names in French.
  static func unknownMessage(_ input: String, field: String) -> String {
    guard Words.french else {
      return Suggestion.unknownValueMessage(
        field: field, value: input, accepted: acceptedValues)
    }
    var names: [String: Self] = [:]
    for value in allCases {
      for name in ValueNames.french(value) + [value.rawValue] {
        names[name] = value
      }
    }
    var message =
      "\(ValueNames.frenchField(field)) : valeur inconnue « \(input) » ; valeurs acceptées : "
      + allCases.map(\.shownName).joined(separator: ", ")
    if let closest = Suggestion.closest(
      to: ValueNames.fold(input), in: names.keys.sorted()),
      let value = names[closest]
    {
      message += " (vouliez-vous dire « \(value.shownName) » ?)"
    }
    return message
  }
}
