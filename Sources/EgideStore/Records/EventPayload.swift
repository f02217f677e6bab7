import EgideCore
import Foundation

/// The clear part of a stored event.
///
/// Facts that counting and summarising may read without the identities.
/// Keys are stable camelCase.
struct EventFacts: Codable, Equatable {
  var kinds: [IncidentKind]?
  var occurredAt: String?
  var occurredPrecision: OccurrenceDate.Precision?
  var channel: Channel?
  var platform: Platform?
  var court: String?
  var targets: [Int]?
  var reportedSeverity: Severity?
  var factors: [RiskFactor]?
  var assessmentDue: String?
  var severity: Severity?
  var level: EscalationLevel?
  /// The authority of an escalation or a measure, in events written
  /// before schema version 9; since then it is sealed with the event's
  /// identity, as it may name a person.
  var authority: String?
  var assignee: String?
  var evidence: Int?
  var source: String?
  var sha256: String?
  var size: Int?
  var mediaType: String?
  var measure: Int?
  var measureKind: MeasureKind?
  var beneficiary: Int?
  var due: String?
  var from: MeasureStatus?
  var to: MeasureStatus?
  var closureReason: ClosureReason?
  var duplicateOf: String?
  /// For a case imported from a file: its stable identifier there.
  var externalReference: String?
  /// For a purge: the retention period applied, in years.
  var retentionYears: Int?
}

/// The identifying part of a stored event.
///
/// Free text, author handles, evidence addresses. Written only through
/// ``IdentityVault``.
struct EventIdentity: Codable, Equatable {
  var summary: String?
  var narrative: String?
  var authors: [String]?
  var text: String?
  var url: String?
  var fileName: String?
  var description: String?
  /// The authority an escalation goes to or a measure is asked of (it may
  /// name a person: a prosecutor, a first president).
  var authority: String?

  var isEmpty: Bool { self == EventIdentity() }
}

/// The identifying part of a `measures` row: the authority the measure is
/// asked of, which may name a person.
struct MeasureIdentity: Codable, Equatable {
  var authority: String
}
