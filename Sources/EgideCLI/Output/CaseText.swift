import EgideCore
import Foundation

/// A case as text for people: the facts, people, deadlines, measures,
/// evidence and timeline, with what is late marked LATE.
///
/// Identities not revealed are left out, and one line says how to see
/// them.
enum CaseText {
  static func render(
    _ state: CaseState, persons: [TargetedPerson],
    otherCases: [PersonID: [CaseReference]], links: CaseLinks = CaseLinks(),
    notices: [TakedownNotice] = [], display: Display, now: Date,
    identitiesHidden: Bool = false
  ) -> String {
    let shown = HiddenIdentities.shown
    let report = state.report
    var lines: [String] = []
    var status = state.status.rawValue
    if let reason = state.closureReason { status += " (\(reason.rawValue))" }
    if let duplicate = state.duplicateOf { status += " of \(duplicate)" }
    let severity =
      state.assessedSeverity.map { "\($0.rawValue) (assessed)" }
      ?? report.reportedSeverity.map { "\($0.rawValue) (as reported)" }
      ?? "not rated"
    lines.append("Case \(state.reference) — \(status) — severity \(severity)")
    if identitiesHidden { lines.append(HiddenIdentities.notice()) }
    lines.append(
      "Reported:   \(display.dateTime(state.reportedAt)) by \(state.reportedBy)"
    )
    let district = report.court.appealCourtCode.map { ", ressort \($0)" } ?? ""
    lines.append("Court:      \(report.court)\(district)")
    lines.append(
      "Kinds:      " + report.kinds.map(\.rawValue).joined(separator: ", "))
    let platform = report.platform.map { " (\($0.rawValue))" } ?? ""
    lines.append("Channel:    \(report.channel.rawValue)\(platform)")
    lines.append(
      "Occurred:   "
        + (report.occurred?.formatted(in: display.timeZone) ?? "not given"))
    if !state.factors.isEmpty {
      lines.append(
        "Factors:    " + state.factors.map(\.rawValue).joined(separator: ", "))
    }
    lines.append("Assigned:   \(state.assignee ?? "nobody")")
    if let summary = shown(report.summary) {
      lines.append("Summary:    \(summary)")
    }
    let authors = report.authors.compactMap(shown)
    if !authors.isEmpty {
      lines.append("Authors:    " + authors.joined(separator: ", "))
    }
    lines += campaignLines(state, links: links)
    if let narrative = report.narrative.flatMap(shown) {
      lines.append("Narrative:")
      lines += narrative.split(
        separator: "\n", omittingEmptySubsequences: false
      )
      .map { "  " + $0 }
    }
    lines.append("")
    lines.append("Deadlines:")
    let due = display.dateTime(report.assessmentDue)
    if let assessed = state.assessedAt {
      let late = assessed > report.assessmentDue ? " — met LATE" : " — met"
      lines.append(
        "  assessment due \(due)\(late) on \(display.dateTime(assessed))")
    } else if !state.status.isOpen {
      lines.append("  assessment due \(due) — not needed, case \(state.status)")
    } else if state.isAssessmentOverdue(at: now) {
      lines.append(
        "  assessment due \(due) — LATE by \(Display.age(from: report.assessmentDue, to: now))"
      )
    } else {
      lines.append("  assessment due \(due) — pending")
    }
    for measure in state.measures {
      if let measureDue = measure.due {
        let mark =
          measure.isOverdue(at: now)
          ? "LATE by \(Display.age(from: measureDue, to: now))"
          : measure.status.rawValue
        lines.append(
          "  measure \(measure.id) due \(display.dateTime(measureDue)) — \(mark)"
        )
      }
    }
    lines.append("")
    lines.append("People:")
    for person in persons {
      var text =
        "  \(person.id)  "
        + (shown(person.identity.name).map { "\($0) — " } ?? "")
        + person.role.rawValue
      if let function = person.function { text += " (\(function.rawValue))" }
      text += ", \(person.court.code)"
      if let related = person.relatedTo { text += ", relative of \(related)" }
      let others = (otherCases[person.id] ?? []).filter {
        $0 != state.reference
      }
      if !others.isEmpty {
        text +=
          " — also targeted in "
          + others.map(\.description).joined(separator: ", ")
      }
      lines.append(text)
    }
    lines.append("")
    lines.append("Measures:" + (state.measures.isEmpty ? " none" : ""))
    for measure in state.measures {
      var text =
        "  \(measure.id)  \(measure.kind.rawValue) — \(measure.status.rawValue) — from \(measure.authority) — for \(measure.beneficiary) — requested \(display.day(measure.requestedAt))"
      if let due = measure.due { text += ", due \(display.day(due))" }
      if measure.isOverdue(at: now) { text += " — LATE" }
      lines.append(text)
      for notice in notices where notice.draft.measure == measure.id {
        lines.append("      " + noticeLine(notice, display: display))
      }
    }
    lines.append("")
    lines.append("Evidence:" + (state.evidence.isEmpty ? " none" : ""))
    for item in state.evidence {
      var text = "  \(item.id)  "
      switch item.source {
      case .url(let url):
        text += "url" + HiddenIdentities.suffix(url, separator: " ")
      case .file(let name, let sha256, let size, let type):
        text +=
          "file" + HiddenIdentities.suffix(name, separator: " ")
          + " (\(type), \(size) bytes, sha256 \(sha256))"
      }
      if let description = item.description.flatMap(shown) {
        text += " — \(description)"
      }
      text += " — by \(item.capturedBy), \(display.dateTime(item.capturedAt))"
      lines.append(text)
    }
    lines.append("")
    lines.append(timeline(state, display: display))
    return lines.joined(separator: "\n")
  }

