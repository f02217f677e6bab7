import EgideCore
import Foundation
import GRDB

/// How a ``CaseEvent`` is split into a clear row and a sealed part, and
/// put back together.
enum EventRecord {
  /// The `facts` column of an event (its clear facts as JSON, with the
  /// external reference of an imported case) and its identifying part,
  /// to seal.
  static func stored(_ event: CaseEvent, externalReference: String?) throws
    -> (facts: String, identity: EventIdentity)
  {
    var (facts, identity) = split(event.change)
    facts.externalReference = externalReference
    return (
      String(decoding: try JSONCoding.encoder.encode(facts), as: UTF8.self),
      identity
    )
  }

  /// The clear facts and the identifying part of an event.
  static func split(_ change: CaseChange) -> (EventFacts, EventIdentity) {
    var facts = EventFacts()
    var identity = EventIdentity()
    switch change {
    case .reported(let report):
      facts.kinds = report.kinds
      facts.occurredAt = report.occurred.map {
        StoredDate.string(from: $0.start)
      }
      facts.occurredPrecision = report.occurred?.precision
      facts.channel = report.channel
      facts.platform = report.platform
      facts.court = report.court.code
      facts.targets = report.targets.map(\.number)
      facts.reportedSeverity = report.reportedSeverity
      facts.factors = report.factors
      facts.assessmentDue = StoredDate.string(from: report.assessmentDue)
      identity.summary = report.summary
      identity.narrative = report.narrative
      identity.authors = report.authors.isEmpty ? nil : report.authors
    case .assessed(let severity, let factors):
      facts.severity = severity
      facts.factors = factors
    case .escalated(let level, let authority, let reason):
      facts.level = level
      identity.authority = authority
      identity.text = reason
    case .assigned(let name):
      facts.assignee = name
    case .noted(let text):
      identity.text = text
    case .evidenceAdded(let item):
      facts.evidence = item.id.number
      identity.description = item.description
      switch item.source {
      case .url(let url):
        facts.source = "url"
        identity.url = url
      case .file(let name, let sha256, let size, let mediaType):
        facts.source = "file"
        facts.sha256 = sha256
        facts.size = size
        facts.mediaType = mediaType
        identity.fileName = name
      }
    case .measureRequested(let measure):
      facts.measure = measure.id.number
      facts.measureKind = measure.kind
      identity.authority = measure.authority
      facts.beneficiary = measure.beneficiary.number
      facts.due = measure.due.map { StoredDate.string(from: $0) }
    case .measureUpdated(let id, let from, let to, let note):
      facts.measure = id.number
      facts.from = from
      facts.to = to
      identity.text = note
    case .resolved(let outcome):
      identity.text = outcome
    case .closed(let reason, let duplicate):
      facts.closureReason = reason
      facts.duplicateOf = duplicate?.description
    case .reopened(let reason):
      identity.text = reason
    case .purged(let years):
      facts.retentionYears = years
    }
    return (facts, identity)
  }

  /// Rebuilds an event from its stored parts.
  static func change(
    named name: String, facts: EventFacts, identity: EventIdentity,
    actor: String, recordedAt: Date, courts: CourtDirectory
  ) throws -> CaseChange {
    func missing(_ field: String) -> StoreError {
      StoreError(
        .corruptValue,
        "a stored '\(name)' event lacks its \(field); the registry was altered outside Égide"
      )
    }
    func date(_ text: String?) throws -> Date? {
      try text.map { text throws(StoreError) in
        try StoredDate.date(from: text)
      }
    }
    switch name {
    case "reported":
      guard let kinds = facts.kinds, let channel = facts.channel,
        let code = facts.court, let targets = facts.targets,
        let due = try date(facts.assessmentDue),
        let summary = identity.summary
      else { throw missing("report fields") }
      guard let court = courts.court(code: code) else {
        throw missing("court '\(code)'")
      }
      var occurred: OccurrenceDate?
      if let start = try date(facts.occurredAt),
        let precision = facts.occurredPrecision
      {
        occurred = OccurrenceDate(start: start, precision: precision)
      }
      return .reported(
        IncidentReport(
          kinds: kinds, occurred: occurred, channel: channel,
          platform: facts.platform, court: court,
          targets: targets.map(PersonID.init),
          reportedSeverity:
            facts.reportedSeverity, factors: facts.factors ?? [],
          summary: summary, narrative: identity.narrative,
          authors: identity.authors ?? [], assessmentDue: due))
    case "assessed":
      guard let severity = facts.severity else { throw missing("severity") }
      return .assessed(severity: severity, factors: facts.factors ?? [])
    case "escalated":
      guard let level = facts.level, let reason = identity.text else {
        throw missing("level")
      }
      return .escalated(
        level: level, authority: identity.authority ?? facts.authority,
        reason: reason)
    case "assigned":
      guard let name = facts.assignee else { throw missing("assignee") }
      return .assigned(to: name)
    case "note":
      guard let text = identity.text else { throw missing("text") }
      return .noted(text)
    case "evidence_added":
      guard let number = facts.evidence else { throw missing("evidence") }
      let source: EvidenceItem.Source
      if facts.source == "file" {
        guard let sha = facts.sha256, let size = facts.size else {
          throw missing("fingerprint")
        }
        source = .file(
          name: identity.fileName ?? "", sha256: sha, size: size,
          mediaType: facts.mediaType ?? "application/octet-stream")
      } else {
        source = .url(identity.url ?? "")
      }
      return .evidenceAdded(
        EvidenceItem(
          id: EvidenceID(number), source: source,
          description: identity.description, capturedBy: actor,
          capturedAt: recordedAt))
    case "measure_requested":
      guard let number = facts.measure, let kind = facts.measureKind,
        let authority = identity.authority ?? facts.authority,
        let beneficiary = facts.beneficiary
      else { throw missing("measure") }
      return .measureRequested(
        Measure(
          id: MeasureID(number), kind: kind, authority: authority,
          beneficiary: PersonID(beneficiary), requestedAt: recordedAt,
          due: try date(facts.due)))
    case "measure_updated":
      guard let number = facts.measure, let from = facts.from,
        let to = facts.to
      else { throw missing("measure status") }
      return .measureUpdated(
        id: MeasureID(number), from: from, to: to, note: identity.text)
    case "resolved":
      guard let outcome = identity.text else { throw missing("outcome") }
      return .resolved(outcome: outcome)
    case "closed":
      guard let reason = facts.closureReason else { throw missing("reason") }
      let duplicate = try facts.duplicateOf.map {
        text throws(DomainError) in try CaseReference.parse(text)
      }
      return .closed(reason: reason, duplicateOf: duplicate)
    case "reopened":
      guard let reason = identity.text else { throw missing("reason") }
      return .reopened(reason: reason)
    case "purged":
      guard let years = facts.retentionYears else {
        throw missing("retention years")
      }
      return .purged(retentionYears: years)
    default:
      throw StoreError(
        .corruptValue,
        "unknown event '\(name)' in the history; this registry was written by a newer Égide"
      )
    }
  }
}
