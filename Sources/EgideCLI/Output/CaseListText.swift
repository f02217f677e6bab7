import EgideCore
import EgideStore
import Foundation

/// A list of cases as a table for people, as JSON or as CSV rows.
enum CaseListText {
  /// The table; without identities, no SUMMARY column but one line
  /// saying how to see them.
  static func table(
    _ listings: [CaseListing], display: Display, now: Date,
    identitiesHidden: Bool = false
  ) -> String {
    guard !listings.isEmpty else { return "No case matches." }
    var table = TextTable(
      headers: [
        "REF", "STATUS", "SEVERITY", "COURT", "KINDS", "REPORTED", "AGE",
        "LATE", "ASSIGNED",
      ] + (identitiesHidden ? [] : ["SUMMARY"]))
    for listing in listings {
      var severity = listing.severity?.rawValue ?? "unrated"
      if !listing.isAssessed && listing.severity != nil { severity += "?" }
      var late: [String] = []
      if listing.assessmentOverdue { late.append("assessment") }
      if listing.overdueMeasures > 0 {
        late.append("\(listing.overdueMeasures) measure(s)")
      }
      table.rows.append(
        [
          listing.reference.description, listing.status.rawValue, severity,
          listing.court, listing.kinds.map(\.rawValue).joined(separator: ","),
          display.day(listing.reportedAt),
          Display.age(from: listing.reportedAt, to: now),
          late.isEmpty ? "" : "LATE " + late.joined(separator: ", "),
          listing.assignee ?? "",
        ] + (identitiesHidden ? [] : [listing.summary]))
    }
    let count = listings.count == 1 ? "1 case" : "\(listings.count) cases"
    let estimated = listings.contains { !$0.isAssessed && $0.severity != nil }
    return table.render(width: Terminal.width) + "\n\(count)"
      + (estimated
        ? " (severity with ? is the reporter's estimate, not yet assessed)"
        : "")
      + (identitiesHidden
        ? "\nSummaries hidden: add --identities --purpose TEXT to see them (recorded in the access log)."
        : "")
  }

  /// One case of a JSON list.
  struct Entry: Encodable {
    var reference: String
    var status: String
    var severity: String?
    var assessed: Bool
    var court: String
    var appealCourt: String?
    var kinds: [String]
    var channel: String
    var platform: String?
    var reportedAt: String
    var assessmentDue: String
    var assessmentOverdue: Bool
    var overdueMeasures: Int
    var overdue: Bool
    var assignee: String?
    var closureReason: String?
    var summary: String

    init(_ listing: CaseListing) {
      reference = listing.reference.description
      status = listing.status.rawValue
      severity = listing.severity?.rawValue
      assessed = listing.isAssessed
      court = listing.court
      appealCourt = listing.appealCourt
      kinds = listing.kinds.map(\.rawValue)
      channel = listing.channel.rawValue
      platform = listing.platform?.rawValue
      reportedAt = ISODate.string(listing.reportedAt)
      assessmentDue = ISODate.string(listing.assessmentDue)
      assessmentOverdue = listing.assessmentOverdue
      overdueMeasures = listing.overdueMeasures
      overdue = listing.isOverdue
      assignee = listing.assignee
      closureReason = listing.closureReason?.rawValue
      summary = listing.summary
    }
  }

  static let csvHeader = [
    "reference", "status", "severity", "assessed", "court", "appeal_court",
    "kinds", "channel", "platform", "reported_at", "assessment_due",
    "overdue", "assignee", "closure_reason", "summary",
  ]

  static func csvRow(_ listing: CaseListing) -> [String] {
    [
      listing.reference.description, listing.status.rawValue,
      listing.severity?.rawValue ?? "", listing.isAssessed ? "yes" : "no",
      listing.court, listing.appealCourt ?? "",
      listing.kinds.map(\.rawValue).joined(separator: ";"),
      listing.channel.rawValue, listing.platform?.rawValue ?? "",
      ISODate.string(listing.reportedAt),
      ISODate.string(listing.assessmentDue), listing.isOverdue ? "yes" : "no",
      listing.assignee ?? "", listing.closureReason?.rawValue ?? "",
      listing.summary,
    ]
  }
}
