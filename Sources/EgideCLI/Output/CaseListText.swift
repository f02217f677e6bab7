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
    guard !listings.isEmpty else { return "No case matches." }
    var table = TextTable(
      headers: [
        "REF", "STATUS", "SEVERITY", "COURT", "KINDS", "REPORTED", "AGE",
        "LATE", "ASSIGNED",
      ] + (identitiesHidden ? [] : ["SUMMARY"]))
    for listing in listings {
      var severity = listing.severity ?? "unrated"
      if !listing.assessed && listing.severity != nil { severity += "?" }
      var late: [String] = []
      if listing.assessmentOverdue { late.append("assessment") }
      if listing.overdueMeasures > 0 {
        late.append("\(listing.overdueMeasures) measure(s)")
      }
      let reported = ISODate.date(listing.reportedAt) ?? now
      table.rows.append(
        [
          listing.reference, listing.status, severity,
          listing.court, listing.kinds.joined(separator: ","),
          display.day(reported), Display.age(from: reported, to: now),
          late.isEmpty ? "" : "LATE " + late.joined(separator: ", "),
          listing.assignee ?? "",
        ] + (identitiesHidden ? [] : [listing.summary]))
    }
    let count = listings.count == 1 ? "1 case" : "\(listings.count) cases"
    let estimated = listings.contains { !$0.assessed && $0.severity != nil }
    return table.render(width: Terminal.width) + "\n\(count)"
      + (estimated
        ? " (severity with ? is the reporter's estimate, not yet assessed)"
        : "")
      + (identitiesHidden
        ? "\nSummaries hidden: add --identities --purpose TEXT to see them (recorded in the access log)."
        : "")
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
