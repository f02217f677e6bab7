import EgideCore
import EgideService
import Foundation

/// A case as text for people, written from its document: the facts,
/// people, deadlines, measures, evidence and timeline, with what is late
/// marked LATE.
///
/// Identities not revealed are left out, and one line says how to see
/// them.
enum CaseText {
  static func render(_ document: CaseDocument, display: Display) -> String {
    let shown = HiddenIdentities.shown
    let now = ISODate.date(document.asOf) ?? Date()
    var lines: [String] = []
    var status = document.status
    if let reason = document.closureReason { status += " (\(reason))" }
    if let duplicate = document.duplicateOf { status += " of \(duplicate)" }
    let severity =
      document.assessed
      ? document.severity.map { "\($0) (assessed)" } ?? "not rated"
      : document.reportedSeverity.map { "\($0) (as reported)" } ?? "not rated"
    lines.append(
      "Case \(document.reference) — \(status) — severity \(severity)")
    if !document.identitiesRevealed { lines.append(HiddenIdentities.notice()) }
    lines.append(
      "Reported:   \(date(document.reportedAt, display)) by \(document.reportedBy)"
    )
    let district = document.appealCourt.map { ", ressort \($0)" } ?? ""
    lines.append(
      "Court:      \(document.court) (\(document.courtName))\(district)")
    lines.append("Kinds:      " + document.kinds.joined(separator: ", "))
    let platform = document.platform.map { " (\($0))" } ?? ""
    lines.append("Channel:    \(document.channel)\(platform)")
    lines.append("Occurred:   " + occurred(document, display))
    if !document.factors.isEmpty {
      lines.append("Factors:    " + document.factors.joined(separator: ", "))
    }
    lines.append("Assigned:   \(document.assignee ?? "nobody")")
    if let summary = shown(document.summary) {
      lines.append("Summary:    \(summary)")
    }
    let authors = document.authors.compactMap(shown)
    if !authors.isEmpty {
      lines.append("Authors:    " + authors.joined(separator: ", "))
    }
    lines += campaignLines(document)
    if let narrative = document.narrative.flatMap(shown) {
      lines.append("Narrative:")
      lines += narrative.split(
        separator: "\n", omittingEmptySubsequences: false
      )
      .map { "  " + $0 }
    }
    lines.append("")
    lines.append("Deadlines:")
    for deadline in document.deadlines {
      let due = Self.deadline(deadline.due, court: document.court, display)
      let dueDate = ISODate.date(deadline.due) ?? now
      if deadline.kind == "assessment" {
        if let met = deadline.metAt {
          let late =
            (ISODate.date(met) ?? now) > dueDate ? " — met LATE" : " — met"
          lines.append(
            "  assessment due \(due)\(late) on \(date(met, display))")
        } else if !CaseText.isOpen(document.status) {
          lines.append(
            "  assessment due \(due) — not needed, case \(document.status)")
        } else if deadline.overdue {
          lines.append(
            "  assessment due \(due) — LATE by \(Display.age(from: dueDate, to: now))"
          )
        } else {
          lines.append("  assessment due \(due) — pending")
        }
      } else {
        let id = deadline.kind.replacingOccurrences(of: "measure ", with: "")
        let status =
          document.measures.first { $0.id == id }?.status ?? "requested"
        let mark =
          deadline.overdue
          ? "LATE by \(Display.age(from: dueDate, to: now))" : status
        lines.append("  measure \(id) due \(due) — \(mark)")
      }
    }
    lines.append("")
    lines.append("People:")
    for person in document.people {
      var text =
        "  \(person.id)  " + (shown(person.name).map { "\($0) — " } ?? "")
        + person.role
      if let function = person.function { text += " (\(function))" }
      text += ", \(person.court)"
      if let related = person.relatedTo { text += ", relative of \(related)" }
      if !person.otherCases.isEmpty {
        text +=
          " — also targeted in " + person.otherCases.joined(separator: ", ")
      }
      lines.append(text)
    }
    lines.append("")
    lines.append("Measures:" + (document.measures.isEmpty ? " none" : ""))
    for measure in document.measures {
      var text =
        "  \(measure.id)  \(measure.kind) — \(measure.status) — from \(measure.authority) — for \(measure.beneficiary) — requested \(day(measure.requestedAt, display))"
      if let due = measure.due { text += ", due \(day(due, display))" }
      if measure.overdue { text += " — LATE" }
      lines.append(text)
      if let protection = measure.protection {
        lines.append("      " + protection)
      }
      for notice in document.notices where notice.measure == measure.id {
        lines.append("      " + noticeLine(notice, display: display))
      }
    }
    lines.append("")
    lines.append("Evidence:" + (document.evidence.isEmpty ? " none" : ""))
    for item in document.evidence {
      var text = "  \(item.id)  "
      if item.source == "file" {
        text +=
          "file" + HiddenIdentities.suffix(item.fileName ?? "", separator: " ")
          + " (\(item.mediaType ?? ""), \(item.size ?? 0) bytes, sha256 \(item.sha256 ?? ""))"
      } else {
        text += "url" + HiddenIdentities.suffix(item.url ?? "", separator: " ")
      }
      if let description = item.description.flatMap(shown) {
        text += " — \(description)"
      }
      text += " — by \(item.capturedBy), \(date(item.capturedAt, display))"
      lines.append(text)
    }
    lines.append("")
    lines.append(
      timeline(
        reference: document.reference, events: document.timeline,
        display: display))
    return lines.joined(separator: "\n")
  }

