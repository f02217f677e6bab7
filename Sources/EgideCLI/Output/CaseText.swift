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
    var status = CaseListText.name(document.status, of: CaseStatus.self)
    if let reason = document.closureReason {
      status += " (\(CaseListText.name(reason, of: ClosureReason.self)))"
    }
    if let duplicate = document.duplicateOf {
      status += Words.en(" of \(duplicate)", fr: " de \(duplicate)")
    }
    let notRated = Words.en("not rated", fr: "non évaluée")
    let severity =
      document.assessed
      ? document.severity.map {
        "\(CaseListText.name($0, of: Severity.self)) "
          + Words.en("(assessed)", fr: "(évaluée)")
      } ?? notRated
      : document.reportedSeverity.map {
        "\(CaseListText.name($0, of: Severity.self)) "
          + Words.en("(as reported)", fr: "(selon le signalement)")
      } ?? notRated
    lines.append(
      Words.en(
        "Case \(document.reference) — \(status) — severity \(severity)",
        fr: "Dossier \(document.reference) — \(status) — gravité \(severity)"))
    if !document.identitiesRevealed { lines.append(HiddenWording.notice()) }
    lines.append(
      label("Reported", "Signalé")
        + Words.en(
          "\(date(document.reportedAt, display)) by \(document.reportedBy)",
          fr:
            "le \(date(document.reportedAt, display)) par \(document.reportedBy)"
        ))
    let district = document.appealCourt.map { ", ressort \($0)" } ?? ""
    lines.append(
      label("Court", "Juridiction")
        + "\(document.court) (\(document.courtName))\(district)")
    lines.append(
      label("Kinds", "Nature")
        + document.kinds.map { CaseListText.name($0, of: IncidentKind.self) }
        .joined(separator: ", "))
    let platform =
      document.platform.map {
        " (\(CaseListText.name($0, of: Platform.self)))"
      } ?? ""
    lines.append(
      label("Channel", "Canal")
        + CaseListText.name(document.channel, of: Channel.self) + platform)
    lines.append(label("Occurred", "Survenu") + occurred(document, display))
    if !document.factors.isEmpty {
      lines.append(
        label("Factors", "Facteurs")
          + document.factors.map { CaseListText.name($0, of: RiskFactor.self) }
          .joined(separator: ", "))
    }
    lines.append(
      label("Assigned", "Suivi par")
        + (document.assignee ?? Words.en("nobody", fr: "personne")))
    if let summary = shown(document.summary) {
      lines.append(label("Summary", "Résumé") + summary)
    }
    let authors = document.authors.compactMap(shown)
    if !authors.isEmpty {
      lines.append(
        label("Authors", "Auteurs") + authors.joined(separator: ", "))
    }
    lines += campaignLines(document)
    if let narrative = document.narrative.flatMap(shown) {
      lines.append(Words.en("Narrative:", fr: "Récit :"))
      lines += narrative.split(
        separator: "\n", omittingEmptySubsequences: false
      )
      .map { "  " + $0 }
    }
    lines.append("")
    lines.append(Words.en("Deadlines:", fr: "Échéances :"))
    for deadline in document.deadlines {
      let due = Self.deadline(deadline.due, court: document.court, display)
      let dueDate = ISODate.date(deadline.due) ?? now
      let lateBy = Typography.age(from: dueDate, to: now)
      if deadline.kind == "assessment" {
        let head = Words.en(
          "  assessment due \(due)", fr: "  évaluation attendue le \(due)")
        if let met = deadline.metAt {
          let late = (ISODate.date(met) ?? now) > dueDate
          lines.append(
            head
              + Words.en(
                " — met\(late ? " LATE" : "") on \(date(met, display))",
                fr:
                  " — faite\(late ? " EN RETARD" : "") le \(date(met, display))"
              ))
        } else if !CaseText.isOpen(document.status) {
          let status = CaseListText.name(document.status, of: CaseStatus.self)
          lines.append(
            head
              + Words.en(
                " — not needed, case \(status)",
                fr: " — sans objet, dossier \(status)"))
        } else if deadline.overdue {
          lines.append(
            head
              + Words.en(
                " — LATE by \(lateBy)", fr: " — EN RETARD de \(lateBy)"))
        } else {
          lines.append(head + Words.en(" — pending", fr: " — en attente"))
        }
      } else {
        let id = deadline.kind.replacingOccurrences(of: "measure ", with: "")
        let status = CaseListText.name(
          document.measures.first { $0.id == id }?.status ?? "requested",
          of: MeasureStatus.self)
        let mark =
          deadline.overdue
          ? Words.en("LATE by \(lateBy)", fr: "EN RETARD de \(lateBy)") : status
        lines.append(
          Words.en(
            "  measure \(id) due \(due) — \(mark)",
            fr: "  mesure \(id) attendue le \(due) — \(mark)"))
      }
    }
    lines.append("")
    lines.append(Words.en("People:", fr: "Personnes :"))
    for person in document.people {
      var text =
        "  \(person.id)  " + (shown(person.name).map { "\($0) — " } ?? "")
        + CaseListText.name(person.role, of: Role.self)
      if let function = person.function {
        text += " (\(CaseListText.name(function, of: StaffFunction.self)))"
      }
      text += ", \(person.court)"
      if let related = person.relatedTo {
        text += Words.en(
          ", relative of \(related)", fr: ", proche de \(related)")
      }
      if !person.otherCases.isEmpty {
        text +=
          Words.en(" — also targeted in ", fr: " — également visé(e) dans ")
          + person.otherCases.joined(separator: ", ")
      }
      lines.append(text)
    }
    lines.append("")
    lines.append(
      Words.en("Measures:", fr: "Mesures :")
        + (document.measures.isEmpty ? Words.en(" none", fr: " aucune") : ""))
    for measure in document.measures {
      let kind = CaseListText.name(measure.kind, of: MeasureKind.self)
      let status = CaseListText.name(measure.status, of: MeasureStatus.self)
      let requested = day(measure.requestedAt, display)
      var text = Words.en(
        "  \(measure.id)  \(kind) — \(status) — from \(measure.authority) — for \(measure.beneficiary) — requested \(requested)",
        fr:
          "  \(measure.id)  \(kind) — \(status) — auprès de \(measure.authority) — pour \(measure.beneficiary) — demandée le \(requested)"
      )
      if let due = measure.due {
        text += Words.en(
          ", due \(day(due, display))", fr: ", attendue le \(day(due, display))"
        )
      }
      if measure.overdue { text += Words.en(" — LATE", fr: " — EN RETARD") }
      lines.append(text)
      if let appeal = measure.appeal {
        lines.append(
          "      " + (Words.french ? FrenchMessages.translate(appeal) : appeal))
      }
      if let protection = measure.protection {
        lines.append("      " + protection)
      }
      for notice in document.notices where notice.measure == measure.id {
        lines.append("      " + noticeLine(notice, display: display))
      }
    }
    lines.append("")
    lines.append(
      Words.en("Evidence:", fr: "Pièces :")
        + (document.evidence.isEmpty ? Words.en(" none", fr: " aucune") : ""))
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
      text += Words.en(
        " — by \(item.capturedBy), \(date(item.capturedAt, display))",
        fr: " — par \(item.capturedBy), le \(date(item.capturedAt, display))")
      lines.append(text)
    }
    lines.append("")
    lines.append(
      timeline(
        reference: document.reference, events: document.timeline,
        display: display))
    return HiddenWording.marked(lines.joined(separator: "\n"))
  }

  /// Whether a status is one of an open case.
  static func isOpen(_ status: String) -> Bool {
    CaseStatus(rawValue: status)?.isOpen ?? false
  }

  /// When the incident happened, as precisely as it was reported.
  static func occurred(_ document: CaseDocument, _ display: Display) -> String {
    guard let text = document.occurred, let start = ISODate.date(text) else {
      return Words.en("not given", fr: "non précisé")
    }
    let precision =
      document.occurredPrecision.flatMap(OccurrenceDate.Precision.init)
      ?? .minute
    guard Words.french else {
      return OccurrenceDate(start: start, precision: precision).formatted(
        in: display.timeZone)
    }
    let typography = Typography(display: display)
    switch precision {
    case .minute: return "le " + typography.dateTime(start)
    case .day: return "le " + typography.day(start)
    case .month:
      // "1er décembre 2026" less its day: "décembre 2026".
      return String(
        typography.day(start).split(separator: " ", maxSplits: 1).last ?? "")
    }
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
        Words.en(
          "Also by the same author\(label(author.author)): ",
          fr: "Aussi du même auteur\(label(author.author)) : ")
          + author.cases.joined(separator: ", "))
    }
    for site in document.sameSiteCases {
      lines.append(
        Words.en(
          "Also on the same site\(label(site.domain)): ",
          fr: "Aussi sur le même site\(label(site.domain)) : ")
          + site.cases.joined(separator: ", "))
    }
    for burst in document.bursts {
      let others = burst.cases.filter { $0 != document.reference }
      let first = ISODate.date(burst.first) ?? Date()
      let last = ISODate.date(burst.last) ?? first
      let cases = Typography.count(
        burst.cases.count, "case", "cases", fr: "dossier", "dossiers")
      let authors = Typography.count(
        burst.authorCount, "author", "authors", fr: "auteur", "auteurs")
      let within = Typography.age(from: first, to: last)
      let target =
        burst.target.map {
          Words.en(" against \($0)", fr: " contre \($0)")
        } ?? ""
      lines.append(
        Words.en(
          "Part of a coordinated burst\(target): \(cases), \(authors) within \(within) — with ",
          fr:
            "Fait partie d'un raid coordonné\(target) : \(cases), \(authors) en \(within) — avec "
        )
          + others.joined(separator: ", ")
          + " (egide campaign show \(document.reference))")
    }
    return lines
  }

  /// The history of a case, one event a line.
  static func timeline(
    reference: String, events: [CaseDocument.Event], display: Display
  ) -> String {
    // The actor column is as wide as the longest name, so that every
    // description starts at the same column.
    let width = events.map(\.actor.count).max() ?? 0
    var lines = [
      Words.en("Timeline of \(reference):", fr: "Historique de \(reference) :")
    ]
    for event in events {
      let actor =
        event.actor + String(repeating: " ", count: width - event.actor.count)
      let when =
        ISODate.date(event.recordedAt).map {
          Typography(display: display).columnDateTime($0)
        } ?? event.recordedAt
      lines.append(
        "  \(String(format: "%3d", event.sequence))  \(when)  \(actor)  "
          + FrenchTimeline.line(event.description))
    }
    return HiddenWording.marked(lines.joined(separator: "\n"))
  }

  /// One line for a takedown notice under its measure: what came down,
  /// what stayed, and how fast.
  static func noticeLine(
    _ notice: CaseDocument.NoticeEntry, display: Display
  ) -> String {
    let status = CaseListText.name(notice.status, of: NoticeStatus.self)
    var text = Words.en(
      "notice \(notice.id) (\(notice.channel)) \(status)",
      fr: "notification \(notice.id) (\(notice.channel)) \(status)")
    // "sent, sent 2026-12-04" said the status twice: the date follows it.
    if let sent = notice.sentAt {
      text += Words.en(
        " on \(day(sent, display))", fr: " le \(day(sent, display))")
    }
    let counts = NoticeURLStatus.allCases.compactMap { status -> String? in
      let count = notice.urls.filter { $0.status == status.rawValue }.count
      return count == 0 ? nil : "\(count) \(status.shownName)"
    }
    text += " — " + counts.joined(separator: ", ")
    let removals = notice.urls.compactMap(\.timeToRemovalSeconds).map {
      TimeInterval($0)
    }
    if let fastest = removals.min(), let slowest = removals.max() {
      let fast = Typography.duration(fastest)
      let slow = Typography.duration(slowest)
      text +=
        Words.en(" — removed after ", fr: " — retirée en ")
        + (fastest == slowest
          ? fast : Words.en("\(fast) to \(slow)", fr: "\(fast) à \(slow)"))
    }
    return text
  }

  /// An ISO date of a document, shown to the minute.
  static func date(_ text: String, _ display: Display) -> String {
    ISODate.date(text).map(Typography(display: display).dateTime) ?? text
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
    ISODate.date(text).map(Typography(display: display).day) ?? text
  }

  /// A field's name at the start of a line, padded so that the values
  /// line up: `Court:      `, `Juridiction : `.
  static func label(_ english: String, _ french: String) -> String {
    let text = Words.en(english + ":", fr: french + " :")
    let width = Words.french ? 14 : 12
    return text + String(repeating: " ", count: max(1, width - text.count))
  }
}
