import EgideCore
import EgideService

/// The text of `egide exposure scan`, for people, from the document the
/// service answers.
enum ExposureText {
  /// The hits, the requests filed, and a count.
  static func render(_ document: ExposureDocument) -> String {
    var lines: [String] = []
    var people: Set<String> = []
    var hits = 0
    for decision in document.decisions {
      for hit in decision.hits {
        hits += 1
        people.insert(hit.person)
        lines.append(
          "\(hit.person)  \(confidence(hit.confidence))  "
            + Words.en("cases: ", fr: "dossiers : ")
            + (hit.cases.isEmpty
              ? Words.en("none", fr: "aucun")
              : hit.cases.joined(separator: ", ")))
        if let name = hit.name {
          lines.append(Words.en("  name:     ", fr: "  nom :         ") + name)
        }
        lines.append(
          Words.en("  decision: ", fr: "  décision :    ")
            + label(decision.label))
        if let doubt = decision.courtDoubt {
          lines.append(
            Words.en(
              "  court:    not certain: \(doubt)",
              fr: "  juridiction : incertaine — \(doubt)"))
        }
        lines.append(
          Words.en("  passage:  ", fr: "  passage :     ") + hit.passage)
        lines.append(
          Words.en("  why:      ", fr: "  motifs :      ")
            + hit.reasons.map(french).joined(
              separator: Words.en("; ", fr: " ; "))
            + (hit.mentions > 1 ? " (\(hit.mentions) mentions)" : ""))
      }
    }
    for request in document.requests {
      lines.append(
        Words.en(
          "requested: \(request.case) measure \(request.measure), \(request.occultation) for \(request.person) → \(request.authority) (\(request.legalBasis))",
          fr:
            "demandée : dossier \(request.case) mesure \(request.measure), \(request.occultation) pour \(request.person) → \(request.authority) (\(OccultationText.basis(request.legalBasis)))"
        ))
    }
    for skipped in document.notFiled {
      lines.append(
        Words.en(
          "not requested: \(skipped.person) in \(skipped.decision): \(skipped.reason)",
          fr:
            "non demandée : \(skipped.person) dans \(label(skipped.decision)) : \(french(skipped.reason))"
        ))
    }
    let decisions = document.decisions.count
    let inDecisions = Typography.count(
      decisions, "decision", "decisions", fr: "décision", "décisions")
    let found =
      Typography.count(
        hits, "hit", "hits", fr: "occurrence", "occurrences")
      + Words.en(" for ", fr: " pour ")
      + Typography.count(
        people.count, "person", "persons", fr: "personne", "personnes")
    lines.append(
      hits == 0
        ? Words.en(
          "No registered person named in \(inDecisions).",
          fr: "Aucune personne du registre n'est nommée dans \(inDecisions).")
        : Words.en(
          "\(found) in \(inDecisions).", fr: "\(found) dans \(inDecisions)."))
    return lines.joined(separator: "\n")
  }

  /// How a decision read is cited, its court and day in French in a
  /// French interface: `…, 8 avril 2027`.
  private static func label(_ text: String) -> String {
    guard Words.french else { return text }
    var label = text
    if let match = label.wholeMatch(
      of: /(.+?) — court (unknown|not certain)(.*)/)
    {
      let court = match.2 == "unknown" ? "inconnue" : "incertaine"
      label = "\(match.1) — juridiction \(court)\(match.3)"
    }
    if let match = label.wholeMatch(of: /(.*), (\d{4})-(\d{2})-(\d{2})/),
      let year = Int(match.2), let month = Int(match.3), let day = Int(match.4)
    {
      label = "\(match.1), " + Typography.frenchDay(day, month, year)
    }
    return label
  }

  /// A hit's confidence as the interface names it: `high`, `élevée`.
  private static func confidence(_ code: String) -> String {
    let name = CaseListText.name(code, of: ExposureConfidence.self)
    guard Words.french, name == code else { return name }
    return ["low": "faible", "medium": "moyenne", "high": "élevée"][code]
      ?? code
  }

  /// The scan's reasons and refusals in French, in a French interface;
  /// a text no rule matches is shown as it is.
  private static func french(_ text: String) -> String {
    guard Words.french else { return text }
    let rules: [(Regex<(Substring, Substring)>, (Substring) -> String)] = [
      (
        /^decision of the person's court \((.+)\)$/,
        { "décision de la juridiction de la personne (\($0))" }
      ),
      (
        /^decision of a court of the same district \((.+)\)$/,
        { "décision d'une juridiction du même ressort (\($0))" }
      ),
      (
        /^decision of another court \((.+)\), outside the person's court and ressort$/,
        {
          "décision d'une autre juridiction (\($0)), hors de la juridiction et du ressort de la personne"
        }
      ),
      (
        /^role and function named next to the name \((.+)\)$/,
        { "rôle et fonction cités à côté du nom (\($0))" }
      ),
      (
        /^role named next to the name \((.+)\)$/,
        { "rôle cité à côté du nom (\($0))" }
      ),
      (
        /^the court that rendered it is not certain \((.+)\); request its occultation on the person's measure, giving the decision's court$/,
        {
          "la juridiction qui l'a rendue n'est pas certaine (\($0)) ; demandez son occultation sur la mesure de la personne en indiquant la juridiction de la décision"
        }
      ),
    ]
    for (pattern, rewrite) in rules {
      if let match = text.wholeMatch(of: pattern) { return rewrite(match.1) }
    }
    if let match = text.wholeMatch(of: /^named as (.+), registered as (\S+)$/) {
      return
        "désignée comme \(match.1), enregistrée comme "
        + CaseListText.name(String(match.2), of: Role.self)
    }
    let fixed = [
      "full name": "nom complet",
      "full name (surname first)": "nom complet (nom de famille en premier)",
      "initial and surname": "initiale et nom de famille",
      "civility title": "civilité",
      "court of the decision not certain":
        "juridiction de la décision incertaine",
      "it has no case number and no Judilibre id; request its occultation on the person's measure, giving its number":
        "elle n'a ni numéro de rôle ni identifiant Judilibre ; demandez son occultation sur la mesure de la personne en indiquant son numéro",
    ]
    return fixed[text] ?? text
  }

}