  /// The other cases of the same authors and sites, and the bursts the
  /// case is part of.
  static func campaignLines(_ state: CaseState, links: CaseLinks)
    -> [String]
  {
    var lines: [String] = []
    func label(_ text: String) -> String {
      HiddenIdentities.shown(text).map { " (\($0))" } ?? ""
    }
    for author in links.sameAuthor {
      lines.append(
        "Also by the same author\(label(author.label)): "
          + author.cases.map(\.description).joined(separator: ", "))
    }
    for site in links.sameSite {
      lines.append(
        "Also on the same site\(label(site.label)): "
          + site.cases.map(\.description).joined(separator: ", "))
    }
    for burst in links.bursts {
      let others = burst.cases.filter { $0 != state.reference }
      let target = burst.target.map { " against \($0)" } ?? ""
      lines.append(
        "Part of a coordinated burst\(target): \(burst.cases.count) cases, "
          + "\(burst.authorCount) authors within "
          + Display.age(from: burst.first, to: burst.last) + " — with "
          + others.map(\.description).joined(separator: ", ")
          + " (egide campaign show \(state.reference))")
    }
    return lines
  }

  static func timeline(_ state: CaseState, display: Display) -> String {
    var lines = ["Timeline of \(state.reference):"]
    for event in state.events {
      lines.append(
        "  \(String(format: "%3d", event.sequence))  \(display.dateTime(event.recordedAt))  \(event.actor)  "
          + ChangeDescription.line(event.change, display: display))
    }
    return lines.joined(separator: "\n")
  }

  /// One line for a takedown notice under its measure: what came down,
  /// what stayed, and how fast.
  static func noticeLine(_ notice: TakedownNotice, display: Display) -> String {
    var text =
      "notice \(notice.id) (\(notice.draft.channel.rawValue)) \(notice.status.rawValue)"
    if let sent = notice.sentAt { text += ", sent \(display.day(sent))" }
    let counts = NoticeURLStatus.allCases.compactMap { status -> String? in
      let count = notice.targets.filter { $0.status == status }.count
      return count == 0 ? nil : "\(count) \(status.rawValue)"
    }
    text += " — " + counts.joined(separator: ", ")
    let removals = notice.targets.compactMap { notice.timeToRemoval(of: $0) }
    if let fastest = removals.min(), let slowest = removals.max() {
      text +=
        " — removed after "
        + (fastest == slowest
          ? Display.duration(fastest)
          : "\(Display.duration(fastest)) to \(Display.duration(slowest))")
    }
    return text
  }
}
