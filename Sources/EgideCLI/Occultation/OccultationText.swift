import EgideCore
import EgideService
import Foundation

/// How an occultation request is shown to people.
enum OccultationText {
  /// The lines of `egide occultation show` (and of a new request).
  static func lines(_ document: OccultationDocument, display: Display)
    -> [String]
  {
    let typography = Typography(display: display)
    let kind = CaseListText.name("open_data_occultation", of: MeasureKind.self)
    let relation = CaseListText.name(
      document.relation, of: OccultationRelation.self)
    let requested = time(document.requestedAt, typography.dateTime)
    var lines = [
      Words.en(
        "\(document.request)  measure \(document.measure) (\(kind)) in case \(document.caseReference), for \(document.beneficiary)",
        fr:
          "\(document.request)  mesure \(document.measure) (\(kind)) du dossier \(document.caseReference), pour \(document.beneficiary)"
      ),
      label("Status:             ", "Statut")
        + statusText(document, display: display),
      label("Deciding authority: ", "Autorité compétente")
        + document.decidingAuthority,
      label("Legal basis:        ", "Fondement")
        + Words.en(
          "\(document.legalBasis) (route \(document.route); relation to the court: \(relation))",
          fr:
            "\(basis(document.legalBasis)) (voie \(document.route) ; lien avec la juridiction : \(relation))"
        ),
      label("Requested:          ", "Demandée")
        + Words.en(
          "\(requested) by \(document.requestedBy)",
          fr: "le \(requested) par \(document.requestedBy)"),
    ]
    for (index, decision) in document.decisions.enumerated() {
      lines.append(
        (index == 0
          ? label("Decisions:          ", "Décisions")
          : String(repeating: " ", count: Words.french ? 22 : 20))
          + "\(decisionLabel(decision)) (\(decision.courtName))")
    }
    if document.decidingAuthority != document.authority {
      lines.append(
        label("Requested of:       ", "Demandée à") + document.authority)
    } else if let appeal = document.appealAuthority {
      lines.append(label("Appeal to:          ", "Recours devant") + appeal)
    }
    lines.append(
      label("Appeal window:      ", "Délai de recours") + windowText(document))
    for warning in document.warnings {
      lines.append(
        label("Warning:            ", "Avertissement")
          + (Words.french ? FrenchMessages.translate(warning) : warning))
    }
    return lines
  }

  /// A field's name at the start of a line, padded so that the values
  /// line up: `english` as it is, `Statut :` padded to 22 characters.
  private static func label(_ english: String, _ french: String) -> String {
    let text = french + " : "
    return Words.en(
      english,
      fr: text + String(repeating: " ", count: max(0, 22 - text.count)))
  }

  /// How a decision is cited: `tj93008 n° 24/01234 of 2026-03-12`,
  /// `tj93008 n° 24/01234 du 12 mars 2026`.
  private static func decisionLabel(_ decision: OccultationDocument.Decision)
    -> String
  {
    guard Words.french, let day = decision.day,
      decision.label.hasSuffix(" of \(day)")
    else { return decision.label }
    return String(decision.label.dropLast(" of \(day)".count))
      + " du \(Self.day(day))"
  }

  /// A day `YYYY-MM-DD` as the interface writes it: as it is in English,
  /// `12 mars 2026` in French.
  private static func day(_ text: String) -> String {
    let parts = text.split(separator: "-").compactMap { Int($0) }
    guard Words.french, parts.count == 3 else { return text }
    return Typography.frenchDay(parts[2], parts[1], parts[0])
  }

  /// Where the request stands, with the day each ruling was notified.
  static func statusText(_ document: OccultationDocument, display: Display)
    -> String
  {
    let typography = Typography(display: display)
    var text = CaseListText.name(document.status, of: OccultationStatus.self)
    if let ruling = document.appealRuling {
      let notified = time(ruling.notifiedAt, typography.day)
      text += Words.en(
        " on appeal (notified \(notified))",
        fr: " en appel (notifiée le \(notified))")
    } else if let appealed = document.appealedAt {
      let day = time(appealed, typography.day)
      text += Words.en(
        " on \(day), awaiting the ruling",
        fr: " depuis le \(day), dans l'attente de la décision")
    } else if let ruling = document.ruling {
      let notified = time(ruling.notifiedAt, typography.day)
      text += Words.en(
        " (notified \(notified))", fr: " (notifiée le \(notified))")
    }
    return text
  }

  /// The appeal window: its last day and the days left, or why there is
  /// none.
  static func windowText(_ document: OccultationDocument) -> String {
    guard document.allowsAppeal else {
      return Words.en(
        "none (\(document.legalBasis) provides no appeal)",
        fr: "aucun (\(basis(document.legalBasis)) ne prévoit pas de recours)")
    }
    guard let window = document.appealWindow else {
      return document.ruling == nil
        ? Words.en(
          "two months from the notification of a refusal (COJ R111-13)",
          fr: "deux mois à compter de la notification d'un refus (COJ R111-13)")
        : Words.en(
          "none (the request was granted)",
          fr: "aucun (la demande a été accordée)")
    }
    let lastDay = day(window.lastDay)
    if document.appealedAt != nil {
      return Words.en(
        "used: appealed before \(lastDay)",
        fr: "exercé : recours formé avant le \(lastDay)")
    }
    if window.expired {
      return Words.en(
        "expired on \(lastDay); the refusal is final",
        fr: "expiré le \(lastDay) ; le refus est définitif")
    }
    let left = window.daysLeft
    return Words.en(
      "until \(lastDay) inclusive, "
        + (left == 0
          ? "last day today" : "\(left) day\(left == 1 ? "" : "s") left"),
      fr: "jusqu'au \(lastDay) inclus, "
        + (left == 0
          ? "dernier jour aujourd'hui"
          : "il reste "
            + Typography.count(left, "day", "days", fr: "jour", "jours")))
  }

  /// A legal basis as the interface writes it: `COJ L111-13 and
  /// R111-12`, `COJ L111-13 et R111-12`.
  static func basis(_ text: String) -> String {
    Words.french ? text.replacingOccurrences(of: " and ", with: " et ") : text
  }

  /// A date of the document, shown by `format`.
  private static func time(_ text: String, _ format: (Date) -> String)
    -> String
  {
    ISODate.date(text).map(format) ?? text
  }
}
