import EgideCore
import EgideService
import Foundation

/// How an occultation request is shown to people.
enum OccultationText {
  /// The lines of `egide occultation show` (and of a new request).
  static func lines(
    _ request: OccultationRequest, reference: CaseReference,
    settings: Settings
  ) -> [String] {
    let display = Display(timeZone: settings.timeZone)
    var lines = [
      "\(request.id)  measure \(request.measure) (open_data_occultation) in case \(reference), for \(request.beneficiary)",
      "Status:             \(statusText(request, display: display))",
      "Deciding authority: \(request.authority)",
      "Legal basis:        \(request.route.legalBasis) (route \(request.route.rawValue); relation to the court: \(request.relation.rawValue))",
      "Requested:          \(display.dateTime(request.requestedAt)) by \(request.requestedBy)",
    ]
    for (index, decision) in request.decisions.enumerated() {
      lines.append(
        (index == 0 ? "Decisions:          " : "                    ")
          + "\(label(decision)) (\(decision.court.name))")
    }
    lines.append(
      "Appeal window:      " + windowText(request, settings: settings))
    return lines
  }

  /// The decision's label, without the identifiers not revealed.
  static func label(_ decision: DecisionReference) -> String {
    var shown = decision
    shown.number = decision.number.flatMap(HiddenIdentities.shown)
    shown.judilibreID = decision.judilibreID.flatMap(HiddenIdentities.shown)
    return shown.label
  }

  static func statusText(_ request: OccultationRequest, display: Display)
    -> String
  {
    var text = request.status.rawValue
    if let ruling = request.appealRuling {
      text += " on appeal (notified \(display.day(ruling.notifiedAt)))"
    } else if let appealed = request.appealedAt {
      text += " on \(display.day(appealed)), awaiting the ruling"
    } else if let ruling = request.ruling {
      text += " (notified \(display.day(ruling.notifiedAt)))"
    }
    return text
  }

  /// The appeal window: its last day and the days left, or why there is
  /// none.
  static func windowText(_ request: OccultationRequest, settings: Settings)
    -> String
  {
    guard request.route.allowsAppeal else {
      return "none (\(request.route.legalBasis) provides no appeal)"
    }
    guard let window = request.appealWindow(calendar: settings.calendar)
    else {
      return request.ruling == nil
        ? "two months from the notification of a refusal (COJ R111-13)"
        : "none (the request was granted)"
    }
    if request.appealedAt != nil {
      return "used: appealed before \(window.lastDayText)"
    }
    if window.isExpired(at: settings.now) {
      return "expired on \(window.lastDayText); the refusal is final"
    }
    let left = window.daysLeft(at: settings.now)
    return "until \(window.lastDayText) inclusive, "
      + (left == 0
        ? "last day today" : "\(left) day\(left == 1 ? "" : "s") left")
  }
}
