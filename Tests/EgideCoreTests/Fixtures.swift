import Foundation
import Testing

@testable import EgideCore

/// Shared, fictional test data: invented names, fixed dates, and helpers to
/// build cases in every status by replaying the lifecycle's own decisions.
enum Fixture {
  static let paris = zone("Europe/Paris")
  static let utc = zone("UTC")

  private static func zone(_ identifier: String) -> TimeZone {
    guard let zone = TimeZone(identifier: identifier) else {
      preconditionFailure("time zone \(identifier) is not available")
    }
    return zone
  }
  static let calendar = BusinessCalendar(timeZone: paris)
  static let dateInput = DateInput(timeZone: paris)

  /// The delegate who signs every change in the fixtures.
  static let actor = "Délégué Alpha"

  /// An instant given as a wall-clock time in Paris.
  static func paris(
    _ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0,
    _ second: Int = 0
  ) -> Date {
    instant(year, month, day, hour, minute, second, in: paris)
  }

  /// An instant given as a UTC time.
  static func utc(
    _ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0,
    _ second: Int = 0
  ) -> Date {
    instant(year, month, day, hour, minute, second, in: utc)
  }

  static func instant(
    _ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int,
    _ second: Int, in zone: TimeZone
  ) -> Date {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    let parts = DateComponents(
      year: year, month: month, day: day, hour: hour, minute: minute,
      second: second)
    guard let date = calendar.date(from: parts) else {
      preconditionFailure("invalid fixture date \(parts)")
    }
    return date
  }

  /// When the fixture cases are reported: Friday 3 July 2026, 10:00 Paris.
  static let reportedAt = paris(2026, 7, 3, 10, 0)
  /// "Now" for validation, shortly after the report.
  static let now = paris(2026, 7, 3, 10, 0)

  /// The i-th change after the report, one hour apart.
  static func later(_ hours: Int = 1) -> Date {
    reportedAt.addingTimeInterval(TimeInterval(hours) * 3_600)
  }

  /// Tribunal judiciaire de Bobigny.
  static let bobigny: Court = {
    guard let court = CourtDirectory.shared.court(code: "tj93008") else {
      preconditionFailure("tj93008 is missing from the directory")
    }
    return court
  }()

  static let reference = CaseReference(year: 2026, sequence: 42)

  static func judge(_ name: String = "Agathe Vermorelle-Testard") throws
    -> NewCase.Target
  {
    .new(
      try NewCase.NewPerson(
        identity: PersonIdentity(name: name), role: .judge,
        function: .jugeDesEnfants))
  }

  static func person(_ name: String, _ role: Role) throws -> NewCase.Target {
    .new(
      try NewCase.NewPerson(
        identity: PersonIdentity(name: name), role: role, function: nil))
  }

  /// A valid new case; each parameter can be overridden to test one rule.
  static func newCase(
    kinds: [IncidentKind] = [.threat],
    occurred: OccurrenceDate? = nil,
    channel: Channel = .socialNetwork,
    platform: Platform? = .x,
    targets: [NewCase.Target]? = nil,
    reportedSeverity: Severity? = .moderate,
    factors: [RiskFactor] = [],
    summary: String = "Message menaçant publié après une audience",
    narrative: String? = nil,
    authors: [String] = ["@compte_fictif_1"],
    now: Date = Fixture.now
  ) throws -> NewCase {
    try NewCase(
      kinds: kinds, occurred: occurred, channel: channel, platform: platform,
      court: bobigny, targets: targets ?? [judge()],
      reportedSeverity: reportedSeverity, factors: factors, summary: summary,
      narrative: narrative, authors: authors, now: now)
  }

  /// The state of a case just opened from `newCase`, its targets numbered
  /// from P-000001.
  static func openCase(_ newCase: NewCase, at date: Date = reportedAt) throws
    -> CaseState
  {
    let ids = (1...newCase.targets.count).map { PersonID($0) }
    let event = newCase.openingEvent(
      targets: ids, by: actor, at: date, deadlines: .standard)
    return try CaseState(reference: reference, events: [event])
  }

  /// A freshly reported case with one judge targeted.
  static func newState(factors: [RiskFactor] = []) throws -> CaseState {
    try openCase(newCase(reportedSeverity: nil, factors: factors))
  }

  /// The identifier of the measure the fixtures request.
  static let measureID = MeasureID(1)
}

extension CaseState {
  /// Applies the event a decision returns, as the store would.
  mutating func record(_ decide: (CaseState) throws -> CaseEvent) throws {
    let event = try decide(self)
    try apply(event)
  }

  /// The time of the next change in fixtures: one hour after the last.
  var nextTime: Date { updatedAt.addingTimeInterval(3_600) }

  mutating func assessed(_ severity: Severity = .high) throws {
    try record {
      try $0.assess(
        severity: severity, factors: [], by: Fixture.actor, at: $0.nextTime)
    }
  }

  mutating func escalated() throws {
    try record {
      try $0.escalate(
        to: .headOfCourt, authority: "Présidence du tribunal",
        reason: "menace explicite", by: Fixture.actor, at: $0.nextTime)
    }
  }

  mutating func measureRequested(
    _ id: MeasureID = Fixture.measureID, kind: MeasureKind = .policeProtection
  ) throws {
    try record {
      try $0.requestMeasure(
        id: id, kind: kind, authority: "Préfecture fictive", due: nil,
        beneficiary: nil, by: Fixture.actor, at: $0.nextTime)
    }
  }

  mutating func measureMoved(
    _ id: MeasureID = Fixture.measureID, to status: MeasureStatus
  ) throws {
    try record {
      try $0.updateMeasure(
        id, to: status, note: nil, by: Fixture.actor, at: $0.nextTime)
    }
  }

  mutating func resolved() throws {
    try record {
      try $0.resolve(
        outcome: "contenu retiré", by: Fixture.actor, at: $0.nextTime)
    }
  }

  mutating func closed(_ reason: ClosureReason = .unfounded) throws {
    try record {
      try $0.close(
        reason: reason, duplicateOf: nil, by: Fixture.actor, at: $0.nextTime)
    }
  }

  mutating func reopened() throws {
    try record {
      try $0.reopen(
        reason: "nouveaux faits", by: Fixture.actor, at: $0.nextTime)
    }
  }
}

/// Runs `body`, expects a ``DomainError`` of `code` whose message contains
/// every fragment, and returns it for further checks.
@discardableResult
func expectDomainError<T>(
  _ code: DomainError.Code, mentioning fragments: [String] = [],
  sourceLocation: SourceLocation = #_sourceLocation,
  _ body: () throws -> T
) -> DomainError? {
  let error = #expect(throws: DomainError.self, sourceLocation: sourceLocation)
  {
    _ = try body()
  }
  guard let error else { return nil }
  #expect(
    error.code == code, "message: \(error.message)",
    sourceLocation: sourceLocation)
  for fragment in fragments {
    #expect(
      error.message.contains(fragment),
      "'\(fragment)' missing from: \(error.message)",
      sourceLocation: sourceLocation)
  }
  return error
}