  /// Whether a status is one of an open case.
  static func isOpen(_ status: String) -> Bool {
    CaseStatus(rawValue: status)?.isOpen ?? false
  }

  /// When the incident happened, as precisely as it was reported.
  static func occurred(_ document: CaseDocument, _ display: Display) -> String {
    guard let text = document.occurred, let start = ISODate.date(text) else {
      return "not given"
    }
    let precision =
      document.occurredPrecision.flatMap(OccurrenceDate.Precision.init)
      ?? .minute
    return OccurrenceDate(start: start, precision: precision).formatted(
      in: display.timeZone)
  }

  /// The other cases of the same authors and sites, and the bursts the
  /// case is part of.
  static func campaignLines(_ document: CaseDocument) -> [String] {
    var lines: [String] = []
    func label(_ text: String) -> String {
      HiddenIdentities.shown(text).map { " (\($0))" } ?? ""
    }
    for author in document.sameAuthorCases {
      lines.append(
        "Also by the same author\(label(author.author)): "
          + author.cases.joined(separator: ", "))
    }
    for site in document.sameSiteCases {
      lines.append(
        "Also on the same site\(label(site.domain)): "
          + site.cases.joined(separator: ", "))
    }
    for burst in document.bursts {
      let others = burst.cases.filter { $0 != document.reference }
      let target = burst.target.map { " against \($0)" } ?? ""
      let first = ISODate.date(burst.first) ?? Date()
      let last = ISODate.date(burst.last) ?? first
      lines.append(
        "Part of a coordinated burst\(target): \(burst.cases.count) cases, "
          + "\(burst.authorCount) authors within "
          + Display.age(from: first, to: last) + " — with "
          + others.joined(separator: ", ")
          + " (egide campaign show \(document.reference))")
    }
    return lines
  }

  /// The history of a case, one event a line.
  static func timeline(
    reference: String, events: [CaseDocument.Event], display: Display
  ) -> String {
    var lines = ["Timeline of \(reference):"]
    for event in events {
      lines.append(
        "  \(String(format: "%3d", event.sequence))  \(date(event.recordedAt, display))  \(event.actor)  "
          + event.description)
    }
    return lines.joined(separator: "\n")
  }

  /// One line for a takedown notice under its measure: what came down,
  /// what stayed, and how fast.
  static func noticeLine(
    _ notice: CaseDocument.NoticeEntry, display: Display
  ) -> String {
    var text = "notice \(notice.id) (\(notice.channel)) \(notice.status)"
    if let sent = notice.sentAt { text += ", sent \(day(sent, display))" }
    let counts = NoticeURLStatus.allCases.compactMap { status -> String? in
      let count = notice.urls.filter { $0.status == status.rawValue }.count
      return count == 0 ? nil : "\(count) \(status.rawValue)"
    }
    text += " — " + counts.joined(separator: ", ")
    let removals = notice.urls.compactMap(\.timeToRemovalSeconds).map {
      TimeInterval($0)
    }
    if let fastest = removals.min(), let slowest = removals.max() {
      text +=
        " — removed after "
        + (fastest == slowest
          ? Display.duration(fastest)
          : "\(Display.duration(fastest)) to \(Display.duration(slowest))")
    }
    return text
  }

  /// An ISO date of a document, shown to the minute.
  static func date(_ text: String, _ display: Display) -> String {
    ISODate.date(text).map(display.dateTime) ?? text
  }

  /// A deadline as shown: in the registry's time zone, followed by the
  /// time at the court when the court keeps another clock
  /// (`2026-05-27 05:59 (2026-05-26 23:59 America/Martinique)`).
  static func deadline(_ text: String, court: String, _ display: Display)
    -> String
  {
    let shown = date(text, display)
    guard let instant = ISODate.date(text),
      let zone = CourtDirectory.shared.court(code: court)?.calendar.timeZone,
      zone.secondsFromGMT(for: instant)
        != display.timeZone.secondsFromGMT(for: instant)
    else { return shown }
    return
      "\(shown) (\(Display(timeZone: zone).dateTime(instant)) \(zone.identifier))"
  }

  /// An ISO date of a document, shown as its day.
  static func day(_ text: String, _ display: Display) -> String {
    ISODate.date(text).map(display.day) ?? text
  }
}
