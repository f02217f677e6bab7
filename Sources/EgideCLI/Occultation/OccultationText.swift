import EgideService
import Foundation

/// How an occultation request is shown to people.
enum OccultationText {
  /// The lines of `egide occultation show` (and of a new request).
  static func lines(_ document: OccultationDocument, display: Display)
    -> [String]
  {
    var lines = [
      "\(document.request)  measure \(document.measure) (open_data_occultation) in case \(document.caseReference), for \(document.beneficiary)",
      "Status:             \(statusText(document, display: display))",
      "Deciding authority: \(document.decidingAuthority)",
      "Legal basis:        \(document.legalBasis) (route \(document.route); relation to the court: \(document.relation))",
      "Requested:          \(time(document.requestedAt, display.dateTime)) by \(document.requestedBy)",
    ]
    for (index, decision) in document.decisions.enumerated() {
      lines.append(
        (index == 0 ? "Decisions:          " : "                    ")
          + "\(decision.label) (\(decision.courtName))")
    }
    if document.decidingAuthority != document.authority {
      lines.append("Requested of:       \(document.authority)")
    } else if let appeal = document.appealAuthority {
      lines.append("Appeal to:          \(appeal)")
    }
    lines.append("Appeal window:      " + windowText(document))
    for warning in document.warnings {
      lines.append("Warning:            \(warning)")
    }
    return lines
  }

  /// Where the request stands, with the day each ruling was notified.
  static func statusText(_ document: OccultationDocument, display: Display)
    -> String
  {
    var text = document.status
    if let ruling = document.appealRuling {
      text +=
        " on appeal (notified \(time(ruling.notifiedAt, display.day)))"
    } else if let appealed = document.appealedAt {
      text += " on \(time(appealed, display.day)), awaiting the ruling"
    } else if let ruling = document.ruling {
      text += " (notified \(time(ruling.notifiedAt, display.day)))"
    }
    return text
  }

  /// The appeal window: its last day and the days left, or why there is
  /// none.
  static func windowText(_ document: OccultationDocument) -> String {
    guard document.allowsAppeal else {
      return "none (\(document.legalBasis) provides no appeal)"
    }
    guard let window = document.appealWindow else {
      return document.ruling == nil
        ? "two months from the notification of a refusal (COJ R111-13)"
        : "none (the request was granted)"
    }
    if document.appealedAt != nil {
      return "used: appealed before \(window.lastDay)"
    }
    if window.expired {
      return "expired on \(window.lastDay); the refusal is final"
    }
    let left = window.daysLeft
    return "until \(window.lastDay) inclusive, "
      + (left == 0
        ? "last day today" : "\(left) day\(left == 1 ? "" : "s") left")
  }

  /// A date of the document, shown by `format`.
  private static func time(_ text: String, _ format: (Date) -> String)
    -> String
  {
    ISODate.date(text).map(format) ?? text
  }
}
