import EgideCore
import EgideService
import Foundation

/// A list of cases as a table for people, as JSON or as CSV rows.
enum CaseListText {
  /// The table; without identities, no SUMMARY column but one line
  /// saying how to see them.
  static func table(
    _ listings: [CaseEntry], display: Display, now: Date,
    identitiesHidden: Bool = false
  ) -> String {
    guard !listings.isEmpty else {
      return Words.en("No case matches.", fr: "Aucun dossier ne correspond.")
    }
    let typography = Typography(display: display)
    var table = TextTable(
      headers: Words.french
        ? [
          "RÉF", "STATUT", "GRAVITÉ", "JURIDICTION", "NATURE", "SIGNALÉ",
          "ÂGE", "RETARD", "SUIVI PAR",
        ] + (identitiesHidden ? [] : ["RÉSUMÉ"])
        : [
          "REF", "STATUS", "SEVERITY", "COURT", "KINDS", "REPORTED", "AGE",
          "LATE", "ASSIGNED",
        ] + (identitiesHidden ? [] : ["SUMMARY"]))
    for listing in listings {
      var severity =
        listing.severity.map { Self.name($0, of: Severity.self) }
        ?? Words.en("unrated", fr: "non évaluée")
      if !listing.assessed && listing.severity != nil { severity += "?" }
      var late: [String] = []
      if listing.assessmentOverdue {
        late.append(Words.en("assessment", fr: "évaluation"))
      }
      if listing.overdueMeasures > 0 {
        late.append(
          Typography.count(
            listing.overdueMeasures, "measure", "measures", fr: "mesure",
            "mesures"))
      }
      let reported = ISODate.date(listing.reportedAt) ?? now
      // A case that has ended no longer ages.
      let open = CaseStatus(rawValue: listing.status)?.isOpen ?? true
      table.rows.append(
        [
          listing.reference, Self.name(listing.status, of: CaseStatus.self),
          severity, listing.court,
          listing.kinds.map { Self.name($0, of: IncidentKind.self) }
            .joined(separator: ","),
          typography.shortDay(reported),
          open ? Typography.age(from: reported, to: now) : "—",
          late.isEmpty
            ? ""
            : Words.en("LATE ", fr: "RETARD ") + late.joined(separator: ", "),
          listing.assignee ?? "",
        ] + (identitiesHidden ? [] : [listing.summary]))
    }
    table.tint = { row, column in
      let listing = listings[row]
      switch column {
      case 1: return Colour.of(status: listing.status)
      case 2: return listing.severity == "critical" ? .bold : nil
      case 7: return .red
      default: return nil
      }
    }
    let count = Typography.count(
      listings.count, "case", "cases", fr: "dossier", "dossiers")
    let estimated = listings.contains { !$0.assessed && $0.severity != nil }
    return table.render(width: Terminal.width) + "\n\(count)"
      + (estimated
        ? Words.en(
          " (severity with ? is the reporter's estimate, not yet assessed)",
          fr:
            " (une gravité suivie de ? est l'estimation du déclarant, pas encore évaluée)"
        )
        : "")
      + (identitiesHidden
        ? Words.en(
          "\nSummaries hidden: add --identities --purpose TEXT to see them (recorded in the access log).",
          fr:
            "\nRésumés masqués : ajoutez --identities --purpose TEXTE pour les voir (consigné dans le journal des accès)."
        )
        : "")
  }

  /// A code of `Value` as the interface names it; a code the model does
  /// not know is shown as it is.
  static func name<Value: DomainValue>(_ code: String, of _: Value.Type)
    -> String
  {
    Value(rawValue: code)?.shownName ?? code
  }

  static let csvHeader = [
    "reference", "status", "severity", "assessed", "court", "appeal_court",
    "kinds", "channel", "platform", "reported_at", "assessment_due",
    "overdue", "assignee", "closure_reason", "summary",
  ]

  static func csvRow(_ listing: CaseEntry) -> [String] {
    [
      listing.reference, listing.status, listing.severity ?? "",
      listing.assessed ? "yes" : "no", listing.court,
      listing.appealCourt ?? "", listing.kinds.joined(separator: ";"),
      listing.channel, listing.platform ?? "", listing.reportedAt,
      listing.assessmentDue, listing.overdue ? "yes" : "no",
      listing.assignee ?? "", listing.closureReason ?? "", listing.summary,
    ]
  }
}
